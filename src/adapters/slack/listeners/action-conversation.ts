/**
 * The conversation a click came from: the channel, the user, the message the
 * button is on (files go into its thread), and the click's response_url.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../../app/ports.ts';
import type { Conversation } from '../conversation.ts';

export type BlockActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function actionConversation(args: BlockActionArgs, logger: Logger): Conversation {
  const { body, client, respond } = args;
  const container = (body.container ?? {}) as {
    channel_id?: string;
    message_ts?: string;
    thread_ts?: string;
  };
  return {
    channel: body.channel?.id ?? container.channel_id ?? '',
    user: body.user.id,
    // Reply in the thread the report already has, else start one under the report.
    messageTs:
      container.thread_ts ?? body.message?.thread_ts ?? body.message?.ts ?? container.message_ts ?? null,
    client,
    respond,
    logger,
  };
}

/** The value a button or menu choice carries ('' when it has none). */
export function actionValue(args: BlockActionArgs): string {
  const action = args.action as { value?: string; selected_option?: { value?: string } };
  return action.selected_option?.value ?? action.value ?? '';
}
