/**
 * Canonical team name: trimmed, blank becomes `(no team)`, and a configured
 * alias (matched case-insensitively) becomes the team it was renamed to.
 *
 * @example cleanTeam(' Team Blue ', {}) // 'Team Blue'
 * @example cleanTeam('Team Azure', { 'team azure': 'Team Blue' }) // 'Team Blue'
 */
export const NO_TEAM = '(no team)';

export function cleanTeam(raw: string, aliases: Readonly<Record<string, string>>): string {
  const trimmed = raw.trim();
  if (trimmed === '') return NO_TEAM;
  const alias = Object.hasOwn(aliases, trimmed.toLowerCase()) ? aliases[trimmed.toLowerCase()] : undefined;
  return alias ?? trimmed;
}
