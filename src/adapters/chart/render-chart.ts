/**
 * Renders one chart config to PNG bytes on the cached canvas for its size.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartCanvasCache } from './chart-canvas-cache.ts';
import { ChartRenderError } from './chart-render-error.ts';

export interface ChartSpec {
  readonly width: number;
  readonly height: number;
  // biome-ignore lint/suspicious/noExplicitAny: any chart type's config (matrix, line) renders the same way
  readonly config: ChartConfiguration<any, any, any>;
}

/**
 * PNG of `spec` with the overlay `plugins` (inline, so each render carries its own).
 * @example await renderChart(cache, 'heatmap', heatmapChart(report), [cellLabelsPlugin])
 */
export async function renderChart(
  cache: ChartCanvasCache,
  name: string,
  spec: ChartSpec,
  plugins: readonly Plugin[],
): Promise<Buffer> {
  const canvas = cache.get(spec.width, spec.height);
  try {
    const config = { ...spec.config, plugins: [...(spec.config.plugins ?? []), ...plugins] };
    return await canvas.renderToBuffer(config as ChartConfiguration, 'image/png');
  } catch (error) {
    throw new ChartRenderError(name, spec.width, spec.height, error);
  }
}
