/**
 * A team name as a file-name slug.
 *
 * @example teamSlug('Team Blue') // 'team-blue'
 */
export function teamSlug(team: string): string {
  const slug = team
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'team';
}
