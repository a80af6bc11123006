/**
 * The digest's team table: progress, the change since the previous digest as
 * an arrow and points, and the hosts that regressed, laid out by the same
 * team-code-table.ts as the status message's table.
 */
import { trendArrow } from '../render/blocks/format-figures.ts';
import { SLACK_LIMITS } from '../render/blocks/slack-limits.ts';
import { type TeamColumn, teamCodeTable } from '../render/blocks/team-code-table.ts';
import type { DigestTeam } from './digest-model.ts';

function changeCell(points: number | null): string {
  if (points === null) return '–';
  const rounded = Math.round(points * 10) / 10;
  return `${trendArrow(points)}${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)}`;
}

const COLUMNS: readonly TeamColumn<DigestTeam>[] = [
  {
    title: 'Done',
    width: 6,
    cell: (t) => (t.progressPercent === null ? 'n/a' : `${t.progressPercent.toFixed(1)}%`),
  },
  { title: 'Δ pts', width: 8, cell: (t) => changeCell(t.deltaPoints) },
  { title: 'Regr.', width: 5, cell: (t) => (t.regressed ? String(t.regressed) : '·') },
];

/**
 * Section text: a heading and a code-block table of `teams`, at most `maxRows` rows and `maxChars` characters.
 * @example digestTeamTable('*Teams*', teams, 20).includes('▲+3.0') // true when a team gained 3 points
 */
export function digestTeamTable(
  heading: string,
  teams: readonly DigestTeam[],
  maxRows: number,
  maxChars: number = SLACK_LIMITS.sectionText,
): string {
  return teamCodeTable(heading, teams, COLUMNS, maxRows, maxChars);
}
