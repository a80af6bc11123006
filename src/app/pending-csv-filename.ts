/**
 * A file name for a team's pending-hosts CSV: the team as a slug and the
 * export's date, so downloads from different weeks do not overwrite each other.
 *
 * @example pendingCsvFilename('Team Blue', '2019-03-18T06:42:00.000Z') // 'pending-hosts-team-blue-2019-03-18.csv'
 */
import { teamSlug } from './team-slug.ts';

export function pendingCsvFilename(team: string, asOf: string | null): string {
  return `pending-hosts-${teamSlug(team)}${asOf ? `-${asOf.slice(0, 10)}` : ''}.csv`;
}
