/**
 * `/java-migration help` and the short usage reply for anything the command
 * does not understand.
 */
import { context, header, section } from './block-builders.ts';
import type { SlackMessage } from './block-kit.ts';
import { escapeCode } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { clip } from './slack-limits.ts';

const COMMANDS = [
  '`/java-migration` or `/java-migration status`: fleet progress, change since last week, the teams furthest behind, and the version × team heatmap.',
  '`/java-migration team NAME`: one team: progress, versions, environments, pending hosts (with a CSV of all of them). `blue` finds `Team Blue`.',
  '`/java-migration trend`: progress over time, with a forecast against the deadline.',
  '`/java-migration refresh`: read the inventory again now, then show the status.',
  '`/java-migration subscribe` / `unsubscribe`: this channel gets (or stops getting) the weekly digest.',
  '`/java-migration digest preview`: the next weekly digest as it would look now, shown only to you.',
  '`/java-migration help`: this message.',
];

/**
 * The full help message.
 * @example helpBlocks().blocks[0].type // 'header'
 */
export function helpBlocks(): SlackMessage {
  return fitMessage('java-migration: how to use it', [
    header('java-migration · how to use it'),
    section(COMMANDS.map((c) => `• ${c}`).join('\n')),
    context(
      'Reports go into the channel where you type the command; the heatmap follows in the thread. If I am not in the channel, I answer just you: `/invite @java-migration` to share with everyone.',
    ),
  ]);
}

/**
 * The short reply to a command it does not understand (shown only to the user).
 * @example usageBlocks('sttaus').text // "I didn't understand that."
 */
export function usageBlocks(input: string): SlackMessage {
  const said = input.trim() ? ` \`${escapeCode(clip(input.trim(), 80))}\`` : '';
  return fitMessage("I didn't understand that.", [
    section(
      `I didn't understand${said}. Try \`/java-migration status\`, \`/java-migration team NAME\`, \`/java-migration trend\` or \`/java-migration help\`.`,
    ),
  ]);
}
