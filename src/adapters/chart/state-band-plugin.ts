/**
 * Draws the state band under the heatmap (pending | migrated | unknown runs of
 * columns, labelled in words), a dark line through the matrix where one
 * state's columns end and the next begin, and one above a summed last row.
 */
import type { Chart, Plugin } from 'chart.js';
import type { StateBandOptions } from '../../core/render/heatmap-overlays.ts';
import { fontString } from './chart-font.ts';

const MIN_FONT = 10;

/**
 * The words at full size first (longest first), then smaller down to MIN_FONT;
 * the last label is a symbol (`?`, `≥ 11`) used only when no words fit.
 */
const fitLabel = (
  ctx: Chart['ctx'],
  labels: readonly string[],
  fontSize: number,
  room: number,
): { text: string; size: number } | null => {
  const words = labels.slice(0, -1);
  for (let size = fontSize; size >= MIN_FONT; size -= 1) {
    ctx.font = fontString(size, 'bold');
    const text = words.find((candidate) => ctx.measureText(candidate).width <= room);
    if (text) return { text, size };
  }
  ctx.font = fontString(fontSize, 'bold');
  const symbol = labels.at(-1);
  return symbol && ctx.measureText(symbol).width <= room ? { text: symbol, size: fontSize } : null;
};

export const stateBandPlugin: Plugin<'matrix', StateBandOptions> = {
  id: 'stateBand',
  afterDatasetsDraw(chart, _args, options) {
    const area = chart.chartArea;
    const x = chart.scales.x;
    const segments = options?.segments ?? [];
    if (!area || !x || segments.length === 0) return;
    const columns = (x.getLabels?.() ?? []).length || 1;
    const step = area.width / columns;
    const edge = (index: number): number => x.getPixelForValue(index) - step / 2;
    const { ctx } = chart;
    const top = area.bottom + options.gap;
    ctx.save();
    ctx.font = fontString(options.fontSize, 'bold');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    segments.forEach((segment, i) => {
      const left = edge(segment.from) + 1;
      const right = edge(segment.to + 1) - 1;
      ctx.fillStyle = segment.color;
      ctx.fillRect(left, top, right - left, options.height);
      const label = fitLabel(ctx, segment.labels, options.fontSize, right - left - 6);
      if (label) {
        ctx.font = fontString(label.size, 'bold');
        ctx.fillStyle = segment.ink;
        ctx.fillText(label.text, (left + right) / 2, top + options.height / 2 + 0.5);
      }
      if (i > 0) {
        ctx.fillStyle = options.separatorColor;
        ctx.fillRect(Math.round(edge(segment.from)) - 1.5, area.top, 3, top + options.height - area.top);
      }
    });
    if (options.lastRowApart) {
      const y = chart.scales.y;
      const rows = (y?.getLabels?.() ?? []).length;
      if (y && rows > 1) {
        const line = y.getPixelForValue(rows - 1) - area.height / rows / 2;
        ctx.fillStyle = options.separatorColor;
        ctx.fillRect(area.left, Math.round(line) - 1, area.width, 2);
      }
    }
    ctx.restore();
  },
};
