/**
 * Draws each heatmap cell's percent label in its contrast ink. The text and
 * ink come from the core (`HeatmapCell.label`/`ink`); this only draws, and
 * shrinks the font a little when a narrow cell cannot hold the label.
 *
 * A big heatmap has a thousand cells but few distinct labels and sizes, and
 * both setting `ctx.font` (a CSS parse) and `measureText` (a text layout) are
 * slow on node-canvas: the font is set only when the size changes, and each
 * label's width is measured once per size and render.
 */
import type { Plugin } from 'chart.js';
import type { CellLabelsOptions, HeatmapCell } from '../../core/render/heatmap-overlays.ts';
import { fontString } from './chart-font.ts';

const MIN_FONT = 9;

export const cellLabelsPlugin: Plugin<'matrix', CellLabelsOptions> = {
  id: 'cellLabels',
  afterDatasetsDraw(chart, _args, options) {
    const maxSize = options?.fontSize;
    if (!maxSize) return;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0]?.data as HeatmapCell[] | undefined;
    if (!data) return;
    const { ctx } = chart;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    let fontSize = -1;
    const setSize = (size: number) => {
      if (size === fontSize) return;
      fontSize = size;
      ctx.font = fontString(size, 'bold');
    };
    const widths = new Map<string, number>();
    const widthOf = (label: string, size: number) => {
      const key = `${size}|${label}`;
      const known = widths.get(key);
      if (known !== undefined) return known;
      setSize(size);
      const width = ctx.measureText(label).width;
      widths.set(key, width);
      return width;
    };
    meta.data.forEach((element, i) => {
      const cell = data[i];
      if (!cell?.label) return;
      // A matrix element's x/y are its top-left corner.
      const { x, y, width, height } = element as unknown as {
        x: number;
        y: number;
        width: number;
        height: number;
      };
      let size = Math.min(maxSize, Math.floor(height * 0.6));
      while (size > MIN_FONT && widthOf(cell.label, size) > width - 4) size -= 1;
      if (widthOf(cell.label, size) > width - 2 || size < MIN_FONT) return;
      setSize(size);
      ctx.fillStyle = cell.ink;
      ctx.fillText(cell.label, x + width / 2, y + height / 2 + 0.5);
    });
    ctx.restore();
  },
};
