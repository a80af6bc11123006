/**
 * The ChartRenderer port over chartjs-node-canvas: core builds the config,
 * this draws it on a canvas reused per size, with the overlay plugins.
 */
import type { Plugin } from 'chart.js';
import type { ChartRenderer } from '../../app/ports.ts';
import { type HeatmapOptions, heatmapChart } from '../../core/render/heatmap-chart.ts';
import { type TrendChartOptions, trendChart } from '../../core/render/trend-chart.ts';
import { cellLabelsPlugin } from './cell-labels-plugin.ts';
import { type ChartCanvasCache, sharedChartCanvasCache } from './chart-canvas-cache.ts';
import { colorBarPlugin } from './color-bar-plugin.ts';
import { cornerStampPlugin } from './corner-stamp-plugin.ts';
import { renderChart } from './render-chart.ts';
import { stateBandPlugin } from './state-band-plugin.ts';
import { trendMarkersPlugin } from './trend-markers-plugin.ts';

export interface ChartRendererOptions {
  /** Canvases per size; the process-wide cache by default. */
  readonly cache?: ChartCanvasCache;
  readonly heatmap?: HeatmapOptions;
  readonly trend?: TrendChartOptions;
  /** Extra plugins on every chart (e.g. one that records geometry in a test). */
  readonly plugins?: readonly Plugin[];
}

const HEATMAP_PLUGINS = [cellLabelsPlugin, stateBandPlugin, colorBarPlugin, cornerStampPlugin] as Plugin[];
const TREND_PLUGINS = [trendMarkersPlugin, cornerStampPlugin] as Plugin[];

/**
 * Chart PNGs for reports and trends.
 * @example await createChartRenderer().heatmap(report) // <Buffer 89 50 4e 47 ...>
 */
export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const cache = options.cache ?? sharedChartCanvasCache;
  const extra = options.plugins ?? [];
  return {
    heatmap: (report) =>
      renderChart(cache, 'heatmap', heatmapChart(report, options.heatmap), [...HEATMAP_PLUGINS, ...extra]),
    trend: (trend) =>
      renderChart(cache, 'trend', trendChart(trend, options.trend), [...TREND_PLUGINS, ...extra]),
  };
}
