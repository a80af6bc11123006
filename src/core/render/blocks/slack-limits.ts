/**
 * Slack's documented Block Kit limits, and truncation that respects them
 * without cutting an `&amp;`-style entity or a surrogate pair in half.
 */

export const SLACK_LIMITS = Object.freeze({
  blocks: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  headerText: 150,
  actionsElements: 25,
  buttonText: 75,
  actionValue: 2000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  optionGroups: 100,
  placeholderText: 150,
  /** Top-level `text` fallback: Slack truncates past 40,000; keep notifications short. */
  fallbackText: 3000,
});

const ELLIPSIS = '…';

/**
 * Cut already-escaped text to at most `max` characters, ending with `…`.
 * @example clampText('a &amp; b', 6) // 'a …'
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ELLIPSIS.length);
  // Never end inside an entity such as `&amp;`: back up to its `&`.
  const amp = text.lastIndexOf('&', cut);
  if (amp !== -1 && amp > cut - 6) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  // Never split a surrogate pair (an emoji in a team name).
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ELLIPSIS;
}

/**
 * Shorten raw (unescaped) text to `max` characters for display, ending with `…`.
 * @example clip('Team Platform Engineering', 10) // 'Team Plat…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ELLIPSIS;
}
