/**
 * Everything the bot showed in Slack, and what would be wrong with it if
 * hostile text got through: a live mention or link, a direction override, a
 * control character, a code block closed early, a line injected by a newline
 * in a name, or a message outside Slack's Block Kit limits. The rules are
 * Slack's (mrkdwn parsing and documented limits), written out here
 * independently of the bot's escaping code.
 */
import { blockKitViolations, displayedTexts } from '../../support/block-kit-limits.ts';
import type { SlackCall } from '../../support/slack-standin.ts';

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'response_url']);
// Slack's hard limit on a message's top-level text.
const MAX_TEXT = 40_000;

/** The texts and block lists a call puts in front of people. */
export function shownIn(call: SlackCall): { texts: string[]; blocks: unknown[] | null } {
  const b = call.body;
  if (MESSAGE_METHODS.has(call.method)) {
    const blocks = Array.isArray(b.blocks) ? b.blocks : null;
    return { texts: [String(b.text ?? ''), ...displayedTexts(blocks ?? [])], blocks };
  }
  if (call.method === 'files.completeUploadExternal') {
    const files = (Array.isArray(b.files) ? b.files : []) as { title?: string }[];
    return {
      texts: [String(b.initial_comment ?? ''), ...files.map((f) => String(f.title ?? ''))],
      blocks: null,
    };
  }
  if (call.method === 'files.getUploadURLExternal') {
    return { texts: [String(b.filename ?? ''), String(b.alt_text ?? '')], blocks: null };
  }
  return { texts: [], blocks: null };
}

/** What is wrong with one shown text; `marker` is a word hostile input put after a newline. */
export function textProblems(text: string, marker = 'INJECTED'): string[] {
  const out: string[] = [];
  if (/<[!@#]/.test(text)) out.push(`live mention: ${JSON.stringify(/<[!@#][^>]{0,30}/.exec(text)?.[0])}`);
  if (/<(?:https?|mailto|tel|slack|ftp):/i.test(text)) out.push('live link');
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text)) out.push('direction override');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) out.push('control character');
  if ((text.match(/```/g) ?? []).length % 2 === 1) out.push('unbalanced code block');
  if (text.split('\n').some((line) => line.trimStart().startsWith(marker))) out.push('injected line');
  if (text.length > MAX_TEXT) out.push(`text of ${text.length} characters`);
  return out;
}

/** Every problem in every call (each prefixed with the method), empty when all is well. */
export function postedProblems(calls: readonly SlackCall[], marker?: string): string[] {
  return calls.flatMap((call) => {
    const { texts, blocks } = shownIn(call);
    return [
      ...texts.flatMap((t) => textProblems(t, marker)),
      ...(blocks ? blockKitViolations(blocks) : []),
    ].map((p) => `${call.method}: ${p}`);
  });
}
