/**
 * Short private notices: "working on it", an error in words a Slack user can
 * act on, and the note that prefixes figures when the bot cannot post in the
 * conversation.
 */
import { context, section } from './block-builders.ts';
import type { SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { SLACK_LIMITS } from './slack-limits.ts';

/**
 * The private "working on it" note shown while a slow answer is prepared.
 * @example workingBlocks('reading the inventory').text // 'Working on it…'
 */
export function workingBlocks(what: string): SlackMessage {
  return fitMessage('Working on it…', [
    context(`:hourglass_flowing_sand: Working on it… ${escapeMrkdwn(what)}`),
  ]);
}

/**
 * An error or warning for the user; `message` is plain text (escaped here).
 * @example errorBlocks('The inventory server did not answer in 60 s.').blocks.length // 1
 */
export function errorBlocks(message: string, hint?: string): SlackMessage {
  const text = `:warning: ${escapeMrkdwn(message)}`;
  return fitMessage(message, [section(text), ...(hint ? [context(escapeMrkdwn(hint))] : [])]);
}

export type NotInChannelReason = 'not-in-channel' | 'private' | 'direct-message';

const WHY: Record<NotInChannelReason, string> = {
  'not-in-channel': "I'm not a member of this channel, so only you can see this.",
  private: "I can't post in this private channel, so only you can see this.",
  'direct-message': "I can't post in this conversation, so only you can see this.",
};

const WHAT: Record<NotInChannelReason, string> = {
  'not-in-channel':
    'To share it with the channel, invite me: `/invite @java-migration`, then run the command again.',
  private: 'To share it here, invite me: `/invite @java-migration`, then run the command again.',
  'direct-message':
    'Run the command in a channel I am in (or invite me there with `/invite @java-migration`).',
};

/**
 * The figures, privately, under a note saying why and what to do.
 * @example notInChannelBlocks('not-in-channel', status).blocks[0] // the note
 */
export function notInChannelBlocks(reason: NotInChannelReason, figures: SlackMessage): SlackMessage {
  const note = section(`:wave: ${WHY[reason]} ${WHAT[reason]}`);
  return fitMessage(figures.text, [note, ...figures.blocks], SLACK_LIMITS.blocks);
}

/**
 * A short neutral note for the user (text escaped here).
 * @example infoBlocks('I sent you the heatmap in a direct message.').blocks.length // 1
 */
export function infoBlocks(message: string): SlackMessage {
  return fitMessage(message, [context(`:information_source: ${escapeMrkdwn(message)}`)]);
}
