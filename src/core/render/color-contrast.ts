/**
 * WCAG 2 contrast helpers: pick label ink that stays readable on any cell.
 */

const channel = (byte: number): number => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/**
 * WCAG relative luminance of `#rrggbb` (0 = black, 1 = white).
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * WCAG contrast ratio between two `#rrggbb` colours (1 to 21).
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Pure black, not a softer near-black: only black and white together reach
// 4.5:1 on every colour of the ramp, including the mid blues where they cross.
export const DARK_INK = '#000000';
export const LIGHT_INK = '#ffffff';

/**
 * The label colour (near-black or white) with the higher contrast on `fill`.
 * @example inkFor('#08306b') // '#ffffff'
 */
export function inkFor(fill: string): string {
  return contrastRatio(fill, DARK_INK) >= contrastRatio(fill, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}
