/**
 * Where a digest goes: the configured channels plus the channels that opted
 * in with `subscribe`, once each. When the subscriptions cannot be read the
 * configured channels still get theirs, and the caller learns the list is
 * incomplete (so the run is retried for the rest).
 */
import type { ChannelSubscriptions, Logger } from './ports.ts';

export interface DigestChannels {
  readonly channels: readonly string[];
  /** Why the subscribed channels are missing, or null when the list is complete. */
  readonly incomplete: unknown;
}

export async function digestChannels(
  configured: readonly string[],
  subscriptions: ChannelSubscriptions | null,
  logger: Logger,
): Promise<DigestChannels> {
  let subscribed: string[] = [];
  let incomplete: unknown = null;
  if (subscriptions) {
    try {
      subscribed = await subscriptions.subscribedChannels();
    } catch (error) {
      logger.warn({ err: error }, 'digest: channel subscriptions unavailable; configured channels only');
      incomplete = error;
    }
  }
  return { channels: [...new Set([...configured, ...subscribed])], incomplete };
}
