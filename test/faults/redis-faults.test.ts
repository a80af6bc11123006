/**
 * Redis faults met by the real bot (one bot for the whole file, never
 * restarted): Redis down before the bot starts, then up; killed in the middle
 * of a command; restarted empty. Commands always answer, say when history is
 * unavailable, and history comes back by itself; nothing escapes as an
 * unhandled rejection.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { spawnBot, until } from '../adapters/process/spawn-bot.ts';
import { blocksOf, headerPercent, messageText } from '../adapters/slack/read-blocks.ts';
import { freePort } from '../support/free-port.ts';
import { postSigned, slashCommandBody } from '../support/signed-request.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { type FaultInventory, startFaultInventory } from './support/fault-inventory-server.ts';
import { faultTable } from './support/fault-table.ts';
import { fleetCsv } from './support/fleet-csv.ts';
import { BOT_TOKEN, type FaultBot, SIGNING_SECRET, startFaultBot } from './support/start-fault-bot.ts';
import { watchProcess } from './support/watch-process.ts';

const table = faultTable('Redis faults');
const watch = watchProcess();

let slack: SlackStandIn;
let redis: TestRedis;
let inventory: FaultInventory;
let bot: FaultBot;
let seq = 0;

beforeAll(async () => {
  [slack, redis] = await Promise.all([startSlackStandIn(), startRedis()]);
  inventory = await startFaultInventory(
    fleetCsv(['--hosts', '300', '--teams', '6', '--week', '5', '--seed', '4']),
  );
  await redis.stop();
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url, redisUrl: redis.url });
}, 60_000);

afterAll(async () => {
  watch.stop();
  await bot?.stop();
  await Promise.all([slack?.close(), redis?.close(), inventory?.close()]);
});

const contextTexts = (call: SlackCall) =>
  blocksOf(call.body)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements as { text: string }[]).map((e) => e.text));

/** Run a command in a fresh channel; what the channel saw. */
async function run(text: string) {
  const channel = `C0REDIS${++seq}`;
  const ack = await bot.command(text, channel, slack.responseUrl(channel));
  const post = await slack.waitFor(
    'chat.postMessage',
    (c) => c.body.channel === channel && c.outcome === 'ok',
    15_000,
  );
  const notes = contextTexts(post).filter((t) => t.includes('History unavailable'));
  return {
    ack: ack.status,
    // Status carries the fleet percent in its header; the trend message a header of its own.
    answered:
      headerPercent(post.body) !== null || (text === 'trend' && blocksOf(post.body)[0]?.type === 'header')
        ? 'figures'
        : 'no figures',
    note: notes.length ? 'history unavailable' : 'none',
  };
}

/** Redis reachable again: commands until one comes back without the note (the client reconnects within ~2 s). */
async function untilHistoryBack() {
  for (let attempt = 0; attempt < 10; attempt++) {
    const seen = await run('status');
    if (seen.note === 'none') return seen;
    await new Promise((r) => setTimeout(r, 500));
  }
  return run('status');
}

const snapshots = async () => (await bot.history.store.summaries()).length;

describe('Redis faults', () => {
  it('Redis stopped before start-up: the bot starts and answers, without history, and says so', async () => {
    table.check(
      'redis down at start-up',
      { ack: 200, answered: 'figures', note: 'history unavailable' },
      await run('status'),
    );
  });

  it('Redis started: history comes back without restarting the bot', async () => {
    await redis.start();
    const seen = await untilHistoryBack();
    table.check(
      'redis up again (no bot restart)',
      { ack: 200, answered: 'figures', note: 'none', snapshots: 1 },
      { ...seen, snapshots: await snapshots() },
    );
  });

  it('Redis killed in the middle of a command: that command still answers, and says so', async () => {
    const arrived = inventory.delayNext(400);
    const seen = run('refresh');
    await arrived;
    await redis.stop();
    table.check(
      'redis killed mid-command',
      { ack: 200, answered: 'figures', note: 'history unavailable' },
      await seen,
    );
  });

  it('trend while Redis is down answers with the current point and the note', async () => {
    table.check(
      'trend while redis is down',
      { ack: 200, answered: 'figures', note: 'history unavailable' },
      await run('trend'),
    );
  });

  it('Redis restarted (empty): history recovers by itself and the current read is stored again', async () => {
    await redis.start();
    const seen = await untilHistoryBack();
    table.check(
      'redis restarted empty',
      { ack: 200, answered: 'figures', note: 'none', snapshots: 1 },
      { ...seen, snapshots: await snapshots() },
    );
  });

  it('the bot process (src/main.ts) starts with Redis down, answers, stays up, and is ready once Redis is', async () => {
    await redis.stop();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const proc = spawnBot({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      INVENTORY_URL: inventory.url,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
    });
    try {
      const up = await until(async () => (await fetch(`${base}/healthz`)).status === 200, 30_000);
      const readyWhileDown = (await fetch(`${base}/readyz`)).status;
      await postSigned(
        `${base}/slack/events`,
        SIGNING_SECRET,
        slashCommandBody({
          text: 'status',
          channel_id: 'C0REDISPROC',
          response_url: slack.responseUrl('rp'),
        }),
      );
      const post = await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C0REDISPROC', 20_000);
      await redis.start();
      const readyAfter = await until(async () => (await fetch(`${base}/readyz`)).status === 200, 20_000);
      table.check(
        'bot process with redis down at start-up',
        { healthz: true, readyz: 503, answered: 'with note', readyAfterRedis: true, alive: true },
        {
          healthz: up,
          readyz: readyWhileDown,
          answered: messageText(post.body).includes('History unavailable') ? 'with note' : 'without note',
          readyAfterRedis: readyAfter,
          alive: proc.child.exitCode === null,
        },
      );
    } finally {
      proc.kill('SIGKILL');
      await proc.exited;
    }
  }, 60_000);

  it('nothing escaped as an unhandled rejection or exception', () => {
    table.check('redis: unhandled rejections', { unhandled: 0 }, { unhandled: watch.unhandled.length });
  });
});
