/**
 * cacheChartRenderer over the real renderer: one render per report object and
 * per distinct trend (shared by concurrent asks), never a kept failure.
 */
import { describe, expect, it } from 'vitest';
import type { ChartRenderer } from '../../../src/app/ports.ts';
import { cacheChartRenderer } from '../../../src/adapters/chart/cache-chart-renderer.ts';
import { createChartRenderer } from '../../../src/adapters/chart/create-chart-renderer.ts';
import type { ReportModel } from '../../../src/core/report/report-model.ts';
import { decodePng } from './fixtures/decode-png.ts';
import { makeReport } from './fixtures/make-report.ts';
import { sampleTrend } from './fixtures/make-trend.ts';

/** The real renderer, counting the renders that reach it. */
function counted(): { renderer: ChartRenderer; heatmaps: number; trends: number } {
  const real = createChartRenderer();
  const count = {
    heatmaps: 0,
    trends: 0,
    renderer: {
      heatmap: (report: ReportModel) => {
        count.heatmaps++;
        return real.heatmap(report);
      },
      trend: (trend: Parameters<ChartRenderer['trend']>[0]) => {
        count.trends++;
        return real.trend(trend);
      },
    },
  };
  return count;
}

const teams = { 'Team Blue': { '8.202.b08-85': 40, '11.0.2+9-3': 2 }, 'Team Red': { '': 3, '17.0.9': 5 } };

describe('cacheChartRenderer', () => {
  it('draws a report heatmap once, however many ask at once or later', async () => {
    const count = counted();
    const charts = cacheChartRenderer(count.renderer);
    const report = makeReport(teams);
    const [a, b] = await Promise.all([charts.heatmap(report), charts.heatmap(report)]);
    const c = await charts.heatmap(report);
    expect(count.heatmaps).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect((await decodePng(a)).width).toBeGreaterThan(100);
    // An equal but new report (a new read) is drawn again.
    await charts.heatmap(makeReport(teams));
    expect(count.heatmaps).toBe(2);
  });

  it('draws equal trends once and a different trend again', async () => {
    const count = counted();
    const charts = cacheChartRenderer(count.renderer);
    const first = await charts.trend(sampleTrend('2024-12-31'));
    expect(await charts.trend(sampleTrend('2024-12-31'))).toBe(first);
    expect(count.trends).toBe(1);
    const other = await charts.trend(sampleTrend('2025-06-30'));
    expect(count.trends).toBe(2);
    expect(other.equals(first)).toBe(false);
  });

  it('keeps no failed render: the next ask draws again', async () => {
    const count = counted();
    const charts = cacheChartRenderer(count.renderer);
    const report = makeReport(teams);
    const broken = { ...report, teams: null } as unknown as ReportModel;
    await expect(charts.heatmap(broken)).rejects.toThrow();
    await expect(charts.heatmap(broken)).rejects.toThrow();
    expect(count.heatmaps).toBe(2);
  });
});
