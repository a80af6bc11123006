/**
 * Which teams the heatmap shows as rows, in which order, and the row that
 * sums the rest when there are too many to read.
 *
 * Order: furthest behind first (the model's `furthestBehind`: lowest progress,
 * null progress last, ties by name). The heatmap is read to decide who needs
 * help, so the teams that need it most sit at the top, and the cut for a
 * large fleet keeps exactly those teams; a name sort would bury them.
 */
import type { ReportModel, TeamReport } from '../report/report-model.ts';

export interface HeatmapRow {
  /** Team name, or `N other teams` for the summed row. */
  readonly name: string;
  readonly hosts: number;
  /** Hosts and percent of the row's hosts per cleaned version string. */
  readonly shares: ReadonlyMap<string, { readonly count: number; readonly percent: number }>;
  /** Teams summed into this row (1 for a team row). */
  readonly teams: number;
  readonly other: boolean;
}

export interface HeatmapRows {
  readonly rows: readonly HeatmapRow[];
  /** Teams and hosts summed into the last row (0 when every team has its own row). */
  readonly summedTeams: number;
  readonly summedHosts: number;
}

const teamRow = (team: TeamReport): HeatmapRow => ({
  name: team.team,
  hosts: team.hosts,
  shares: new Map(team.versions.map((share) => [share.version, share])),
  teams: 1,
  other: false,
});

/** The one figure the chart computes itself: the summed teams' shares (the model has no such group). */
const sumRow = (teams: readonly TeamReport[]): HeatmapRow => {
  const counts = new Map<string, number>();
  let hosts = 0;
  for (const team of teams) {
    hosts += team.hosts;
    for (const share of team.versions)
      counts.set(share.version, (counts.get(share.version) ?? 0) + share.count);
  }
  const shares = new Map(
    [...counts].map(([version, count]) => [
      version,
      { count, percent: hosts > 0 ? (count / hosts) * 100 : 0 },
    ]),
  );
  return {
    name: `${teams.length.toLocaleString('en-US')} other teams`,
    hosts,
    shares,
    teams: teams.length,
    other: true,
  };
};

/**
 * Rows for the heatmap: at most `maxTeams` teams (furthest behind first) plus one summed row.
 * @example heatmapRows(report, 40).rows.length // 41 for a 300-team fleet
 */
export function heatmapRows(report: ReportModel, maxTeams: number): HeatmapRows {
  const byName = new Map(report.teams.map((team) => [team.team, team]));
  const ordered: TeamReport[] = [];
  for (const name of report.furthestBehind) {
    const team = byName.get(name);
    if (team) {
      ordered.push(team);
      byName.delete(name);
    }
  }
  // Teams the model left out of furthestBehind still get a row, in the model's name order.
  ordered.push(...byName.values());
  const limit = Math.max(1, Math.floor(maxTeams));
  if (ordered.length <= limit) return { rows: ordered.map(teamRow), summedTeams: 0, summedHosts: 0 };
  const rest = ordered.slice(limit);
  const other = sumRow(rest);
  return {
    rows: [...ordered.slice(0, limit).map(teamRow), other],
    summedTeams: rest.length,
    summedHosts: other.hosts,
  };
}
