/**
 * Catch-up across a full outage: a replica declares the schedule and stops;
 * nothing runs through several slots; a replica starts again. Exactly one
 * digest follows for the missed time (the latest missed slot, once per
 * channel) and none for the older missed slots, although BullMQ still holds
 * an overdue job for the first of them.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createRedisClient } from '../../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../../src/adapters/store/create-redis-store.ts';
import { type DigestProcess, spawnDigestProcess } from '../../support/digest-processes.ts';
import { seedSeries } from '../../support/digest-setup.ts';
import { startRedis, type TestRedis } from '../../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';

const PERIOD_MS = 3_000;
const CHANNELS = ['C0ONE', 'C0TWO'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slotOf = (call: SlackCall) =>
  (call.body.metadata as { event_payload?: { slot?: string } } | undefined)?.event_payload?.slot ?? '?';

let redis: TestRedis;
let slack: SlackStandIn;
let procs: DigestProcess[] = [];

beforeEach(async () => {
  [redis, slack] = await Promise.all([startRedis(), startSlackStandIn()]);
  const client = createRedisClient(redis.url);
  await seedSeries(createRedisStore(client, 'jm-test:'));
  client.disconnect();
});

afterEach(async (context) => {
  await Promise.all(procs.map((p) => p.stop()));
  if (context.task.result?.state === 'fail')
    for (const p of procs) console.error(`--- ${p.name}\n${p.stderr()}`);
  procs = [];
  await Promise.all([redis.close(), slack.close()]);
});

function replica(name: string): DigestProcess {
  const p = spawnDigestProcess(name, {
    REDIS_URL: redis.url,
    SLACK_API_URL: slack.apiUrl,
    DIGEST_CRON: '*/3 * * * * *',
    DIGEST_TZ: 'UTC',
    DIGEST_CHANNELS: CHANNELS.join(','),
    CATCH_UP_MS: '60000',
    LOG_LEVEL: 'info',
  });
  procs.push(p);
  return p;
}

/** The slot the replica chose to catch up on, from its log. */
function catchUpSlotOf(p: DigestProcess): string | null {
  for (const line of p.stderr().split('\n')) {
    try {
      const entry = JSON.parse(line) as { msg?: string; slot?: string };
      if (entry.msg === 'digest: catching up on the latest slot') return entry.slot ?? null;
    } catch {
      // not a log line
    }
  }
  return null;
}

it('posts the latest missed slot once per channel, and nothing for older missed slots', async () => {
  const first = replica('before-outage');
  await first.ready;
  await first.stop();
  const down = Date.now();
  await sleep(2 * PERIOD_MS + 1_000);

  const second = replica('after-outage');
  await second.ready;
  const caughtUp = catchUpSlotOf(second);
  expect(caughtUp).not.toBeNull();
  const latestMissed = Date.parse(caughtUp ?? '');
  // At least two slots passed with nothing running: the older one(s) must stay unposted.
  expect(latestMissed - down).toBeGreaterThanOrEqual(PERIOD_MS);
  await slack.waitFor(
    'chat.postMessage',
    (c) => slotOf(c) === caughtUp && c.body.channel === CHANNELS[1],
    10_000,
  );
  await sleep(1_000);
  await second.stop();

  const missed = slack
    .callsTo('chat.postMessage')
    .filter(
      (c) => c.outcome === 'ok' && Date.parse(slotOf(c)) > down && Date.parse(slotOf(c)) <= latestMissed,
    )
    .map((c) => `${String(c.body.channel)} ${slotOf(c)}`)
    .sort();
  expect(missed).toEqual(CHANNELS.map((ch) => `${ch} ${caughtUp}`).sort());
}, 40_000);
