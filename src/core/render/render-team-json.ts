/**
 * One team as JSON (`java-migration team NAME --json`): the team's object of
 * the status JSON, `{ team, hosts, migrated, pending, unknown, stale,
 * progressPercent, versions: [{ version, count, percent }], environments, owners }`.
 *
 * @example JSON.parse(renderTeamJson(blue)).hosts // 42
 */
import type { Forecast, TeamDiff, TrendSeries } from '../report/history-model.ts';
import type { TeamReport } from '../report/report-model.ts';

/** What history adds to a team's JSON (`team NAME --json`): its diff, trend line and forecast. */
export interface TeamHistoryJson {
  readonly diff: TeamDiff | null;
  readonly trend: TrendSeries | null;
  readonly forecast: Forecast | null;
}

/** The plain object (also used for each team of the status JSON). */
export function teamJson(team: TeamReport) {
  return {
    team: team.team,
    hosts: team.hosts,
    migrated: team.migrated,
    pending: team.pending,
    unknown: team.unknown,
    stale: team.stale,
    progressPercent: team.progressPercent,
    versions: team.versions.map((v) => ({ version: v.version, count: v.count, percent: v.percent })),
    environments: team.environments.map((e) => ({
      name: e.name,
      hosts: e.hosts,
      migrated: e.migrated,
      pending: e.pending,
      unknown: e.unknown,
      stale: e.stale,
      progressPercent: e.progressPercent,
    })),
    owners: team.owners,
  };
}

export function renderTeamJson(team: TeamReport, history?: TeamHistoryJson): string {
  const extra = history ? { diff: history.diff, trend: history.trend, forecast: history.forecast } : {};
  return `${JSON.stringify({ ...teamJson(team), ...extra }, null, 2)}\n`;
}
