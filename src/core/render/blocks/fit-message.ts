/**
 * The last step of every renderer: a message that Slack will accept, whatever
 * the inventory held. Renderers already size their parts; this guarantees the
 * block count and the fallback text length.
 */
import { context } from './block-builders.ts';
import type { Block, SlackMessage } from './block-kit.ts';
import { clampText, SLACK_LIMITS } from './slack-limits.ts';

/**
 * Build a message from a fallback text and blocks, cut to Slack's limits.
 * @example fitMessage('Fleet: 62.4 %', blocks).blocks.length <= 50 // true
 */
export function fitMessage(
  text: string,
  blocks: readonly Block[],
  maxBlocks = SLACK_LIMITS.blocks,
): SlackMessage {
  const fitted =
    blocks.length <= maxBlocks
      ? blocks
      : [
          ...blocks.slice(0, maxBlocks - 1),
          context(`_…${blocks.length - maxBlocks + 1} more parts left out to fit one message_`),
        ];
  return { text: clampText(text, SLACK_LIMITS.fallbackText), blocks: fitted };
}
