/**
 * The user groups (`S…`) that own a team in the report, so an adapter asks
 * Slack about group membership only when some team is owned through one.
 */
import { isUserGroupId } from '../digest/owner-mention.ts';
import type { ReportModel } from './report-model.ts';

/** @example ownerGroups(report) // Set { 'S0OPS' } when a team's owners are ['U0ANN', 'S0OPS'] */
export function ownerGroups(report: ReportModel): ReadonlySet<string> {
  return new Set(report.teams.flatMap((team) => team.owners.filter(isUserGroupId)));
}
