/**
 * The DigestPoster over Slack's Web API: chat.postMessage with the slot in the
 * message metadata (so the digest of a slot can be told apart in a channel's
 * history), then the charts uploaded into its thread with filesUploadV2.
 * "The bot cannot post here" is a result, not an error: retrying will not fix it.
 */
import type { types, webApi } from '@slack/bolt';
import type { DigestFile, DigestPoster } from '../../app/digest-poster.ts';
import { slackErrorCode } from '../slack/explain-error.ts';

export const DIGEST_EVENT_TYPE = 'java_migration_digest';

const CANNOT_POST = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'cannot_dm_bot',
]);

export function createSlackDigestPoster(client: webApi.WebClient): DigestPoster {
  return {
    async post(channel, message, slot) {
      try {
        const res = await client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks as unknown as types.KnownBlock[],
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { slot } },
        });
        return { ok: true, ts: String(res.ts) };
      } catch (error) {
        const code = slackErrorCode(error);
        if (code && CANNOT_POST.has(code)) return { ok: false, reason: code };
        throw error;
      }
    },
    async attach(channel, threadTs, files: readonly DigestFile[]) {
      for (const file of files) {
        await client.filesUploadV2({
          channel_id: channel,
          thread_ts: threadTs,
          file: file.bytes,
          filename: file.filename,
          title: file.title,
          alt_text: file.altText,
        });
      }
    },
  };
}
