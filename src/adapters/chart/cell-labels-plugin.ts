/**
 * Draws each heatmap cell's percent label in its contrast ink. The text and
 * ink come from the core (`HeatmapCell.label`/`ink`); this only draws, and
 * shrinks the font a little when a narrow cell cannot hold the label.
 */
import type { Plugin } from 'chart.js';
import type { CellLabelsOptions, HeatmapCell } from '../../core/render/heatmap-overlays.ts';
import { fontString } from './chart-font.ts';

const MIN_FONT = 9;

export const cellLabelsPlugin: Plugin<'matrix', CellLabelsOptions> = {
  id: 'cellLabels',
  afterDatasetsDraw(chart, _args, options) {
    if (!options?.fontSize) return;
    const meta = chart.getDatasetMeta(0);
    const data = chart.data.datasets[0]?.data as HeatmapCell[] | undefined;
    if (!data) return;
    const { ctx } = chart;
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
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
      let size = Math.min(options.fontSize, Math.floor(height * 0.6));
      ctx.font = fontString(size, 'bold');
      while (size > MIN_FONT && ctx.measureText(cell.label).width > width - 4) {
        size -= 1;
        ctx.font = fontString(size, 'bold');
      }
      if (ctx.measureText(cell.label).width > width - 2 || size < MIN_FONT) return;
      ctx.fillStyle = cell.ink;
      ctx.fillText(cell.label, x + width / 2, y + height / 2 + 0.5);
    });
    ctx.restore();
  },
};
