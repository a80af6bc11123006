/**
 * Inventory server faults, each met by the real bot: after one good read
 * (stored as a snapshot in Redis), the export server refuses, hangs past the
 * timeout, fails, asks for a login, cuts the body off, sends far too much, a
 * gzip bomb or garbage, and a user runs `/java-migration refresh`. Each time:
 * the command is acknowledged at once, the user is told what happened in one
 * sentence, the answer is the last good snapshot with its time, and the
 * stored history is left as it was.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { blocksOf, headerPercent, messageText } from '../adapters/slack/read-blocks.ts';
import { faultTable } from './support/fault-table.ts';
import {
  type FaultInventory,
  type InventoryMode,
  startFaultInventory,
} from './support/fault-inventory-server.ts';
import { fleetCsv } from './support/fleet-csv.ts';
import { type FaultBot, startFaultBot } from './support/start-fault-bot.ts';
import { watchProcess } from './support/watch-process.ts';

const table = faultTable('inventory server faults');
const watch = watchProcess();
// Slack drops a command not acknowledged within 3 s: that is the bound for "at once".
const SLACK_ACK_MS = 3000;

let slack: SlackStandIn;
let redis: TestRedis;
let inventory: FaultInventory;
let bot: FaultBot;
let good: { percent: string | null; readAt: string; ids: string[] };

const storedIds = async () => (await bot.history.store.summaries()).map((s) => s.id);
const posted = (channel: string) => (c: SlackCall) =>
  c.method === 'chat.postMessage' && c.body.channel === channel && c.outcome === 'ok';
/** Sentences in a note: ends of sentence followed by a capital or the end (not `1.5 s` or a URL's dots). */
const sentences = (text: string) => (text.match(/[.!?](?=\s+[A-Z]|\s*$)/g) ?? []).length;
const fromTime = (note: string) => /read \d{4}-\d\d-\d\d (\d\d:\d\d UTC)/.exec(note)?.[1] ?? 'none';
const readTime = (text: string) => /Inventory read (\d\d:\d\d UTC)/.exec(text)?.[1] ?? '?';

beforeAll(async () => {
  [slack, redis] = await Promise.all([startSlackStandIn(), startRedis()]);
  inventory = await startFaultInventory(
    fleetCsv(['--hosts', '400', '--teams', '8', '--week', '6', '--seed', '8']),
  );
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url, redisUrl: redis.url });
  await bot.command('status', 'C0GOOD', slack.responseUrl('good'));
  const post = await slack.waitFor('chat.postMessage', posted('C0GOOD'));
  good = {
    percent: headerPercent(post.body),
    readAt: readTime(messageText(post.body)),
    ids: await storedIds(),
  };
}, 60_000);

afterAll(async () => {
  watch.stop();
  await bot?.stop();
  await Promise.all([slack?.close(), redis?.close(), inventory?.close()]);
});

/** What a user in the channel saw for one refresh while the server misbehaved. */
async function refreshDuring(mode: InventoryMode, channel: string) {
  await inventory.mode(mode);
  const ack = await bot.command('refresh', channel, slack.responseUrl(channel));
  const post = await slack.waitFor('chat.postMessage', posted(channel), 15_000);
  const notes = blocksOf(post.body)
    .filter((b) => b.type === 'context')
    .flatMap((b) => (b.elements as { text: string }[]).map((e) => e.text))
    .filter((t) => t.includes('last good snapshot'));
  return { ack, post, notes };
}

// Each fault, and the words that must say what happened.
const FAULTS: [InventoryMode, RegExp][] = [
  ['refused', /could not reach .*connection refused/],
  ['hang', /did not finish within 1\.5 s/],
  ['http-500', /500 Internal Server Error/],
  ['login-401', /401 Unauthorized/],
  ['truncated', /cut off/],
  ['oversized', /larger than the 2 MB limit/],
  ['gzip-bomb', /larger than the 2 MB limit/],
  ['garbage', /not CSV text/],
];

