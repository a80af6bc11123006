/**
 * Escaping for text that comes from the inventory or from a user before it
 * goes into any Slack text. Slack parses `<...>` as mentions and links
 * (`<!channel>`, `<@U123>`, `<https://x|y>`) and `&` starts an entity, so
 * those three become entities. Control characters and bidirectional
 * overrides are neutralised too: a newline or an RTL override inside a team
 * name would otherwise reorder or break the lines around it.
 */

// C0/C1 controls (tab, newline, NUL, DEL, ...) become a space: they separate words in a name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// Bidi embeddings, overrides, isolates and marks are dropped: they only change display order.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Make inventory or user text safe for any Slack text field.
 * @example escapeMrkdwn('<!channel> R&D') // '&lt;!channel&gt; R&amp;D'
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(CONTROLS, ' ')
    .replace(BIDI, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Escape for use inside a ``` code block: as `escapeMrkdwn`, and a backtick
 * becomes a look-alike so a name cannot close the block early.
 * @example escapeCode('a`b') // 'aˋb'
 */
export function escapeCode(text: string): string {
  return escapeMrkdwn(text).replace(/`/g, 'ˋ');
}
