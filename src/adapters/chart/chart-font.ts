/**
 * The one font every chart uses. Headless canvas has no usable default font,
 * so DejaVu Sans (Debian's fonts-dejavu-core) is registered before the first
 * canvas exists; the plugins draw text with the same family.
 */
import { existsSync } from 'node:fs';
import type { ChartJSNodeCanvas } from 'chartjs-node-canvas';

export const FONT_FAMILY = 'DejaVu Sans';
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
let registered = false;

/** A CSS font string for canvas text, e.g. `bold 13px "DejaVu Sans"`. */
export const fontString = (size: number, weight: 'normal' | 'bold' = 'normal'): string =>
  `${weight} ${size}px "${FONT_FAMILY}"`;

/**
 * Registers DejaVu Sans (regular and bold) once per process. Fonts are
 * process-wide in node-canvas, so any instance's `registerFont` will do.
 * A machine without the files falls back to fontconfig's default font.
 */
export function registerChartFonts(canvas: ChartJSNodeCanvas): void {
  if (registered) return;
  registered = true;
  for (const [file, weight] of [
    ['DejaVuSans.ttf', 'normal'],
    ['DejaVuSans-Bold.ttf', 'bold'],
  ] as const) {
    const path = `${FONT_DIR}/${file}`;
    if (existsSync(path)) canvas.registerFont(path, { family: FONT_FAMILY, weight });
  }
}
