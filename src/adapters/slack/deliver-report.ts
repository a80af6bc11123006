/**
 * Post a report where it was asked for, with its chart in the thread. If the
 * bot cannot post there, the user still gets the figures privately (with what
 * to do) and the chart in a direct message. A Slack failure is told to the
 * user privately and logged; nothing fails silently.
 */
import type { SlackMessage } from '../../core/render/blocks/block-kit.ts';
import { errorBlocks, infoBlocks, notInChannelBlocks } from '../../core/render/blocks/notice-blocks.ts';
import { type Conversation, postToChannel, whisper } from './conversation.ts';
import { deliverFile, type SlackFile } from './deliver-file.ts';
import { explainError, explainSlackError, slackErrorCode } from './explain-error.ts';

export type DeliveryOutcome = 'ok' | 'not_in_channel' | 'slack_error';

/** Make the file, put it in the thread (or a DM), and tell the user if that failed. */
export async function attachFile(
  conv: Conversation,
  makeFile: () => Promise<SlackFile>,
  threadTs: string | null,
  direct = false,
): Promise<boolean> {
  let file: SlackFile;
  try {
    file = await makeFile();
  } catch (error) {
    const ex = explainError(error);
    conv.logger.error({ err: error, channel: conv.channel }, 'could not make the file for a report');
    await whisper(conv, errorBlocks(ex.message, ex.hint ?? undefined));
    return false;
  }
  try {
    const where = await deliverFile(conv, file, direct ? null : threadTs, direct);
    if (where === 'direct-message')
      await whisper(conv, infoBlocks(`I sent you ${file.title} in a direct message.`));
    return true;
  } catch (error) {
    conv.logger.error(
      { err: error, channel: conv.channel, file: file.filename, slackError: slackErrorCode(error) },
      'could not upload a file',
    );
    await whisper(
      conv,
      errorBlocks(`I could not upload ${file.title}: Slack did not accept it.`, 'Try again in a minute.'),
    );
    return false;
  }
}

/** Post `message` in the conversation, then attach the file made by `makeFile` in its thread. */
export async function deliverReport(
  conv: Conversation,
  message: SlackMessage,
  makeFile: (() => Promise<SlackFile>) | null,
): Promise<DeliveryOutcome> {
  let posted: Awaited<ReturnType<typeof postToChannel>>;
  try {
    posted = await postToChannel(conv, message);
  } catch (error) {
    const ex = explainSlackError(error);
    conv.logger.error(
      { err: error, channel: conv.channel, slackError: slackErrorCode(error) },
      'could not post a report',
    );
    // The figures still reach the user, privately, under the reason.
    await whisper(conv, {
      text: ex.message,
      blocks: [...errorBlocks(ex.message, ex.hint ?? undefined).blocks, ...message.blocks].slice(0, 50),
    });
    return 'slack_error';
  }
  if (!posted.ok) {
    conv.logger.info(
      { channel: conv.channel, reason: posted.reason },
      'not in the channel: answering privately',
    );
    await whisper(conv, notInChannelBlocks(posted.reason, message));
    if (makeFile) await attachFile(conv, makeFile, null, true);
    return 'not_in_channel';
  }
  if (makeFile) await attachFile(conv, makeFile, posted.ts);
  return 'ok';
}
