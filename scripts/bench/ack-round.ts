/**
 * One measured round of part 4: the export changes, `/java-migration refresh`
 * goes in, and when the new body starts streaming, the burst goes at once.
 * The round ends when the refresh's own report has been posted.
 */
import type { SlackStandIn } from '../../test/support/slack-standin.ts';
import type { AckGenerator } from './ack-generator-process.ts';
import type { InventoryServer } from './inventory-server.ts';
import { type AckTiming, type PreparedCommand, prepareCommand, sendCommand } from './signed-commands.ts';

export interface RoundSetup {
  readonly events: string;
  readonly secret: string;
  readonly slack: SlackStandIn;
  readonly inventory: InventoryServer;
  readonly generator: AckGenerator;
  readonly requestTimeoutMs: number;
  readonly refreshDeadlineMs: number;
}

export interface RoundResult {
  readonly timings: readonly AckTiming[];
  /** The refresh was still running when the last ack arrived. */
  readonly duringRefresh: boolean;
  readonly refreshMs: number;
}

export async function runAckRound(
  setup: RoundSetup,
  round: number,
  exportFile: string,
  burst: readonly PreparedCommand[],
): Promise<RoundResult> {
  const { events, slack, inventory, generator } = setup;
  inventory.serve(exportFile);
  const channel = `C0REFRESH${round}`;
  const started = performance.now();
  const bodyStarted = inventory.nextBodyStart();
  const refresh = await sendCommand(
    events,
    prepareCommand(events, setup.secret, 'refresh', slack.responseUrl(`refresh-${round}`), channel),
    setup.requestTimeoutMs,
  );
  if (refresh.status !== 200) throw new Error(`the refresh command was answered ${refresh.status}`);
  const refreshed = slack.waitFor(
    'chat.postMessage',
    (call) => call.body.channel === channel,
    setup.refreshDeadlineMs,
  );
  await bodyStarted;
  const timings = await generator.fire(events, burst, setup.requestTimeoutMs);
  const lastAck = performance.now();
  await refreshed;
  const ended = performance.now();
  return { timings, duringRefresh: lastAck < ended, refreshMs: ended - started };
}
