/**
 * Join lines under a heading while they fit one section text, counting the
 * rest: "…and 12 more versions".
 */
import { SLACK_LIMITS } from './slack-limits.ts';

/**
 * Heading plus as many lines as fit (at most `maxLines`), then "…and N more <noun>".
 * @example boundedLines('*Versions*', ['a', 'b', 'c'], 2, 'versions') // '*Versions*\na\nb\n_…and 1 more versions_'
 */
export function boundedLines(
  heading: string,
  lines: readonly string[],
  maxLines: number,
  noun: string,
  maxChars: number = SLACK_LIMITS.sectionText,
): string {
  const more = (n: number) => `\n_…and ${n} more ${noun}_`;
  const budget = maxChars - more(lines.length).length;
  let text = heading;
  let shown = 0;
  for (const line of lines) {
    if (shown >= maxLines || text.length + 1 + line.length > budget) break;
    text += `\n${line}`;
    shown += 1;
  }
  return shown < lines.length ? text + more(lines.length - shown) : text;
}
