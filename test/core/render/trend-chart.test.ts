import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/core/render/trend-chart.ts';
import { makeTrend, sampleTrend } from '../../adapters/chart/fixtures/make-trend.ts';

const WEEK = 7 * 86_400_000;
const ticksOf = (chart: ReturnType<typeof trendChart>) => {
  const x = chart.config.options?.scales?.x as {
    afterBuildTicks: (s: { ticks: unknown[] }) => void;
    ticks: { callback: (v: number) => string };
  };
  const scale = { ticks: [] as { value: number }[] };
  x.afterBuildTicks(scale);
  return scale.ticks.map((t) => ({ value: t.value, label: x.ticks.callback(t.value) }));
};

describe('trendChart', () => {
  it('draws the fleet thicker than any team, then at most seven teams', () => {
    const trend = makeTrend({
      start: '2024-01-01',
      fleet: [10, 20, 30],
      teams: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Team ${i}`, [i, i + 1, i + 2]])),
    });
    const chart = trendChart(trend);
    const [fleet, ...rest] = chart.config.data.datasets;
    const teams = rest.filter((d) => !String(d.label).startsWith('Fleet forecast'));
    expect(String(fleet.label)).toMatch(/^Fleet · 30\.0 %/);
    expect(teams).toHaveLength(7);
    for (const team of teams) expect(fleet.borderWidth as number).toBeGreaterThan(team.borderWidth as number);
    const subtitle = [chart.config.options?.plugins?.subtitle?.text].flat().join(' ');
    expect(subtitle).toContain('2 more not drawn');
  });

  it('gives every team line its own dash pattern and marker, so lines differ without colour', () => {
    const chart = trendChart(
      makeTrend({
        start: '2024-01-01',
        fleet: [10, 20],
        teams: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`Team ${i}`, [i, i + 1]])),
      }),
    );
    const lines = chart.config.data.datasets.filter((d) => !String(d.label).startsWith('Fleet'));
    expect(new Set(lines.map((d) => JSON.stringify(d.borderDash))).size).toBe(7);
    expect(new Set(lines.map((d) => String(d.pointStyle))).size).toBe(7);
    expect(new Set(lines.map((d) => String(d.borderColor))).size).toBe(7);
  });

  it('extends the fleet line dashed from its latest figure to the goal on the forecast date', () => {
    const trend = sampleTrend('2024-12-31');
    const chart = trendChart(trend);
    const forecast = chart.config.data.datasets.find((d) => String(d.label).startsWith('Fleet forecast'));
    expect(forecast).toBeDefined();
    expect(((forecast?.borderDash ?? []) as number[]).length).toBeGreaterThan(0);
    const lastFleet = trend.fleet.points.at(-1)!;
    expect(forecast?.data[0]).toEqual({ x: Date.parse(lastFleet.at), y: lastFleet.progressPercent });
    expect(forecast?.data[1]).toEqual({ x: Date.parse(trend.forecasts.fleet.doneOn!), y: 100 });
  });

  it('cuts a far-off forecast at the edge of the chart and says so', () => {
    const trend = makeTrend({ start: '2024-01-01', fleet: [10, 10.5, 11, 11.5], teams: {} });
    const chart = trendChart(trend);
    const forecast = chart.config.data.datasets.find((d) => String(d.label).startsWith('Fleet forecast'));
    expect(String(forecast?.label)).toContain('beyond the chart');
    const end = forecast?.data[1];
    const max = chart.config.options?.scales?.x?.max as number;
    expect(end?.x).toBeLessThanOrEqual(max);
    // Still on the straight line to the goal: same slope as (last point -> doneOn, 100).
    const doneAt = Date.parse(trend.forecasts.fleet.doneOn!);
    const start = forecast!.data[0];
    const slope = (100 - (start.y as number)) / (doneAt - start.x);
    expect(end?.y).toBeCloseTo((start.y as number) + slope * ((end?.x as number) - start.x), 6);
  });

  it('marks the goal and the deadline', () => {
    const trend = makeTrend({
      start: '2024-01-01',
      fleet: [10, 20, 30],
      teams: {},
      goalPercent: 90,
      deadline: '2024-03-29',
    });
    const markers = trendChart(trend).config.options?.plugins?.trendMarkers;
    expect(markers?.goal).toEqual({ value: 90, label: 'goal 90 %' });
    expect(markers?.deadline?.at).toBe(Date.UTC(2024, 2, 29));
    expect(markers?.deadline?.label).toBe('deadline 29 Mar 2024');
  });

  it('spans the snapshots on a 0-100 % axis with dated ticks, the year on the first', () => {
    const trend = sampleTrend(null);
    const chart = trendChart(trend);
    const { x, y } = chart.config.options?.scales ?? {};
    expect(y?.min).toBe(0);
    expect(y?.max).toBe(100);
    expect(x?.min as number).toBeLessThanOrEqual(Date.parse(trend.fleet.points[0].at));
    expect(x?.max as number).toBeGreaterThanOrEqual(Date.parse(trend.fleet.points.at(-1)!.at));
    const ticks = ticksOf(chart);
    expect(ticks[0].label).toBe('1 Jan 2024');
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < ticks.length; i += 1) expect((ticks[i].value - ticks[i - 1].value) % WEEK).toBe(0);
  });

  it('stamps the latest snapshot time', () => {
    const stamp = trendChart(sampleTrend()).config.options?.plugins?.cornerStamp?.text;
    expect(stamp).toBe('Latest snapshot 25 Mar 2024 00:00 UTC');
  });

  it('says there is no history yet instead of drawing dates from 1970', () => {
    const chart = trendChart(makeTrend({ start: '2024-01-01', fleet: [], teams: {} }));
    expect(ticksOf(chart)).toEqual([]);
    expect([chart.config.options?.plugins?.subtitle?.text].flat().join(' ')).toContain('No snapshots yet');
  });
});
