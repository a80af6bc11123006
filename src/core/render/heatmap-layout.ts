/**
 * Canvas and cell sizes for the heatmap, from the number and length of its
 * labels. Text is measured by estimate (the core has no canvas): DejaVu Sans
 * advances about 0.62 em per character for these labels, slightly more than
 * the average, so estimates err on the roomy side.
 *
 * Phone legibility: Slack shows the image at the phone's width, so a small
 * heatmap gets big cells and fonts (it is scaled down the most), and a large
 * one keeps cells no smaller than a bold 14 px `100.0` needs (it gets zoomed).
 */

export interface HeatmapLayoutInput {
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly subtitleLines: readonly string[];
}

export interface HeatmapLayout {
  readonly width: number;
  readonly height: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly fonts: {
    readonly title: number;
    readonly subtitle: number;
    readonly yAxis: number;
    readonly xAxis: number;
    readonly cell: number;
    readonly small: number;
  };
  readonly padding: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly xTickPadding: number;
  readonly band: { readonly gap: number; readonly height: number };
  /** Space between the subtitle and the matrix, where the colour bar sits. */
  readonly colorBarSpace: number;
}

export const X_LABEL_ROTATION = 25;
export const MAX_CANVAS_WIDTH = 2400;
export const MAX_CANVAS_HEIGHT = 1800;
export const MIN_CANVAS_WIDTH = 680;
export const LINE_HEIGHT = 1.25;
const CHAR_EM = 0.62;
const RAD = (X_LABEL_ROTATION * Math.PI) / 180;

const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));
/** Estimated width in px of `text` at `size` px. */
export const textWidth = (text: string, size: number): number => Array.from(text).length * size * CHAR_EM;
const longest = (labels: readonly string[], size: number): number =>
  labels.reduce((max, label) => Math.max(max, textWidth(label, size)), 0);

/**
 * Sizes for a heatmap with these labels, bounded to MAX_CANVAS_WIDTH x MAX_CANVAS_HEIGHT.
 * @example heatmapLayout({ rowLabels: ['Team Blue (42)'], columnLabels: ['8.202.b08-85'], subtitleLines: [] }).width // 680
 */
export function heatmapLayout(input: HeatmapLayoutInput): HeatmapLayout {
  const rows = Math.max(1, input.rowLabels.length);
  const cols = Math.max(1, input.columnLabels.length);
  const cellHeight = clamp(Math.round(400 / rows), 28, 60);
  const cellWidth = clamp(Math.round(760 / cols), 62, 132);
  // Never under 13 px at native size: big heatmaps are zoomed on a phone, and
  // text that small is still crisp there; small ones get larger text.
  const fonts = {
    title: 24,
    subtitle: 15,
    yAxis: rows <= 12 ? 16 : 14,
    xAxis: cols <= 10 ? 15 : 14,
    cell: cellHeight >= 44 && cellWidth >= 90 ? 17 : cellHeight >= 34 ? 15 : 14,
    small: 13,
  };
  const band = { gap: 4, height: 22 };
  const xTickPadding = band.gap + band.height + 8;
  const yAxisWidth = longest(input.rowLabels, fonts.yAxis) + 14;
  const xLabelWidth = longest(input.columnLabels, fonts.xAxis);
  const xAxisHeight =
    xTickPadding + Math.sin(RAD) * xLabelWidth + Math.cos(RAD) * fonts.xAxis * LINE_HEIGHT + 6;
  // A rotated first label reaches left past the team names when versions are long and names short.
  const firstLabel = textWidth(input.columnLabels[0] ?? '', fonts.xAxis) * Math.cos(RAD);
  const overhang = Math.max(0, firstLabel - yAxisWidth - cellWidth / 2);
  const padding = { top: 14, right: 28, bottom: 34, left: 16 + Math.ceil(overhang) };
  const colorBarSpace = 58;
  const titleHeight = fonts.title * LINE_HEIGHT + 10;
  const subtitleHeight = input.subtitleLines.length * fonts.subtitle * LINE_HEIGHT + colorBarSpace;
  const textMin = longest(input.subtitleLines, fonts.subtitle) + padding.left + padding.right;
  const width = clamp(
    Math.ceil(padding.left + yAxisWidth + cols * cellWidth + padding.right),
    Math.max(MIN_CANVAS_WIDTH, Math.ceil(textMin)),
    MAX_CANVAS_WIDTH,
  );
  const height = clamp(
    Math.ceil(padding.top + titleHeight + subtitleHeight + rows * cellHeight + xAxisHeight + padding.bottom),
    360,
    MAX_CANVAS_HEIGHT,
  );
  return { width, height, cellWidth, cellHeight, fonts, padding, xTickPadding, band, colorBarSpace };
}
