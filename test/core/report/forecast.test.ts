import { describe, expect, it } from 'vitest';
import { forecast } from '../../../src/core/report/forecast.ts';
import type { TrendSeries } from '../../../src/core/report/history-model.ts';

const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);
/** Weekly points from 2024-01-01 with the given progress values. */
const weekly = (values: (number | null)[], name = 'Team Blue'): TrendSeries => ({
  name,
  points: values.map((p, w) => ({
    at: new Date(start + w * 7 * DAY).toISOString(),
    progressPercent: p,
    migrated: 0,
    pending: 0,
  })),
});
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastAt = (s: TrendSeries) => s.points.at(-1)!.at;

describe('forecast', () => {
  it('projects a known linear series to the day and measures how late it is', () => {
    const series = weekly([10, 15, 20, 25, 30, 35]); // +5 points a week
    const latest = Date.UTC(2024, 1, 5);
    const expectedDone = isoDay(latest + (65 / 5) * 7 * DAY); // 65 points left at 5 a week
    const f = forecast(series, 100, '2024-04-01', lastAt(series));
    expect(f.pointsPerWeek).toBeCloseTo(5, 10);
    expect(f.progressPercent).toBe(35);
    expect(f.doneOn).toBe(expectedDone);
    expect(f.daysLate).toBe((Date.parse(expectedDone) - Date.UTC(2024, 3, 1)) / DAY);
    expect(f.status).toBe('late');
    const onTime = forecast(series, 100, '2024-06-01', lastAt(series));
    expect(onTime.status).toBe('on-track');
    expect(onTime.daysLate).toBeLessThan(0);
    expect(forecast(series, 100, null, lastAt(series))).toMatchObject({ status: 'on-track', daysLate: null });
  });

  it('fits the least-squares slope, not the first-to-last line', () => {
    // x = 0..3 weeks, y = 0, 2, 1, 3: slope = Σ(dx·dy) / Σdx² = 4 / 5.
    const f = forecast(weekly([0, 2, 1, 3]), 100, null, weekly([0, 2, 1, 3]).points[3].at);
    expect(f.pointsPerWeek).toBeCloseTo(0.8, 10);
  });

  it('uses only the last six weeks of points for the pace', () => {
    const flat = Array(10).fill(20);
    const series = weekly([...flat, 22, 24, 26, 28, 30, 32, 34]); // flat, then 2 a week for 6 weeks
    expect(forecast(series, 100, null, lastAt(series)).pointsPerWeek).toBeCloseTo(2, 10);
  });

  it('ignores points after asOf', () => {
    const series = weekly([10, 20, 30, 95, 99]);
    const f = forecast(series, 100, null, series.points[2].at);
    expect(f.progressPercent).toBe(30);
    expect(f.pointsPerWeek).toBeCloseTo(10, 10);
  });

  it('calls a flat or falling series stalled, with no date', () => {
    expect(
      forecast(weekly([40, 40, 40]), 100, '2024-06-01', weekly([40, 40, 40]).points[2].at),
    ).toMatchObject({
      status: 'stalled',
      doneOn: null,
      daysLate: null,
      pointsPerWeek: 0,
    });
    expect(forecast(weekly([40, 38, 36]), 100, null, weekly([40, 38, 36]).points[2].at).status).toBe(
      'stalled',
    );
    // 0.01 points a week: 6,000 weeks to go is "never" in practice.
    expect(forecast(weekly([40, 40.01]), 100, null, weekly([40, 40.01]).points[1].at).status).toBe('stalled');
  });

  it('reports done with the date the goal was first held', () => {
    const series = weekly([80, 90, 100, 100]);
    expect(forecast(series, 100, '2024-01-10', lastAt(series))).toMatchObject({
      status: 'done',
      doneOn: '2024-01-15',
      daysLate: 5,
    });
    expect(forecast(weekly([80, 92]), 90, null, weekly([80, 92]).points[1].at).status).toBe('done');
  });

  it('has no data without points, without progress, or with one point', () => {
    expect(forecast(weekly([]), 100, null, '2024-01-01T00:00:00Z').status).toBe('no-data');
    expect(forecast(weekly([null, null]), 100, null, '2024-03-01T00:00:00Z').status).toBe('no-data');
    expect(forecast(weekly([50]), 100, null, '2024-03-01T00:00:00Z')).toMatchObject({
      status: 'no-data',
      progressPercent: 50,
      pointsPerWeek: null,
    });
  });
});
