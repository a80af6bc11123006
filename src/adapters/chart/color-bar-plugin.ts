/**
 * Draws the heatmap's 0-100 colour bar with ticks, its title, and a swatch
 * for empty cells, right-aligned above the matrix (a vertical bar beside a
 * one-row heatmap would be too short to read).
 */
import type { Plugin } from 'chart.js';
import type { ColorBarOptions } from '../../core/render/heatmap-overlays.ts';
import { fontString } from './chart-font.ts';

export const colorBarPlugin: Plugin<'matrix', ColorBarOptions> = {
  id: 'colorBar',
  afterDraw(chart, _args, options) {
    const area = chart.chartArea;
    if (!area || !options?.stops?.length) return;
    const { ctx } = chart;
    const { width, height, fontSize } = options;
    const right = Math.min(area.right, chart.width - 8);
    const left = right - width;
    const top = area.top - options.offset;
    ctx.save();
    const gradient = ctx.createLinearGradient(left, 0, right, 0);
    const stops = options.stops;
    for (const [i, color] of stops.entries()) {
      gradient.addColorStop(stops.length === 1 ? 0 : i / (stops.length - 1), color);
    }
    ctx.fillStyle = gradient;
    ctx.fillRect(left, top, width, height);
    ctx.strokeStyle = '#888888';
    ctx.lineWidth = 1;
    ctx.strokeRect(left - 0.5, top - 0.5, width + 1, height + 1);
    ctx.font = fontString(fontSize);
    ctx.fillStyle = '#333333';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'center';
    for (const tick of options.ticks) {
      const tx = Math.round(left + (width * tick) / 100) + 0.5;
      ctx.fillRect(tx - 0.5, top + height, 1, 4);
      ctx.fillText(String(tick), tx, top + height + 5);
    }
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'right';
    const titleRight = left - 12;
    ctx.fillText(options.title, titleRight, top + height / 2);
    const swatchRight = titleRight - ctx.measureText(options.title).width - 22;
    ctx.fillText(options.emptyLabel, swatchRight, top + height / 2);
    const swatchLeft = swatchRight - ctx.measureText(options.emptyLabel).width - 6 - height;
    ctx.fillStyle = options.emptyColor;
    ctx.fillRect(swatchLeft, top, height, height);
    ctx.strokeRect(swatchLeft - 0.5, top - 0.5, height + 1, height + 1);
    ctx.restore();
  },
};
