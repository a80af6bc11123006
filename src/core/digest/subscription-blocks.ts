/**
 * The private replies to `subscribe` and `unsubscribe`: what changed for this
 * channel, when the next digest comes, and whether the config also sends it
 * here (then unsubscribing cannot stop it, and the reply says so).
 */
import { section } from '../render/blocks/block-builders.ts';
import type { SlackMessage } from '../render/blocks/block-kit.ts';
import { fitMessage } from '../render/blocks/fit-message.ts';
import { formatDay, formatUtcTime } from '../render/blocks/format-figures.ts';

export type SubscriptionChange = 'subscribed' | 'already-subscribed' | 'unsubscribed' | 'not-subscribed';

export interface SubscriptionReply {
  readonly change: SubscriptionChange;
  /** The channel is in the config's digest channels (it gets the digest whatever it subscribes to). */
  readonly configured: boolean;
  /** The next slot (ISO 8601). */
  readonly next: string;
}

const WORDS: Record<SubscriptionChange, string> = {
  subscribed: 'This channel will get the weekly digest.',
  'already-subscribed': 'This channel already gets the weekly digest.',
  unsubscribed: 'This channel will no longer get the weekly digest.',
  'not-subscribed': 'This channel was not subscribed to the weekly digest.',
};

/**
 * The reply (shown only to the person who asked).
 * @example subscriptionBlocks({ change: 'subscribed', configured: false, next: '2024-12-09T09:00:00Z' }).text
 *   // 'This channel will get the weekly digest.'
 */
export function subscriptionBlocks(reply: SubscriptionReply): SlackMessage {
  const next = `${formatDay(reply.next)} ${formatUtcTime(reply.next)}`;
  const stopping = reply.change === 'unsubscribed' || reply.change === 'not-subscribed';
  const lines = [`*${WORDS[reply.change]}*`];
  if (stopping && reply.configured)
    lines.push(
      `It is also in the bot's configured digest channels, so the digest still comes here (next: ${next}). Ask whoever runs the bot to remove it from \`digest.channels\`.`,
    );
  else if (!stopping || reply.configured) lines.push(`Next digest: ${next}.`);
  if (!stopping) lines.push('`/java-migration digest preview` shows you what it will look like.');
  return fitMessage(WORDS[reply.change], [section(lines.join('\n'))]);
}
