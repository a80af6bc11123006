/**
 * Finds the team a person means: case-insensitive, forgiving a missing
 * "Team " prefix (`blue` finds `Team Blue`), and following configured aliases
 * (lower-case alias -> canonical name). When nothing matches, or several
 * teams match equally, it returns at most five close names instead: names
 * containing the query first, then by edit distance.
 *
 * @example findTeam(report, 'blue', {}) // { kind: 'found', team: <Team Blue> }
 * @example findTeam(report, 'bleu', {}) // { kind: 'not-found', query: 'bleu', suggestions: ['Team Blue', ...] }
 */
import { editDistance } from './edit-distance.ts';
import type { ReportModel, TeamReport } from './report-model.ts';

export type TeamMatch =
  | { readonly kind: 'found'; readonly team: TeamReport }
  | {
      readonly kind: 'not-found' | 'ambiguous';
      readonly query: string;
      readonly suggestions: readonly string[];
    };

const MAX_SUGGESTIONS = 5;
const PREFIX = /^team\s+/;

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const bare = (name: string) => normalise(name).replace(PREFIX, '');

function suggest(teams: readonly TeamReport[], query: string): string[] {
  const q = bare(query);
  return teams
    .map((t) => {
      const name = bare(t.team);
      const contains = q !== '' && (name.includes(q) || q.includes(name));
      return { team: t.team, contains, distance: editDistance(q, name) };
    })
    .sort(
      (a, b) =>
        Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.team.localeCompare(b.team),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.team);
}

/** The one team among `candidates`, or an ambiguity with their names. */
function pick(candidates: readonly TeamReport[], query: string): TeamMatch | null {
  if (candidates.length === 1) return { kind: 'found', team: candidates[0] };
  if (candidates.length > 1) {
    return { kind: 'ambiguous', query, suggestions: candidates.slice(0, MAX_SUGGESTIONS).map((t) => t.team) };
  }
  return null;
}

export function findTeam(
  report: ReportModel,
  query: string,
  aliases: Readonly<Record<string, string>>,
): TeamMatch {
  const q = normalise(query);
  const teams = report.teams;
  const exactCase = teams.filter((t) => t.team === query.trim());
  if (exactCase.length === 1) return { kind: 'found', team: exactCase[0] };
  const canonical = Object.hasOwn(aliases, q) ? normalise(aliases[q]) : null;
  // From the strictest to the most forgiving: the first rule that matches decides.
  const rules: ((team: TeamReport) => boolean)[] = [
    (t) => normalise(t.team) === q,
    (t) => canonical !== null && normalise(t.team) === canonical,
    (t) => q !== '' && bare(t.team) === bare(q),
  ];
  for (const rule of rules) {
    const match = pick(teams.filter(rule), query);
    if (match) return match;
  }
  return { kind: 'not-found', query, suggestions: suggest(teams, query) };
}
