/**
 * The compact team table of the status message: a monospace block narrow
 * enough for a phone (about 38 characters), furthest-behind teams first,
 * cut to fit one section with "…and N more teams".
 */
import type { TeamReport } from '../../report/report-model.ts';
import { escapeCode } from './escape-mrkdwn.ts';
import { formatPercent } from './format-figures.ts';
import { clip, SLACK_LIMITS } from './slack-limits.ts';

const NAME_WIDTH = 18;

function row(name: string, hosts: string, pending: string, done: string): string {
  // Pad the raw name, then escape: entities widen the string but not what Slack shows.
  return `${escapeCode(clip(name, NAME_WIDTH).padEnd(NAME_WIDTH))} ${hosts.padStart(6)} ${pending.padStart(6)} ${done.padStart(7)}`;
}

/**
 * Section text with a heading and a code-block table of `teams` (already in display order).
 * @example teamTable([blue], 15).includes('Team Blue') // true
 */
export function teamTable(
  heading: string,
  teams: readonly TeamReport[],
  maxRows: number,
  maxChars: number = SLACK_LIMITS.sectionText,
): string {
  const lines = [row('Team', 'Hosts', 'Pend.', 'Done')];
  const more = (n: number) => `\n_…and ${n} more team${n === 1 ? '' : 's'}: \`/java-migration team NAME\`_`;
  const fixed = heading.length + '\n```\n'.length + '\n```'.length + more(teams.length).length;
  let used = fixed + lines[0].length;
  let shown = 0;
  for (const t of teams) {
    if (shown >= maxRows) break;
    const line = row(
      t.team,
      String(t.hosts),
      String(t.pending),
      t.progressPercent === null ? 'n/a' : formatPercent(t.progressPercent).replace(' ', ''),
    );
    if (used + line.length + 1 > maxChars) break;
    lines.push(line);
    used += line.length + 1;
    shown += 1;
  }
  const rest = teams.length - shown;
  return `${heading}\n\`\`\`\n${lines.join('\n')}\n\`\`\`${rest > 0 ? more(rest) : ''}`;
}
