/**
 * Where an answer goes: the conversation a command or click came from, the
 * user, the Web API client and the `response_url`. `postToChannel` posts for
 * everyone; `whisper` answers only the user (response_url first, then
 * chat.postEphemeral), and never throws: a failure is logged.
 */
import type { RespondFn, types, webApi } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';
import type { SlackMessage } from '../../core/render/blocks/block-kit.ts';
import type { NotInChannelReason } from '../../core/render/blocks/notice-blocks.ts';
import { slackErrorCode } from './explain-error.ts';

export interface Conversation {
  readonly channel: string;
  readonly user: string;
  /** The message an interaction came from (its thread gets files); null for commands. */
  readonly messageTs: string | null;
  readonly client: webApi.WebClient;
  readonly respond: RespondFn | null;
  readonly logger: Logger;
}

type Blocks = (types.KnownBlock | types.Block)[];

/** Our Block Kit types are a structural subset of the SDK's. */
export function sdkBlocks(message: SlackMessage): Blocks {
  return message.blocks as unknown as Blocks;
}

const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** Why the bot cannot post here, from a Slack error; null if the error means something else. */
export function notInChannelReason(error: unknown, channel: string): NotInChannelReason | null {
  const code = slackErrorCode(error);
  if (!code || !NOT_IN_CHANNEL.has(code)) return null;
  if (channel.startsWith('D')) return 'direct-message';
  if (code === 'channel_not_found' || channel.startsWith('G')) return 'private';
  return 'not-in-channel';
}

export type PostResult =
  | { readonly ok: true; readonly ts: string }
  | { readonly ok: false; readonly reason: NotInChannelReason };

/** Post for everyone in the conversation; a missing membership is a result, any other failure throws. */
export async function postToChannel(conv: Conversation, message: SlackMessage): Promise<PostResult> {
  try {
    const res = await conv.client.chat.postMessage({
      channel: conv.channel,
      text: message.text,
      blocks: sdkBlocks(message),
      unfurl_links: false,
      unfurl_media: false,
    });
    return { ok: true, ts: String(res.ts) };
  } catch (error) {
    const reason = notInChannelReason(error, conv.channel);
    if (reason) return { ok: false, reason };
    throw error;
  }
}

/** Answer only the user. Returns false (and logs) if neither route worked. */
export async function whisper(conv: Conversation, message: SlackMessage): Promise<boolean> {
  if (conv.respond) {
    try {
      await conv.respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: message.text,
        blocks: sdkBlocks(message),
      });
      return true;
    } catch (error) {
      conv.logger.warn(
        { err: error, channel: conv.channel },
        'response_url failed; trying chat.postEphemeral',
      );
    }
  }
  try {
    await conv.client.chat.postEphemeral({
      channel: conv.channel,
      user: conv.user,
      text: message.text,
      blocks: sdkBlocks(message),
    });
    return true;
  } catch (error) {
    conv.logger.error(
      { err: error, channel: conv.channel, user: conv.user, slackError: slackErrorCode(error) },
      'could not answer the user privately',
    );
    return false;
  }
}
