/**
 * OKLCH -> sRGB hex, pure math (Björn Ottosson's OKLab matrices). Used to
 * build colour ramps whose lightness steps look equal to the eye.
 */

const toByte = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear));
  const encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
  return Math.round(encoded * 255);
};

const linearRgb = (l: number, c: number, hueDegrees: number): [number, number, number] => {
  const h = (hueDegrees * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l1 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m1 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s1 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l1 - 3.3077115913 * m1 + 0.2309699292 * s1,
    -1.2684380046 * l1 + 2.6097574011 * m1 - 0.3413193965 * s1,
    -0.0041960863 * l1 - 0.7034186147 * m1 + 1.707614701 * s1,
  ];
};

const inGamut = (rgb: readonly number[]): boolean => rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/**
 * Converts an OKLCH colour to `#rrggbb`, lowering chroma until it fits sRGB
 * (keeps lightness and hue, which carry the meaning in a ramp).
 * @example oklchToHex(0.5, 0.1, 250) // '#32669a'
 */
export function oklchToHex(l: number, c: number, hueDegrees: number): string {
  let rgb = linearRgb(l, c, hueDegrees);
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 24; i += 1) {
      const mid = (lo + hi) / 2;
      if (inGamut(linearRgb(l, mid, hueDegrees))) lo = mid;
      else hi = mid;
    }
    rgb = linearRgb(l, lo, hueDegrees);
  }
  return `#${rgb.map((v) => toByte(v).toString(16).padStart(2, '0')).join('')}`;
}
