/**
 * The one monospace team table of the status message, the App Home tab and
 * the weekly digest: a heading, then a code block narrow enough for a phone
 * (an 18-character name column and a few right-aligned columns), rows in the
 * caller's order, cut to fit one section with "…and N more teams".
 */
import { escapeCode } from './escape-mrkdwn.ts';
import { clip, SLACK_LIMITS } from './slack-limits.ts';

const NAME_WIDTH = 18;

/** A right-aligned column after the team name. */
export interface TeamColumn<T> {
  readonly title: string;
  readonly width: number;
  readonly cell: (team: T) => string;
}

function row(name: string, cells: readonly string[], widths: readonly number[]): string {
  // Pad the raw name, then escape: entities widen the string but not what Slack shows.
  const padded = cells.map((c, i) => ` ${c.padStart(widths[i])}`).join('');
  return `${escapeCode(clip(name, NAME_WIDTH).padEnd(NAME_WIDTH))}${padded}`;
}

/**
 * Section text: `heading` and a code-block table of `teams`, at most `maxRows` rows and `maxChars` characters.
 * @example teamCodeTable('*Teams*', [blue], [{ title: 'Hosts', width: 6, cell: (t) => String(t.hosts) }], 15).includes('Team Blue') // true
 */
export function teamCodeTable<T extends { readonly team: string }>(
  heading: string,
  teams: readonly T[],
  columns: readonly TeamColumn<T>[],
  maxRows: number,
  maxChars: number = SLACK_LIMITS.sectionText,
): string {
  const widths = columns.map((c) => c.width);
  const lines = [
    row(
      'Team',
      columns.map((c) => c.title),
      widths,
    ),
  ];
  const more = (n: number) => `\n_…and ${n} more team${n === 1 ? '' : 's'}: \`/java-migration team NAME\`_`;
  const fixed = heading.length + '\n```\n'.length + '\n```'.length + more(teams.length).length;
  let used = fixed + lines[0].length;
  let shown = 0;
  for (const t of teams) {
    if (shown >= maxRows) break;
    const line = row(
      t.team,
      columns.map((c) => c.cell(t)),
      widths,
    );
    if (used + line.length + 1 > maxChars) break;
    lines.push(line);
    used += line.length + 1;
    shown += 1;
  }
  const rest = teams.length - shown;
  return `${heading}\n\`\`\`\n${lines.join('\n')}\n\`\`\`${rest > 0 ? more(rest) : ''}`;
}
