import { expect, it } from 'vitest';
import { renderStatusJson } from '../../../src/core/render/render-status-json.ts';
import { renderTeamJson } from '../../../src/core/render/render-team-json.ts';
import { diffSnapshots } from '../../../src/core/report/diff-snapshots.ts';
import { forecast } from '../../../src/core/report/forecast.ts';
import { trendSeries } from '../../../src/core/report/trend-series.ts';
import { summarizeSnapshot } from '../../../src/core/snapshot/summarize-snapshot.ts';
import { nextWeek, snapshotOf, weekZero } from './diff-fixture.ts';

const before = weekZero(200, 31);
const a = snapshotOf(before, '2024-01-01T06:00:00Z');
const b = snapshotOf(nextWeek(before, 32), '2024-01-08T06:00:00Z');
const diff = diffSnapshots(a, b);

it('adds the diff to the status JSON when history is given, and only then', () => {
  const json = JSON.parse(renderStatusJson(b.report, { diff }));
  expect(json.diff).toEqual(JSON.parse(JSON.stringify(diff)));
  expect(json.diff.migrated).toBeGreaterThan(0);
  expect(JSON.parse(renderStatusJson(b.report, { diff: null })).diff).toBeNull();
  expect('diff' in JSON.parse(renderStatusJson(b.report))).toBe(false);
});

it("adds a team's diff, trend and forecast to its JSON", () => {
  const team = b.report.teams[0];
  const series = trendSeries(
    [a, b].map((s) => summarizeSnapshot(s.meta, s.report)),
    team.team,
  );
  const teamForecast = forecast(series, 100, null, b.meta.asOf);
  const teamDiff = diff.teams.find((t) => t.team === team.team) ?? null;
  const json = JSON.parse(renderTeamJson(team, { diff: teamDiff, trend: series, forecast: teamForecast }));
  expect(json.team).toBe(team.team);
  expect(json.diff.team).toBe(team.team);
  expect(json.trend.points).toHaveLength(2);
  expect(json.forecast.name).toBe(team.team);
  expect('trend' in JSON.parse(renderTeamJson(team))).toBe(false);
});
