/**
 * Inventory text is untrusted: a team named with an ANSI escape could rewrite
 * the terminal. Control characters (C0, DEL, C1) are shown as `?`.
 *
 * @example terminalSafe('Team \u001b[2JRed') // 'Team ?[2JRed'
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '?');
}
