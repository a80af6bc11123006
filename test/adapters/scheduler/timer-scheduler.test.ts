/**
 * Without Redis a single process schedules the digest with a timer: every
 * slot once, the missed latest slot caught up at start, a Slack failure
 * retried. Real digest service, embedded file store, Slack stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createDigestScheduler } from '../../../src/adapters/scheduler/create-digest-scheduler.ts';
import { createChartRenderer } from '../../../src/adapters/chart/create-chart-renderer.ts';
import { createFileStore } from '../../../src/adapters/store/create-file-store.ts';
import { campaignFor, seriesSnapshots, weeklyDates } from '../../support/digest-series.ts';
import { digestSetup, SERIES_PLANS } from '../../support/digest-setup.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slotOf = (call: SlackCall) =>
  (call.body.metadata as { event_payload?: { slot?: string } } | undefined)?.event_payload?.slot ?? '?';
const PERIOD_MS = 2_000;
const everyTwoSeconds = { cron: '*/2 * * * * *', timezone: 'UTC' };

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
  dir = mkdtempSync(join(tmpdir(), 'jm-timer-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function scheduler() {
  const clock = { now: () => new Date() };
  const digest = await digestSetup({
    store: createFileStore(dir),
    slackApiUrl: slack.apiUrl,
    schedule: everyTwoSeconds,
    channels: ['C0ONE'],
    clock,
    catchUpMs: 60_000,
    timing: { leaseMs: 400, pollMs: 25 },
  });
  // Warm up (inventory read, snapshot, charts) so the first timed run is as quick as the others:
  // a run longer than the period would skip a slot, by design.
  await digest.preview();
  const [week] = seriesSnapshots(SERIES_PLANS, campaignFor(SERIES_PLANS, null), weeklyDates('2024-11-11', 1));
  await createChartRenderer().heatmap(week.report);
  return createDigestScheduler({
    digest,
    redisUrl: null,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    clock,
    tuning: { attempts: 3, backoffMs: 100 },
  });
}

it('posts every slot once, starting with the latest missed one', async () => {
  const s = await scheduler();
  expect(s.kind).toBe('timer');
  const start = Date.now();
  await s.start();
  await sleep(2 * PERIOD_MS + 1_300);
  const end = Date.now();
  await s.close();
  const slots = slack
    .callsTo('chat.postMessage')
    .filter((c) => c.outcome === 'ok')
    .map(slotOf);
  expect(new Set(slots).size).toBe(slots.length);
  // The latest slot before start (caught up), then every slot until close.
  const expected: string[] = [];
  for (let t = Math.floor(start / PERIOD_MS) * PERIOD_MS; t <= end - PERIOD_MS; t += PERIOD_MS)
    expected.push(new Date(t).toISOString());
  expect(expected.filter((slot) => !slots.includes(slot))).toEqual([]);
  expect(
    slots.filter((slot) => Date.parse(slot) < Date.parse(expected[0]) || Date.parse(slot) > end),
  ).toEqual([]);
});

it('retries a slot Slack failed, and posts it once', async () => {
  slack.fail('chat.postMessage', { status: 500 });
  const s = await scheduler();
  await s.start();
  const first = await slack.waitFor('chat.postMessage', (c) => c.outcome !== 'ok', 5_000);
  await slack.waitFor('chat.postMessage', (c) => c.outcome === 'ok' && slotOf(c) === slotOf(first), 5_000);
  await s.close();
  const okForSlot = slack
    .callsTo('chat.postMessage')
    .filter((c) => c.outcome === 'ok' && slotOf(c) === slotOf(first));
  expect(okForSlot).toHaveLength(1);
});