describe('inventory server faults', () => {
  it('the first good read was stored as a snapshot', () => {
    table.check(
      'good export (baseline)',
      { snapshots: 1, figures: 'shown' },
      { snapshots: good.ids.length, figures: good.percent === null ? 'missing' : 'shown' },
    );
  });

  it.each(FAULTS)(
    '%s: acknowledged at once, told in one sentence, last good snapshot, store unchanged',
    async (mode, cause) => {
      const channel = `C0INV${mode.replace(/\W/g, '').toUpperCase()}`;
      const { ack, post, notes } = await refreshDuring(mode, channel);
      const note = notes[0] ?? '';
      const after = await storedIds();
      table.check(
        `inventory ${mode}`,
        {
          ack: 200,
          fast: true,
          told: '1 sentence',
          cause: true,
          answer: 'last good',
          from: good.readAt,
          store: 'unchanged',
          html: false,
        },
        {
          ack: ack.status,
          fast: ack.ms < SLACK_ACK_MS,
          told: notes.length === 1 ? `${sentences(note)} sentence` : `${notes.length} notes`,
          cause: cause.test(note) || note.replace(/^.*fetch failed: /, '').slice(0, 90),
          answer:
            headerPercent(post.body) === good.percent ? 'last good' : `other (${headerPercent(post.body)})`,
          from: fromTime(note),
          store: JSON.stringify(after) === JSON.stringify(good.ids) ? 'unchanged' : `changed ${after.length}`,
          html: /<html|<form|&lt;html/i.test(note),
        },
      );
    },
  );

  it('a bot restarted while the export is broken answers from the stored snapshot', async () => {
    await inventory.mode('http-500');
    await bot.stop();
    bot = await startFaultBot({ slack, inventoryUrl: inventory.url, redisUrl: redis.url });
    const { ack, post, notes } = await refreshDuring('http-500', 'C0INVRESTART');
    table.check(
      'restart during an outage',
      { ack: 200, answer: 'last good', told: 1, from: good.readAt, store: 'unchanged' },
      {
        ack: ack.status,
        answer:
          headerPercent(post.body) === good.percent ? 'last good' : `other (${headerPercent(post.body)})`,
        told: notes.length,
        from: fromTime(notes[0] ?? ''),
        store: JSON.stringify(await storedIds()) === JSON.stringify(good.ids) ? 'unchanged' : 'changed',
      },
    );
  });

  it('when the server is good again the next refresh reads it (a newer export), without a note', async () => {
    inventory.setCsv(fleetCsv(['--hosts', '400', '--teams', '8', '--week', '10', '--seed', '8']));
    const { post, notes } = await refreshDuring('good', 'C0INVBACK');
    table.check(
      'server back (newer export)',
      { answer: 'fresh', notes: 0, snapshots: good.ids.length + 1 },
      {
        answer: headerPercent(post.body) !== good.percent ? 'fresh' : 'last good',
        notes: notes.length,
        snapshots: (await storedIds()).length,
      },
    );
  });

  it('a bot that never had a good read tells the user privately, and posts nothing', async () => {
    await inventory.mode('http-500');
    // No Redis, a fresh DATA_DIR: no last good snapshot anywhere.
    const fresh = await startFaultBot({ slack, inventoryUrl: inventory.url });
    try {
      const ack = await fresh.command('status', 'C0INVNEVER', slack.responseUrl('never'));
      const told = await slack.waitFor(
        'response_url',
        (c) => c.pathId === 'never' && c.outcome === 'ok',
        15_000,
      );
      const text = messageText(told.body);
      table.check(
        'no good read yet',
        { ack: 200, told: 'privately', cause: true, posted: 0 },
        {
          ack: ack.status,
          told: told.body.response_type === 'ephemeral' ? 'privately' : String(told.body.response_type),
          cause: /could not be fetched.*500 Internal Server Error/.test(text),
          posted: slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0INVNEVER').length,
        },
      );
    } finally {
      await fresh.stop();
    }
  });

  it('nothing escaped as an unhandled rejection', () => {
    table.check('inventory: unhandled rejections', { unhandled: 0 }, { unhandled: watch.unhandled.length });
  });
});
