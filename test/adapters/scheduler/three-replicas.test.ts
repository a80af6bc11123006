/**
 * Three replicas (real processes: digest service + BullMQ scheduler) share one
 * redis-server and a schedule that fires every 3 seconds. The Slack stand-in
 * counts posts: one per slot per channel, none lost, also when a replica is
 * SIGKILLed in the middle of a digest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisClient } from '../../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../../src/adapters/store/create-redis-store.ts';
import { type DigestProcess, spawnDigestProcess } from '../../support/digest-processes.ts';
import { seedSeries } from '../../support/digest-setup.ts';
import { startRedis, type TestRedis } from '../../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';

const PERIOD_MS = 3_000;
const CRON = '*/3 * * * * *';
const CONFIGURED = ['C0ONE', 'C0TWO'];
const ALL_CHANNELS = [...CONFIGURED, 'C0SUB'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slotOf = (call: SlackCall) =>
  (call.body.metadata as { event_payload?: { slot?: string } } | undefined)?.event_payload?.slot ?? '?';

/** ok posts per "channel slot". */
function postCounts(slack: SlackStandIn): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of slack.callsTo('chat.postMessage')) {
    if (c.outcome !== 'ok') continue;
    const key = `${String(c.body.channel)} ${slotOf(c)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Every 3-second slot in [from, to] (epoch ms), as ISO strings. */
function slotsBetween(from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = Math.ceil(from / PERIOD_MS) * PERIOD_MS; t <= to; t += PERIOD_MS)
    out.push(new Date(t).toISOString());
  return out;
}

let redis: TestRedis;
let slack: SlackStandIn;
let dir: string;
let procs: DigestProcess[] = [];

beforeEach(async () => {
  [redis, slack] = await Promise.all([startRedis(), startSlackStandIn()]);
  dir = mkdtempSync(join(tmpdir(), 'jm-replicas-'));
  const client = createRedisClient(redis.url);
  const store = createRedisStore(client, 'jm-test:');
  await seedSeries(store);
  await store.subscribe('C0SUB');
  client.disconnect();
});

afterEach(async (context) => {
  await Promise.all(procs.map((p) => p.stop()));
  if (context.task.result?.state === 'fail')
    for (const p of procs) console.error(`--- ${p.name}\n${p.stderr()}`);
  procs = [];
  await Promise.all([redis.close(), slack.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function spawnReplicas(count: number): DigestProcess[] {
  procs = Array.from({ length: count }, (_, i) =>
    spawnDigestProcess(`replica-${i + 1}`, {
      REDIS_URL: redis.url,
      DATA_DIR: dir,
      SLACK_API_URL: slack.apiUrl,
      DIGEST_CRON: CRON,
      DIGEST_TZ: 'UTC',
      DIGEST_CHANNELS: CONFIGURED.join(','),
      CATCH_UP_MS: '60000',
      LEASE_MS: '2000',
      POLL_MS: '100',
      LOCK_MS: '2000',
      STALLED_MS: '1000',
    }),
  );
  return procs;
}

/** Every slot fired in [from, to] was posted exactly once per channel, and nothing was posted twice. */
function expectExactlyOnce(from: number, to: number) {
  const counts = postCounts(slack);
  const twice = [...counts].filter(([, n]) => n !== 1);
  expect(twice).toEqual([]);
  const expected = slotsBetween(from, to);
  expect(expected.length).toBeGreaterThanOrEqual(2);
  const missing = expected
    .flatMap((slot) => ALL_CHANNELS.map((ch) => `${ch} ${slot}`))
    .filter((k) => !counts.has(k));
  expect(missing).toEqual([]);
}

describe('three replicas on one Redis', () => {
  it('post each slot once per channel', async () => {
    const replicas = spawnReplicas(3);
    await Promise.all(replicas.map((p) => p.ready));
    const from = Date.now();
    await sleep(4 * PERIOD_MS);
    const to = Date.now() - PERIOD_MS; // the last slot may still be posting
    await Promise.all(replicas.map((p) => p.stop()));
    expectExactlyOnce(from, to);
    // The work was shared: more than one replica posted.
    const posters = new Set(slack.callsTo('chat.postMessage').map((c) => c.token));
    expect(posters.size).toBeGreaterThan(1);
  }, 30_000);

  it('finish the digests of replicas killed mid-digest, without posting anything twice', async () => {
    const replicas = spawnReplicas(3);
    await Promise.all(replicas.map((p) => p.ready));
    const from = Date.now();
    const victimOf = (call: SlackCall) => {
      const victim = replicas.find((p) => p.token === call.token);
      if (!victim) throw new Error(`no replica with token ${call.token}`);
      return victim;
    };
    // Killed while uploading the charts of a message Slack already has: that message must not come again.
    slack.fail('upload', { hang: true });
    const hungUpload = await slack.waitFor('upload', (c) => c.outcome === 'hang', 10_000);
    await victimOf(hungUpload).kill();
    // Killed before Slack answered its post: another replica must post it.
    slack.fail('chat.postMessage', { hang: true });
    const hungPost = await slack.waitFor('chat.postMessage', (c) => c.outcome === 'hang', 10_000);
    await victimOf(hungPost).kill();
    // A killed replica's job moves on once its lock (2 s) and leases (2 s) run out; then a few more slots
    // (at least three periods after `from` in all, however long the hangs above took on a busy machine).
    await sleep(Math.max(8_000, from + 4 * PERIOD_MS - Date.now()));
    const to = Date.now() - PERIOD_MS;
    await Promise.all(replicas.map((p) => p.stop()));
    expectExactlyOnce(from, to);
    expect(postCounts(slack).get(`${String(hungPost.body.channel)} ${slotOf(hungPost)}`)).toBe(1);
  }, 50_000);
});
