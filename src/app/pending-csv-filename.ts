/**
 * A file name for a team's pending-hosts CSV: the team as a slug and the
 * export's date, so downloads from different weeks do not overwrite each other.
 *
 * @example pendingCsvFilename('Team Blue', '2019-03-18T06:42:00.000Z') // 'pending-hosts-team-blue-2019-03-18.csv'
 */
export function pendingCsvFilename(team: string, asOf: string | null): string {
  const slug =
    team
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'team';
  return `pending-hosts-${slug}${asOf ? `-${asOf.slice(0, 10)}` : ''}.csv`;
}
