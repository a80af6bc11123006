/**
 * Part 4: slash-command acks while a cold 1M-host refresh runs. The real bot
 * runs as its own process (`src/main.ts`, buildApp in HTTP mode, as deployed)
 * against a Slack stand-in, Redis and a local inventory server. Once it has
 * loaded one export and answered a first status, it gets three unmeasured
 * bursts (a bot that has been up a while has its request path compiled).
 * Then the server switches to another export (new content: the refresh
 * parses, reports, snapshots and diffs it all), `/java-migration refresh` is
 * sent, and when the new body starts streaming, 100 signed commands go at
 * once, each on a connection of its own, from a load generator process.
 * Bounded in count and time (each request times out; the refresh has a
 * deadline). This process (the Slack stand-in, the inventory server) runs at a
 * lower priority from here on, as services on other machines would take none
 * of the bot's CPU; the part runs last. The bot's own event-loop lag over the
 * refresh (prom-client's histogram, reset by the scrape before it) is shown
 * beside: it includes the hundred commands' own work after their acks.
 */
import { setPriority } from 'node:os';
import { spawnBot, until } from '../../test/adapters/process/spawn-bot.ts';
import { freePort } from '../../test/support/free-port.ts';
import { startRedis } from '../../test/support/redis-server.ts';
import { startSlackStandIn } from '../../test/support/slack-standin.ts';
import { startAckGenerator } from './ack-generator-process.ts';
import { startInventoryServer } from './inventory-server.ts';
import { prepareCommand, sendCommand } from './signed-commands.ts';
import { percentile } from './stats.ts';

const SECRET = 'bench-signing-secret-0123456789';
const COMMANDS = 100;
const TEXTS = ['status', 'team Team Blue 2', 'trend', 'help'];
const REQUEST_TIMEOUT_MS = 10_000;
const REFRESH_DEADLINE_MS = 180_000;
const HARNESS_NICE = 10;
const WARM_BURSTS = 3;

/** Resolves once the stand-in has had no call for half a second: the commands sent so far are answered. */
async function settled(slack: { readonly calls: readonly unknown[] }): Promise<void> {
  let seen = -1;
  while (seen !== slack.calls.length) {
    seen = slack.calls.length;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface AckResult {
  readonly sent: number;
  readonly acked: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** The refresh was still running when the last ack arrived. */
  readonly duringRefresh: boolean;
  readonly refreshMs: number;
  /** Longest event-loop stall of the bot over the refresh (prom-client, 10 ms resolution). */
  readonly eventLoopMaxMs: number;
}

async function eventLoopMaxMs(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = /^java_migration_nodejs_eventloop_lag_max_seconds\s+([\d.e+-]+)/m.exec(text);
  return m ? Number(m[1]) * 1000 : Number.NaN;
}

export async function runAckLatency(first: string, second: string): Promise<AckResult> {
  // The stand-ins for Slack and the CMDB (this process) would be other machines: here they yield the
  // CPU to the bot and to the load generator (its own process, at the normal priority) when both want it.
  setPriority(HARNESS_NICE);
  const [slack, redis, generator] = await Promise.all([
    startSlackStandIn(),
    startRedis(),
    startAckGenerator(),
  ]);
  const inventory = await startInventoryServer(first);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const events = `${base}/slack/events`;
  const bot = spawnBot({
    SLACK_BOT_TOKEN: 'xoxb-bench-bot-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    INVENTORY_URL: inventory.url,
    REDIS_URL: redis.url,
    LOG_LEVEL: 'warn',
  });
  try {
    // Ready = Slack reached and a first inventory loaded (the bot's own warm-up at start-up).
    const ready = await until(
      async () => (await fetch(`${base}/readyz`).catch(() => null))?.status === 200,
      120_000,
    );
    if (!ready) throw new Error(`the bot did not get ready: ${bot.stderr.join('').slice(-800)}`);
    // Steady state first: one status answered in full (snapshot stored, heatmap drawn and uploaded).
    const warm = await sendCommand(
      events,
      prepareCommand(events, SECRET, 'status', slack.responseUrl(), 'C0WARM'),
      REQUEST_TIMEOUT_MS,
    );
    if (warm.status !== 200) throw new Error(`the first status was answered ${warm.status}`);
    await slack.waitFor('files.completeUploadExternal', (call) => call.body.channel_id === 'C0WARM', 60_000);
    const burst = (name: string) =>
      Array.from({ length: COMMANDS }, (_, i) =>
        prepareCommand(events, SECRET, TEXTS[i % TEXTS.length], slack.responseUrl(`${name}-${i}`)),
      );
    // A bot that has been up a while: the request path is compiled (not measured), the answers delivered.
    for (let round = 0; round < WARM_BURSTS; round++) {
      await generator.fire(events, burst(`warm${round}`), REQUEST_TIMEOUT_MS);
      await settled(slack);
    }
    inventory.serve(second);
    const commands = burst('burst');
    await eventLoopMaxMs(base); // resets the bot's lag histogram: what follows is the refresh alone
    const refreshStarted = performance.now();
    const bodyStarted = inventory.nextBodyStart();
    const refresh = await sendCommand(
      events,
      prepareCommand(events, SECRET, 'refresh', slack.responseUrl('refresh'), 'C0REFRESH'),
      REQUEST_TIMEOUT_MS,
    );
    if (refresh.status !== 200) throw new Error(`the refresh command was answered ${refresh.status}`);
    const refreshed = slack.waitFor(
      'chat.postMessage',
      (call) => call.body.channel === 'C0REFRESH',
      REFRESH_DEADLINE_MS,
    );
    await bodyStarted;
    const timings = await generator.fire(events, commands, REQUEST_TIMEOUT_MS);
    const lastAck = performance.now();
    await refreshed;
    const refreshEnded = performance.now();
    const lag = await eventLoopMaxMs(base);
    const ms = timings.map((t) => (t.status === 200 ? t.ms : Number.POSITIVE_INFINITY));
    return {
      sent: COMMANDS,
      acked: timings.filter((t) => t.status === 200).length,
      p50Ms: percentile(ms, 50),
      p99Ms: percentile(ms, 99),
      maxMs: Math.max(...ms),
      duringRefresh: lastAck < refreshEnded,
      refreshMs: refreshEnded - refreshStarted,
      eventLoopMaxMs: lag,
    };
  } finally {
    bot.kill('SIGTERM');
    await Promise.race([bot.exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (bot.child.exitCode === null) bot.kill('SIGKILL');
    generator.close();
    await Promise.all([inventory.close(), slack.close(), redis.close()]);
  }
}
