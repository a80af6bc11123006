/**
 * One ChartJSNodeCanvas per chart size for the whole process. Each instance
 * loads its own copy of Chart.js; making one per render leaks hundreds of MB
 * over a few hundred renders, reusing one costs ~15-20 ms a render. Sizes
 * come from the number of teams and versions, so only a few ever exist; the
 * LRU bound only guards against a pathological stream of sizes.
 */
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { FONT_FAMILY, registerChartFonts } from './chart-font.ts';

export interface ChartCanvasCache {
  /** The canvas for this size, created on first use and then reused. */
  get(width: number, height: number): ChartJSNodeCanvas;
  /** How many canvases are held. */
  readonly size: number;
}

const create = (width: number, height: number): ChartJSNodeCanvas => {
  const canvas = new ChartJSNodeCanvas({
    width,
    height,
    backgroundColour: '#ffffff',
    // By name: chartjs-node-canvas loads a fresh Chart.js per instance, and the
    // matrix controller must register on that copy (a class import from ESM
    // registers on another copy: "matrix is not a registered controller").
    plugins: { modern: ['chartjs-chart-matrix'] },
    chartCallback: (chartJs) => {
      chartJs.defaults.font.family = FONT_FAMILY;
      chartJs.defaults.color = '#333333';
    },
  });
  registerChartFonts(canvas);
  return canvas;
};

/**
 * A canvas cache holding at most `limit` sizes (least recently used dropped first).
 * @example createChartCanvasCache().get(800, 600) === cache.get(800, 600) // true
 */
export function createChartCanvasCache(limit = 32): ChartCanvasCache {
  const canvases = new Map<string, ChartJSNodeCanvas>();
  return {
    get(width, height) {
      const key = `${width}x${height}`;
      const found = canvases.get(key);
      if (found) {
        canvases.delete(key);
        canvases.set(key, found);
        return found;
      }
      const canvas = create(width, height);
      canvases.set(key, canvas);
      if (canvases.size > limit) canvases.delete(canvases.keys().next().value as string);
      return canvas;
    },
    get size() {
      return canvases.size;
    },
  };
}

/** The process-wide cache the renderer uses unless given another. */
export const sharedChartCanvasCache: ChartCanvasCache = createChartCanvasCache();
