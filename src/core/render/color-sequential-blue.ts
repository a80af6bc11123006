/**
 * The heatmap's colour scale: a sequential blue ramp built in OKLCH with
 * lightness falling linearly from 0.95 to 0.30, so equal steps in share look
 * like equal steps in darkness (perceptually uniform lightness, like the
 * article's colorcet `kbc_r`, without its near-black end that swallows
 * labels). One hue family carried by lightness alone reads the same for
 * protan, deutan and tritan viewers and in greyscale: darker = larger share.
 */
import { oklchToHex } from './color-oklch.ts';

const STEPS = 256;
const L_LIGHT = 0.95;
const L_DARK = 0.3;

/** Hue drifts from sky blue to deep blue; chroma peaks mid-ramp so the light end stays soft. */
const rampColor = (t: number): string =>
  oklchToHex(
    L_LIGHT - (L_LIGHT - L_DARK) * t,
    0.035 + 0.11 * Math.sin(Math.PI * Math.min(1, t * 0.85)),
    235 + 25 * t,
  );

const RAMP: readonly string[] = Array.from({ length: STEPS }, (_, i) => rampColor(i / (STEPS - 1)));

/** Cells with no hosts: a light warm neutral, outside the blue ramp (the article used `#ffffe0`). */
export const EMPTY_CELL_COLOR = '#eeede8';

/**
 * Colour for a share `t` in [0, 1] (clamped): light blue for small, dark blue for large.
 * @example sequentialBlue(0.95) // '#133467'
 */
export function sequentialBlue(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return RAMP[Math.round(clamped * (STEPS - 1))];
}

/**
 * `count` evenly spaced colours from 0 to 1, for a colour bar gradient.
 * @example sequentialBlueStops(3) // [light, mid, dark]
 */
export function sequentialBlueStops(count: number): string[] {
  return Array.from({ length: count }, (_, i) => sequentialBlue(count === 1 ? 0 : i / (count - 1)));
}
