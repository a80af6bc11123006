/**
 * Rendered charts, kept: a report's heatmap is drawn once however many
 * commands, Home tabs and digests show it (by the report object, which the
 * service keeps for as long as that read is current), and a trend once per
 * distinct trend (by content: each call builds a new but equal model).
 * Concurrent asks share one render; a failed render is not kept.
 */
import { nextTurn } from '../../app/next-turn.ts';
import type { ChartRenderer } from '../../app/ports.ts';
import type { TrendModel } from '../../core/report/history-model.ts';
import type { ReportModel } from '../../core/report/report-model.ts';

/** Distinct trends kept (the current one and a few recent ones are all that is asked for). */
const TRENDS_KEPT = 4;

/**
 * A render as a promise, also when building the chart config throws at once.
 * It starts on a later turn of the event loop: a render takes 50-150 ms of it,
 * and requests that came in meanwhile (acks) go first, rather than waiting
 * behind the work that asked for the chart as well.
 */
const settle = (render: () => Promise<Buffer>): Promise<Buffer> => nextTurn().then(render);

/**
 * `renderer` with its PNGs cached.
 * @example const charts = cacheChartRenderer(createChartRenderer()); (await charts.heatmap(r)) === (await charts.heatmap(r)) // true
 */
export function cacheChartRenderer(renderer: ChartRenderer): ChartRenderer {
  const heatmaps = new WeakMap<ReportModel, Promise<Buffer>>();
  const trends = new Map<string, Promise<Buffer>>();
  return {
    heatmap(report) {
      let png = heatmaps.get(report);
      if (!png) {
        png = settle(() => renderer.heatmap(report));
        heatmaps.set(report, png);
        png.catch(() => heatmaps.delete(report));
      }
      return png;
    },
    trend(trend: TrendModel) {
      const key = JSON.stringify(trend);
      let png = trends.get(key);
      if (png) {
        trends.delete(key); // most recently used last
      } else {
        png = settle(() => renderer.trend(trend));
        png.catch(() => {
          if (trends.get(key) === png) trends.delete(key);
        });
      }
      trends.set(key, png);
      if (trends.size > TRENDS_KEPT) trends.delete(trends.keys().next().value as string);
      return png;
    },
  };
}
