import { describe, expect, it } from 'vitest';
import { buildTrend } from '../../../src/core/report/build-trend.ts';
import type { Counts } from '../../../src/core/report/report-model.ts';
import { trendSeries } from '../../../src/core/report/trend-series.ts';
import type { SnapshotSummary } from '../../../src/core/snapshot/snapshot.ts';

const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);

/** Counts with `migrated` of 100 decided hosts. */
const counts = (migrated: number): Counts => ({
  hosts: 100,
  migrated,
  pending: 100 - migrated,
  unknown: 0,
  stale: 0,
  progressPercent: migrated,
});

function summary(week: number, teams: Record<string, number>, takenAtDay = 0): SnapshotSummary {
  const migrated = Object.values(teams);
  const asOf = new Date(start + week * 7 * DAY).toISOString();
  const total = migrated.reduce((a, b) => a + b, 0);
  return {
    id: `w${week}-${takenAtDay}`,
    takenAt: new Date(start + (week * 7 + takenAtDay) * DAY).toISOString(),
    asOf,
    contentHash: `${week}${takenAtDay}`.padEnd(64, '0'),
    source: 'test.csv',
    totals: {
      hosts: 100 * migrated.length,
      migrated: total,
      pending: 100 * migrated.length - total,
      unknown: 0,
      stale: 0,
      progressPercent: total / migrated.length,
    },
    teams: Object.entries(teams).map(([name, m]) => ({ name, ...counts(m) })),
  };
}

// Team A +10 a week, Team B +2 a week, Team C flat at 5, Team D joins in week 2 at 50 and +5 a week.
const weeks = [0, 1, 2, 3, 4].map((w) =>
  summary(w, {
    'Team A': 10 + 10 * w,
    'Team B': 20 + 2 * w,
    'Team C': 5,
    ...(w >= 2 ? { 'Team D': 50 + 5 * (w - 2) } : {}),
  }),
);

describe('trendSeries', () => {
  it('gives one point per snapshot, oldest first, whatever the input order', () => {
    const series = trendSeries([...weeks].reverse(), null);
    expect(series.name).toBe('Fleet');
    expect(series.points.map((p) => p.at)).toEqual(weeks.map((w) => w.asOf));
    expect(series.points.map((p) => p.migrated)).toEqual(weeks.map((w) => w.totals.migrated));
    expect(series.points.map((p) => p.progressPercent)).toEqual(weeks.map((w) => w.totals.progressPercent));
  });

  it('keeps the export read last when two describe the same moment', () => {
    const reread = summary(4, { 'Team A': 99, 'Team B': 99, 'Team C': 99, 'Team D': 99 }, 2);
    const series = trendSeries([reread, ...weeks], 'Team A');
    expect(series.points).toHaveLength(5);
    expect(series.points.at(-1)?.migrated).toBe(99);
  });

  it('starts a team line when the team first appears', () => {
    expect(trendSeries(weeks, 'Team D').points.map((p) => p.migrated)).toEqual([50, 55, 60]);
    expect(trendSeries(weeks, 'Team Nobody').points).toEqual([]);
  });
});

describe('buildTrend', () => {
  const campaign = { goalPercent: 100, deadline: '2024-03-01' };

  it('shows the teams furthest behind plus any team asked for, and forecasts every team', () => {
    const trend = buildTrend(weeks, campaign, { teamsShown: 2, include: ['Team D'] });
    // Latest week: A 50, B 28, C 5, D 60 -> furthest behind C, B, A, D.
    expect(trend.teams.map((t) => t.name)).toEqual(['Team C', 'Team B', 'Team D']);
    expect(trend.forecasts.teams.map((f) => f.name)).toEqual(['Team C', 'Team B', 'Team A', 'Team D']);
    const byName = Object.fromEntries(trend.forecasts.teams.map((f) => [f.name, f]));
    expect(byName['Team C'].status).toBe('stalled');
    // Team A: 50 % on 29 Jan at 10 points a week -> 5 weeks -> 4 Mar, 3 days after 1 Mar.
    expect(byName['Team A']).toMatchObject({ doneOn: '2024-03-04', daysLate: 3, status: 'late' });
    // Team D: 60 % on 29 Jan at 5 a week -> 8 weeks -> 25 Mar.
    expect(byName['Team D']).toMatchObject({ doneOn: '2024-03-25', status: 'late' });
    expect(byName['Team B'].pointsPerWeek).toBeCloseTo(2, 10);
    expect(trend.fleet.points).toHaveLength(5);
    expect(trend.campaign).toBeUndefined();
    expect(buildTrend(weeks, { ...campaign, name: 'Java 11+' }).campaign).toEqual({
      name: 'Java 11+',
      goalPercent: 100,
    });
  });

  it('forecasts as of an earlier date when asked', () => {
    const trend = buildTrend(weeks, { goalPercent: 100, deadline: null }, { asOf: weeks[1].asOf });
    const a = trend.forecasts.teams.find((f) => f.name === 'Team A')!;
    expect(a.progressPercent).toBe(20);
    expect(trend.forecasts.teams.map((f) => f.name)).not.toContain('Team D');
  });

  it('has an empty model without history', () => {
    const trend = buildTrend([], campaign);
    expect(trend.fleet.points).toEqual([]);
    expect(trend.teams).toEqual([]);
    expect(trend.forecasts.fleet.status).toBe('no-data');
  });
});
