/**
 * The report seen through one team, for a team's own heatmap: its row, the
 * versions it has (with its own counts), its totals and environments. Every
 * figure is taken from the team's report; nothing is recomputed.
 *
 * @example narrowReport(report, blue).teams // [blue]
 */
import type { ReportModel, TeamReport } from './report-model.ts';

export function narrowReport(report: ReportModel, team: TeamReport): ReportModel {
  const counts = new Map(team.versions.map((v) => [v.version, v.count]));
  const { team: name, versions: _, environments, owners: __, ...totals } = team;
  return {
    ...report,
    totals,
    teams: [team],
    furthestBehind: [name],
    environments,
    distributions: [],
    versions: report.versions
      .filter((v) => counts.has(v.version))
      .map((v) => ({ ...v, count: counts.get(v.version)! })),
  };
}
