/**
 * Part 4: slash-command acks while a cold 1M-host refresh runs. The real bot
 * runs as its own process (`src/main.ts`, buildApp in HTTP mode, as deployed)
 * against a Slack stand-in, Redis and a local inventory server. Once it has
 * loaded one export and answered a first status, it gets three unmeasured
 * bursts (a bot that has been up a while has its request path compiled).
 * Then three measured rounds (ack-round.ts): the export changes, a refresh
 * goes in, and while it streams, 100 signed commands go at once from a load
 * generator process. The figures are medians over the rounds of each round's
 * p50 / p99 / max, with every round's p99 and the worst ack shown beside.
 * Bounded in count and time (each request times out; each refresh has a
 * deadline). This process (the Slack stand-in, the inventory server) runs at a
 * lower priority from here on, as services on other machines would take none
 * of the bot's CPU; the part runs last. The bot's own event-loop lag over the
 * rounds (prom-client's histogram, reset by the scrape before them) is shown
 * beside: it includes the commands' own work after their acks.
 */
import { setPriority } from 'node:os';
import { spawnBot, until } from '../../test/adapters/process/spawn-bot.ts';
import { freePort } from '../../test/support/free-port.ts';
import { startRedis } from '../../test/support/redis-server.ts';
import { startSlackStandIn } from '../../test/support/slack-standin.ts';
import { startAckGenerator } from './ack-generator-process.ts';
import { startInventoryServer } from './inventory-server.ts';
import { type RoundResult, runAckRound } from './ack-round.ts';
import { prepareCommand, sendCommand } from './signed-commands.ts';
import { median, percentile } from './stats.ts';

const SECRET = 'bench-signing-secret-0123456789';
const COMMANDS = 100;
const TEXTS = ['status', 'team Team Blue 2', 'trend', 'help'];
const REQUEST_TIMEOUT_MS = 10_000;
const REFRESH_DEADLINE_MS = 180_000;
const HARNESS_NICE = 10;
const WARM_BURSTS = 3;
/** Measured rounds: one refresh and one burst each; the figures are medians over them. */
const ROUNDS = 3;

/** Resolves once the stand-in has had no call for half a second: the commands sent so far are answered. */
async function settled(slack: { readonly calls: readonly unknown[] }): Promise<void> {
  let seen = -1;
  while (seen !== slack.calls.length) {
    seen = slack.calls.length;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export interface AckResult {
  readonly rounds: number;
  /** Commands sent in all rounds, and acknowledged with a 200. */
  readonly sent: number;
  readonly acked: number;
  /** Median over the rounds of each round's p50 / p99 / max. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Each round's p99, and the highest ack of all rounds. */
  readonly roundP99Ms: readonly number[];
  readonly worstMs: number;
  /** Every refresh was still running when its burst's last ack arrived. */
  readonly duringRefresh: boolean;
  /** Median refresh time. */
  readonly refreshMs: number;
  /** Longest event-loop stall of the bot over the rounds (prom-client, 10 ms resolution). */
  readonly eventLoopMaxMs: number;
}

function summarizeRounds(rounds: readonly RoundResult[], eventLoopMaxMs: number): AckResult {
  const per = rounds.map((r) => r.timings.map((t) => (t.status === 200 ? t.ms : Number.POSITIVE_INFINITY)));
  const all = rounds.flatMap((r) => r.timings);
  return {
    rounds: rounds.length,
    sent: all.length,
    acked: all.filter((t) => t.status === 200).length,
    p50Ms: median(per.map((ms) => percentile(ms, 50))),
    p99Ms: median(per.map((ms) => percentile(ms, 99))),
    maxMs: median(per.map((ms) => Math.max(...ms))),
    roundP99Ms: per.map((ms) => percentile(ms, 99)),
    worstMs: Math.max(...per.flat()),
    duringRefresh: rounds.every((r) => r.duringRefresh),
    refreshMs: median(rounds.map((r) => r.refreshMs)),
    eventLoopMaxMs,
  };
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
    await eventLoopMaxMs(base); // resets the bot's lag histogram: what follows is the refreshes alone
    const setup = {
      events,
      secret: SECRET,
      slack,
      inventory,
      generator,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      refreshDeadlineMs: REFRESH_DEADLINE_MS,
    };
    const rounds: RoundResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // New content each round (the two exports in turn): every refresh parses, reports and snapshots.
      rounds.push(await runAckRound(setup, round, round % 2 ? second : first, burst(`round${round}`)));
      await settled(slack);
    }
    const lag = await eventLoopMaxMs(base);
    return summarizeRounds(rounds, lag);
  } finally {
    bot.kill('SIGTERM');
    await Promise.race([bot.exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (bot.child.exitCode === null) bot.kill('SIGKILL');
    generator.close();
    await Promise.all([inventory.close(), slack.close(), redis.close()]);
  }
}
