/**
 * Draws the trend chart's goal line and deadline, labelled where they are
 * drawn (not in the legend, which is for the lines people compare). The
 * lines go under the data; the labels go over it on a white backing, so a
 * line crossing a label never hides it.
 */
import type { Chart, Plugin } from 'chart.js';
import type { TrendMarkersOptions } from '../../core/render/trend-overlays.ts';
import { fontString } from './chart-font.ts';

interface Placed {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly align: 'left' | 'right';
}

const place = (
  chart: Chart,
  options: TrendMarkersOptions,
): { goalY: number | null; deadlineX: number | null; labels: Placed[] } => {
  const area = chart.chartArea;
  const { x, y } = chart.scales;
  const labels: Placed[] = [];
  let goalY: number | null = null;
  let deadlineX: number | null = null;
  if (options.goal) {
    goalY = Math.round(y.getPixelForValue(options.goal.value)) + 0.5;
    labels.push({ text: options.goal.label, x: area.left + 8, y: goalY + 6, align: 'left' });
  }
  if (options.deadline) {
    deadlineX = Math.round(x.getPixelForValue(options.deadline.at)) + 0.5;
    const { ctx } = chart;
    ctx.font = fontString(options.fontSize, 'bold');
    const room = deadlineX + 8 + ctx.measureText(options.deadline.label).width <= area.right;
    labels.push({
      text: options.deadline.label,
      x: room ? deadlineX + 6 : deadlineX - 6,
      y: area.top + 30,
      align: room ? 'left' : 'right',
    });
  }
  return { goalY, deadlineX, labels };
};

export const trendMarkersPlugin: Plugin<'line', TrendMarkersOptions> = {
  id: 'trendMarkers',
  beforeDatasetsDraw(chart, _args, options) {
    const area = chart.chartArea;
    if (!area || !chart.scales.x || !chart.scales.y || !options) return;
    const { goalY, deadlineX } = place(chart, options);
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.lineWidth = 2;
    if (goalY !== null) {
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(area.left, goalY);
      ctx.lineTo(area.right, goalY);
      ctx.stroke();
    }
    if (deadlineX !== null) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(deadlineX, area.top);
      ctx.lineTo(deadlineX, area.bottom);
      ctx.stroke();
    }
    ctx.restore();
  },
  afterDatasetsDraw(chart, _args, options) {
    if (!chart.chartArea || !chart.scales.x || !chart.scales.y || !options) return;
    const { labels } = place(chart, options);
    const { ctx } = chart;
    ctx.save();
    ctx.font = fontString(options.fontSize, 'bold');
    ctx.textBaseline = 'top';
    for (const label of labels) {
      const width = ctx.measureText(label.text).width;
      const left = label.align === 'left' ? label.x : label.x - width;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(left - 3, label.y - 2, width + 6, options.fontSize + 5);
      ctx.fillStyle = options.color;
      ctx.textAlign = label.align;
      ctx.fillText(label.text, label.x, label.y);
    }
    ctx.restore();
  },
};
