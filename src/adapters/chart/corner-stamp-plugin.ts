/** Draws the snapshot time in the bottom-right corner, so a forwarded image still says how old it is. */
import type { ChartType, Plugin } from 'chart.js';
import type { CornerStampOptions } from '../../core/render/heatmap-overlays.ts';
import { fontString } from './chart-font.ts';

export const cornerStampPlugin: Plugin<ChartType, CornerStampOptions> = {
  id: 'cornerStamp',
  afterDraw(chart, _args, options) {
    if (!options?.text) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = fontString(options.fontSize);
    ctx.fillStyle = options.color;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(options.text, chart.width - 12, chart.height - 8);
    ctx.restore();
  },
};
