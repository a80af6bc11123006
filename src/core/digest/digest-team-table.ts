/**
 * The digest's compact per-team table: a monospace block narrow enough for a
 * phone, furthest behind first, with the change since the previous digest as
 * an arrow and points, and the hosts that regressed. Cut to fit one section.
 */
import { escapeCode } from '../render/blocks/escape-mrkdwn.ts';
import { trendArrow } from '../render/blocks/format-figures.ts';
import { clip, SLACK_LIMITS } from '../render/blocks/slack-limits.ts';
import type { DigestTeam } from './digest-model.ts';

const NAME_WIDTH = 18;

function row(name: string, done: string, change: string, regressed: string): string {
  // Pad the raw name, then escape: entities widen the string but not what Slack shows.
  return `${escapeCode(clip(name, NAME_WIDTH).padEnd(NAME_WIDTH))} ${done.padStart(6)} ${change.padStart(8)} ${regressed.padStart(5)}`;
}

function changeCell(points: number | null): string {
  if (points === null) return '–';
  const rounded = Math.round(points * 10) / 10;
  return `${trendArrow(points)}${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${Math.abs(rounded).toFixed(1)}`;
}

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
  const lines = [row('Team', 'Done', 'Δ pts', 'Regr.')];
  const more = (n: number) => `\n_…and ${n} more team${n === 1 ? '' : 's'}: \`/java-migration team NAME\`_`;
  const fixed = heading.length + '\n```\n'.length + '\n```'.length + more(teams.length).length;
  let used = fixed + lines[0].length;
  let shown = 0;
  for (const t of teams) {
    if (shown >= maxRows) break;
    const done = t.progressPercent === null ? 'n/a' : `${t.progressPercent.toFixed(1)}%`;
    const line = row(t.team, done, changeCell(t.deltaPoints), t.regressed ? String(t.regressed) : '·');
    if (used + line.length + 1 > maxChars) break;
    lines.push(line);
    used += line.length + 1;
    shown += 1;
  }
  const rest = teams.length - shown;
  return `${heading}\n\`\`\`\n${lines.join('\n')}\n\`\`\`${rest > 0 ? more(rest) : ''}`;
}
