import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/adapters/store/create-file-store.ts';
import { createRedisClient } from '../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../src/adapters/store/create-redis-store.ts';
import { DigestIncompleteError } from '../../src/app/digest-incomplete-error.ts';
import { decodePng } from '../adapters/chart/fixtures/decode-png.ts';
import { digestSetup, runningClock } from '../support/digest-setup.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';

const SLOT = '2024-12-02T09:00:00.000Z';
const weekly = { cron: '0 9 * * 1', timezone: 'UTC' };
const CHANNELS = ['C0ONE', 'C0TWO'];
const slotOf = (call: SlackCall) =>
  (call.body.metadata as { event_payload?: { slot?: string } } | undefined)?.event_payload?.slot;
const posted = (slack: SlackStandIn) => slack.callsTo('chat.postMessage').filter((c) => c.outcome === 'ok');
const textOf = (call: SlackCall) => JSON.stringify(call.body.blocks);

let slack: SlackStandIn;
let dir: string;

beforeAll(async () => {
  slack = await startSlackStandIn();
});
afterAll(async () => {
  await slack.close();
});
beforeEach(() => {
  slack.reset();
  dir = mkdtempSync(join(tmpdir(), 'jm-digest-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fileSetup(overrides: Partial<Parameters<typeof digestSetup>[0]> = {}) {
  const clock = runningClock('2024-12-02T09:00:02.000Z');
  const store = createFileStore(dir);
  return {
    store,
    clock,
    make: () =>
      digestSetup({
        store,
        slackApiUrl: slack.apiUrl,
        schedule: weekly,
        channels: CHANNELS,
        clock,
        timing: { leaseMs: 600, pollMs: 50 },
        ...overrides,
      }),
  };
}

describe('digest service', () => {
  it('posts once to each configured and subscribed channel, with both charts in its thread', async () => {
    const { store, make } = fileSetup();
    await store.subscribe('C0SUB');
    const digest = await make();
    const run = await digest.postSlot(new Date(SLOT));
    expect(run.channels.map((c) => [c.channel, c.outcome])).toEqual([
      ['C0ONE', 'posted'],
      ['C0TWO', 'posted'],
      ['C0SUB', 'posted'],
    ]);
    const posts = posted(slack);
    expect(posts.map((p) => p.body.channel).sort()).toEqual(['C0ONE', 'C0SUB', 'C0TWO']);
    expect(posts.every((p) => slotOf(p) === SLOT)).toBe(true);
    // The previous slot is Mon 25 Nov 09:00: its snapshot (week 2) is the baseline.
    expect(textOf(posts[0])).toContain('Since the last digest* (Mon 25 Nov 2024): 2 migrated · 1 regressed');
    expect(textOf(posts[0])).toContain('&lt;!channel&gt; Ops');
    const files = slack.files();
    expect(files).toHaveLength(6);
    for (const p of posts) {
      const inThread = files.filter((f) => f.channelId === p.body.channel);
      const ts = run.channels.find((c) => c.channel === p.body.channel)?.detail;
      expect(inThread.map((f) => f.threadTs)).toEqual([ts, ts]);
      for (const f of inThread) expect((await decodePng(f.bytes)).width).toBeGreaterThan(300);
    }

    const again = await digest.postSlot(new Date(SLOT));
    expect(again.channels.every((c) => c.outcome === 'already-sent')).toBe(true);
    expect(posted(slack)).toHaveLength(3);
  });

  it('releases the lease once a post is recorded, so a second run learns "already posted" at once', async () => {
    // A lease far longer than the test: only its release lets the second run (and a third process) through.
    const { store, make } = fileSetup({ timing: { leaseMs: 60_000, pollMs: 50 } });
    const digest = await make();
    expect((await digest.postSlot(new Date(SLOT))).channels.map((c) => c.outcome)).toEqual([
      'posted',
      'posted',
    ]);
    const started = Date.now();
    const again = await digest.postSlot(new Date(SLOT));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(again.channels.map((c) => c.outcome)).toEqual(['already-sent', 'already-sent']);
    expect(posted(slack)).toHaveLength(2);
    // Released, not expired: anyone may take the lease now, and "sent" still stands.
    expect(await store.claimOnce(`digest:posting:${SLOT}:C0ONE`, 60_000)).toBe(true);
    expect(await store.claimOnce(`digest:sent:${SLOT}:C0ONE`, 1)).toBe(false);
  });

  it('keeps the lease of a post whose outcome is unknown, and frees that of a channel Slack refused', async () => {
    const { store, make } = fileSetup({ timing: { leaseMs: 60_000, pollMs: 50 } });
    slack.notInChannel('C0TWO');
    slack.fail('chat.postMessage', { status: 500 });
    const digest = await make();
    await expect(digest.postSlot(new Date(SLOT))).rejects.toBeInstanceOf(DigestIncompleteError);
    // C0ONE's post failed with a 500 (Slack may have taken it): its lease stands until it runs out.
    expect(await store.claimOnce(`digest:posting:${SLOT}:C0ONE`, 1_000)).toBe(false);
    // C0TWO answered not_in_channel (nothing posted): its lease is free again.
    expect(await store.claimOnce(`digest:posting:${SLOT}:C0TWO`, 1_000)).toBe(true);
  });

  it('adds the charts to a posted digest that has none (upload failed, or its poster died) on the retry, once', async () => {
    const { make } = fileSetup();
    // C0ONE's upload fails: "sent" is recorded, its charts are not, as when a poster is killed in between.
    slack.fail('files.completeUploadExternal', { error: 'internal_error' });
    const digest = await make();
    // Both messages are out; the slot is reported incomplete for C0ONE's charts, so the scheduler retries it.
    const first = digest.postSlot(new Date(SLOT));
    await expect(first).rejects.toBeInstanceOf(DigestIncompleteError);
    await expect(first).rejects.toThrow(/not posted to C0ONE \(its charts\) \(first error/);
    expect(posted(slack).map((p) => p.body.channel)).toEqual(['C0ONE', 'C0TWO']);
    const ts = posted(slack)[0].answer?.ts;
    expect(ts).toMatch(/^\d+\.\d+$/);
    const filesIn = (channel: string) => slack.files().filter((f) => f.channelId === channel);
    expect(filesIn('C0ONE')).toHaveLength(0);
    expect(filesIn('C0TWO')).toHaveLength(2);

    const again = await digest.postSlot(new Date(SLOT));
    expect(again.channels.map((c) => c.outcome)).toEqual(['already-sent', 'already-sent']);
    expect(filesIn('C0ONE').map((f) => f.threadTs)).toEqual([ts, ts]);
    for (const f of filesIn('C0ONE')) expect((await decodePng(f.bytes)).width).toBeGreaterThan(300);
    expect(filesIn('C0TWO')).toHaveLength(2);

    await digest.postSlot(new Date(SLOT));
    expect(slack.files()).toHaveLength(4);
    expect(posted(slack)).toHaveLength(2);
  });

  it('tells which channel it cannot post in and still posts the others', async () => {
    slack.notInChannel('C0TWO');
    const digest = await fileSetup().make();
    const run = await digest.postSlot(new Date(SLOT));
    expect(run.channels).toContainEqual({
      channel: 'C0TWO',
      outcome: 'cannot-post',
      detail: 'not_in_channel',
    });
    expect(posted(slack).map((p) => p.body.channel)).toEqual(['C0ONE']);
  });

  it('retries a channel Slack failed for, once its lease runs out, and only that channel', async () => {
    slack.fail('chat.postMessage', { status: 500 });
    const digest = await fileSetup().make();
    const first = digest.postSlot(new Date(SLOT));
    await expect(first).rejects.toBeInstanceOf(DigestIncompleteError);
    await expect(first).rejects.toThrow(/C0ONE/);
    const retry = await digest.postSlot(new Date(SLOT));
    expect(retry.channels.map((c) => c.outcome)).toEqual(['posted', 'already-sent']);
    expect(
      posted(slack)
        .map((p) => p.body.channel)
        .sort(),
    ).toEqual(['C0ONE', 'C0TWO']);
  });

  it('finishes the digest of a process that died holding the lease, once the lease runs out', async () => {
    const { store, make } = fileSetup();
    const digest = await make();
    // What a process killed mid-post leaves behind: its lease, and no "sent".
    expect(await store.claimOnce(`digest:posting:${SLOT}:C0ONE`, 800)).toBe(true);
    const started = Date.now();
    const run = await digest.postSlot(new Date(SLOT));
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(run.channels.map((c) => c.outcome)).toEqual(['posted', 'posted']);
    expect(posted(slack)).toHaveLength(2);
  });

  it('skips a slot older than the catch-up window, and catches up only on the latest slot inside it', async () => {
    const digest = await fileSetup({ catchUpMs: 3_600_000 }).make();
    expect(await digest.runScheduled(Date.parse(SLOT) - 2 * 3_600_000)).toBeNull();
    expect(posted(slack)).toHaveLength(0);
    expect(digest.catchUpSlot()?.toISOString()).toBe(SLOT);
    expect(digest.currentSlot().toISOString()).toBe(SLOT);
    const late = await digestSetup({
      store: createFileStore(dir),
      slackApiUrl: slack.apiUrl,
      schedule: weekly,
      channels: CHANNELS,
      clock: runningClock('2024-12-02T10:00:03.000Z'),
      catchUpMs: 3_600_000,
      seed: false,
    });
    expect(late.catchUpSlot()).toBeNull();
    expect(late.currentSlot().toISOString()).toBe(SLOT);
  });

  it('previews the next digest without claiming or posting anything', async () => {
    const digest = await fileSetup().make();
    const preview = await digest.preview();
    expect(preview.slot.toISOString()).toBe('2024-12-09T09:00:00.000Z');
    expect(preview.message.blocks[0]).toMatchObject({ type: 'header' });
    expect(preview.text).toContain('<!channel> Ops');
    // Owners of teams that need action are named without a mention: a preview notifies nobody.
    const shown = JSON.stringify(preview.message.blocks);
    expect(shown).toContain('`@U0RED`');
    expect(shown).not.toMatch(/<@|<!subteam/);
    expect(slack.calls).toHaveLength(0);
  });
});

describe('digest service on one Redis from two processes', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.close();
  });

  it('posts each channel once when both run the same slot at once', async () => {
    const clients = [createRedisClient(redis.url), createRedisClient(redis.url)];
    try {
      const stores = clients.map((c) => createRedisStore(c, 'jm-test:'));
      const clock = runningClock('2024-12-02T09:00:02.000Z');
      const common = { slackApiUrl: slack.apiUrl, schedule: weekly, channels: CHANNELS, clock };
      const timing = { leaseMs: 1_000, pollMs: 50 };
      const a = await digestSetup({ ...common, store: stores[0], timing });
      const b = await digestSetup({ ...common, store: stores[1], timing, seed: false });
      const runs = await Promise.all([a.postSlot(new Date(SLOT)), b.postSlot(new Date(SLOT))]);
      const outcomes = runs.flatMap((r) => r.channels.map((c) => `${c.channel}:${c.outcome}`)).sort();
      expect(outcomes).toEqual(['C0ONE:already-sent', 'C0ONE:posted', 'C0TWO:already-sent', 'C0TWO:posted']);
      expect(
        posted(slack)
          .map((p) => p.body.channel)
          .sort(),
      ).toEqual(['C0ONE', 'C0TWO']);
    } finally {
      for (const c of clients) c.disconnect();
    }
  });

  it('posts nothing while Redis is down (no claim, no post), and each channel once when it is back', async () => {
    const client = createRedisClient(redis.url);
    try {
      const digest = await digestSetup({
        store: createRedisStore(client, 'jm-down:'),
        slackApiUrl: slack.apiUrl,
        schedule: weekly,
        channels: CHANNELS,
        clock: runningClock('2024-12-02T09:00:02.000Z'),
        timing: { leaseMs: 500, pollMs: 50 },
      });
      await redis.stop();
      await expect(digest.postSlot(new Date(SLOT))).rejects.toBeInstanceOf(DigestIncompleteError);
      expect(posted(slack)).toHaveLength(0);
      await redis.start();
      // The request-path client reconnects by itself within about two seconds.
      let run = null;
      for (let i = 0; i < 40 && !run; i++) {
        run = await digest.postSlot(new Date(SLOT)).catch(() => null);
        if (!run) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(run?.channels.map((c) => c.outcome)).toEqual(['posted', 'posted']);
      expect(posted(slack).map((p) => p.body.channel)).toEqual(['C0ONE', 'C0TWO']);
    } finally {
      client.disconnect();
    }
  });
});
