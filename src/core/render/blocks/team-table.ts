/**
 * The compact team table of the status message and the App Home tab (about
 * 38 characters wide): hosts, pending and progress per team, laid out by
 * team-code-table.ts.
 */
import type { TeamReport } from '../../report/report-model.ts';
import { formatPercent } from './format-figures.ts';
import { SLACK_LIMITS } from './slack-limits.ts';
import { type TeamColumn, teamCodeTable } from './team-code-table.ts';

const COLUMNS: readonly TeamColumn<TeamReport>[] = [
  { title: 'Hosts', width: 6, cell: (t) => String(t.hosts) },
  { title: 'Pend.', width: 6, cell: (t) => String(t.pending) },
  {
    title: 'Done',
    width: 7,
    cell: (t) => (t.progressPercent === null ? 'n/a' : formatPercent(t.progressPercent).replace(' ', '')),
  },
];

/**
 * Section text with a heading and a code-block table of `teams` (already in display order).
 * @example teamTable('*Teams*', [blue], 15).includes('Team Blue') // true
 */
export function teamTable(
  heading: string,
  teams: readonly TeamReport[],
  maxRows: number,
  maxChars: number = SLACK_LIMITS.sectionText,
): string {
  return teamCodeTable(heading, teams, COLUMNS, maxRows, maxChars);
}
