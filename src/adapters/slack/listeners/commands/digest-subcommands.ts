/**
 * `/java-migration subscribe | unsubscribe | digest preview`, after the ack.
 * Subscribing stores the channel with the snapshots (ChannelSubscriptions);
 * the preview is the next digest as it would look now, shown only to the
 * person who asked (owners named, not mentioned). Every answer is private.
 */
import type { RespondFn } from '@slack/bolt';
import type { DigestService } from '../../../../app/digest-service.ts';
import type { ChannelSubscriptions, Clock, Logger } from '../../../../app/ports.ts';
import { nextSlot } from '../../../../core/digest/digest-slots.ts';
import { type SubscriptionChange, subscriptionBlocks } from '../../../../core/digest/subscription-blocks.ts';
import type { SlackMessage } from '../../../../core/render/blocks/block-kit.ts';
import { errorBlocks } from '../../../../core/render/blocks/notice-blocks.ts';
import { sdkBlocks } from '../../conversation.ts';
import { explainError } from '../../explain-error.ts';
import type { ObserveCommand } from '../../observe-command.ts';

export interface DigestCommands {
  readonly digest: Pick<DigestService, 'preview' | 'schedule'>;
  readonly subscriptions: ChannelSubscriptions;
  /** The config's digest channels. */
  readonly configuredChannels: readonly string[];
  readonly clock: Clock;
}

export type DigestSubcommand = 'subscribe' | 'unsubscribe' | 'digest-preview';

interface Asked {
  readonly kind: DigestSubcommand;
  readonly channel: string;
  readonly user: string;
  readonly respond: RespondFn;
}

async function answer(respond: RespondFn, message: SlackMessage, logger: Logger): Promise<void> {
  try {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: message.text,
      blocks: sdkBlocks(message),
    });
  } catch (error) {
    logger.warn({ err: error }, 'could not answer a digest subcommand');
  }
}

async function change(
  deps: DigestCommands,
  kind: DigestSubcommand,
  channel: string,
): Promise<SubscriptionChange> {
  if (kind === 'subscribe')
    return (await deps.subscriptions.subscribe(channel)) ? 'subscribed' : 'already-subscribed';
  return (await deps.subscriptions.unsubscribe(channel)) ? 'unsubscribed' : 'not-subscribed';
}

/** Handle one digest subcommand (already acked). */
export function digestSubcommands(deps: DigestCommands | null, observe: ObserveCommand, logger: Logger) {
  return (asked: Asked) =>
    observe(
      asked.kind,
      async (ctx) => {
        if (!deps) {
          ctx.setOutcome('unavailable');
          await answer(asked.respond, errorBlocks('The weekly digest is not set up on this bot.'), logger);
          return;
        }
        try {
          if (asked.kind === 'digest-preview') {
            const preview = await deps.digest.preview();
            await answer(asked.respond, preview.message, logger);
            return;
          }
          const changed = await change(deps, asked.kind, asked.channel);
          const next = nextSlot(deps.digest.schedule, deps.clock.now()).toISOString();
          const configured = deps.configuredChannels.includes(asked.channel);
          await answer(asked.respond, subscriptionBlocks({ change: changed, configured, next }), logger);
        } catch (error) {
          const ex = explainError(error);
          ctx.setOutcome(ex.known ? 'failed' : 'error');
          logger[ex.known ? 'warn' : 'error'](
            { err: error, command: asked.kind },
            'digest subcommand failed',
          );
          await answer(asked.respond, errorBlocks(ex.message, ex.hint ?? undefined), logger);
        }
      },
      { channel: asked.channel, user: asked.user },
    );
}
