/**
 * Put a file (the heatmap, the trend chart, a CSV) where the user will find
 * it: in the thread of the report, else in the channel, else in a direct
 * message with the user when the bot cannot post in the conversation.
 * files.uploadV2 = files.getUploadURLExternal, POST the bytes, files.completeUploadExternal.
 */
import { type Conversation, notInChannelReason } from './conversation.ts';

export interface SlackFile {
  readonly bytes: Buffer;
  readonly filename: string;
  readonly title: string;
  /** Screen-reader text for images. */
  readonly altText?: string;
  /** Plain text shown with the file (mrkdwn; escape anything from the inventory). */
  readonly comment?: string;
}

export type FileDelivery = 'thread' | 'channel' | 'direct-message';

async function upload(
  conv: Conversation,
  channel: string,
  file: SlackFile,
  threadTs: string | null,
): Promise<void> {
  const common = {
    file: file.bytes,
    filename: file.filename,
    title: file.title,
    ...(file.altText ? { alt_text: file.altText } : {}),
    ...(file.comment ? { initial_comment: file.comment } : {}),
  };
  // The SDK types a thread upload and a channel upload as two shapes.
  if (threadTs) await conv.client.filesUploadV2({ ...common, channel_id: channel, thread_ts: threadTs });
  else await conv.client.filesUploadV2({ ...common, channel_id: channel });
}

/**
 * Upload `file` into `threadTs` (or the conversation), falling back to a DM
 * (straight to it when `direct`, i.e. the bot already knows it cannot post
 * there); other failures throw.
 */
export async function deliverFile(
  conv: Conversation,
  file: SlackFile,
  threadTs: string | null,
  direct = false,
): Promise<FileDelivery> {
  if (!direct) {
    try {
      await upload(conv, conv.channel, file, threadTs);
      return threadTs ? 'thread' : 'channel';
    } catch (error) {
      if (!notInChannelReason(error, conv.channel)) throw error;
    }
  }
  const opened = await conv.client.conversations.open({ users: conv.user });
  const dm = opened.channel?.id;
  if (!dm) throw new Error(`conversations.open gave no channel for ${conv.user}`);
  await upload(conv, dm, file, null);
  return 'direct-message';
}
