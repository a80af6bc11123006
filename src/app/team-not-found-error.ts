/** A team name that matches no team (or several), with the closest names to offer. */
export class TeamNotFoundError extends Error {
  constructor(
    readonly query: string,
    readonly suggestions: readonly string[],
    readonly ambiguous = false,
  ) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super(`${ambiguous ? 'more than one team matches' : 'no team matches'} "${query}"${hint}`);
    this.name = 'TeamNotFoundError';
  }
}
