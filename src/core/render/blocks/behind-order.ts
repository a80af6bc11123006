/**
 * Teams in the order the status message and the Home tab list them:
 * furthest behind first, as the report ranks them.
 */
import type { ReportModel, TeamReport } from '../../report/report-model.ts';

/**
 * Teams in furthest-behind order; any team the ranking misses goes last, by name.
 * @example behindOrder(report).map((t) => t.team) // ['Team Red', 'Team Blue', ...]
 */
export function behindOrder(report: ReportModel): TeamReport[] {
  const byName = new Map(report.teams.map((t) => [t.team, t]));
  const ordered = report.furthestBehind.flatMap((name) => byName.get(name) ?? []);
  const listed = new Set(ordered.map((t) => t.team));
  return [...ordered, ...report.teams.filter((t) => !listed.has(t.team))];
}
