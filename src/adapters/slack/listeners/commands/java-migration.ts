/**
 * `/java-migration [status | team NAME | trend | refresh | help | subscribe | unsubscribe | digest preview]`. The ack
 * goes first, before any fetch, Redis or rendering: help and usage are the
 * ack itself (private, instant); reports follow through the runner.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../../../app/ports.ts';
import type { SlackMessage } from '../../../../core/render/blocks/block-kit.ts';
import { helpBlocks, usageBlocks } from '../../../../core/render/blocks/help-blocks.ts';
import { sdkBlocks } from '../../conversation.ts';
import type { ObserveCommand } from '../../observe-command.ts';
import { parseCommand } from '../../parse-command.ts';
import { type DigestCommands, digestSubcommands } from './digest-subcommands.ts';
import type { ReportRunner } from '../../report-runner.ts';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const ephemeral = (message: SlackMessage) => ({
  response_type: 'ephemeral' as const,
  text: message.text,
  blocks: sdkBlocks(message),
});

export function javaMigrationCommand(
  runner: ReportRunner,
  observe: ObserveCommand,
  logger: Logger,
  digest: DigestCommands | null = null,
) {
  const digestCommand = digestSubcommands(digest, observe, logger);
  return async ({ command, ack, respond, client }: CommandArgs) => {
    const parsed = parseCommand(command.text ?? '');
    if (parsed.kind === 'help' || parsed.kind === 'usage') {
      await ack(ephemeral(parsed.kind === 'help' ? helpBlocks() : usageBlocks(parsed.text)));
      await observe(parsed.kind, async (ctx) => ctx.setOutcome(parsed.kind === 'usage' ? 'usage' : 'ok'), {
        channel: command.channel_id,
        user: command.user_id,
      });
      return;
    }
    await ack();
    const conv = {
      channel: command.channel_id,
      user: command.user_id,
      messageTs: null,
      client,
      respond,
      logger,
    };
    switch (parsed.kind) {
      case 'status':
        return runner.status(conv);
      case 'refresh':
        return runner.status(conv, true);
      case 'team':
        return runner.team(conv, parsed.name);
      case 'trend':
        return runner.trend(conv);
      case 'subscribe':
      case 'unsubscribe':
      case 'digest-preview':
        return digestCommand({
          kind: parsed.kind,
          channel: command.channel_id,
          user: command.user_id,
          respond,
        });
    }
  };
}
