/**
 * Forged and broken requests at the bot's HTTP endpoint: unsigned, a wrong
 * signature, a signature over another body, a 6-minute-old timestamp, a
 * missing header, an oversized body and malformed form data. Each is refused
 * with 401 or 400, and nothing reaches Slack.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { postSigned, slackSignature, slashCommandBody } from '../support/signed-request.ts';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { type FaultInventory, startFaultInventory } from './support/fault-inventory-server.ts';
import { faultTable } from './support/fault-table.ts';
import { fleetCsv } from './support/fleet-csv.ts';
import { type FaultBot, SIGNING_SECRET, startFaultBot } from './support/start-fault-bot.ts';
import { watchProcess } from './support/watch-process.ts';

const table = faultTable('forged and broken requests');
const watch = watchProcess();

let slack: SlackStandIn;
let inventory: FaultInventory;
let bot: FaultBot;

beforeAll(async () => {
  slack = await startSlackStandIn();
  inventory = await startFaultInventory(fleetCsv(['--hosts', '100', '--teams', '3', '--seed', '2']));
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url });
}, 60_000);

afterAll(async () => {
  watch.stop();
  await bot?.stop();
  await Promise.all([slack?.close(), inventory?.close()]);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const body = (channel: string) =>
  slashCommandBody({ text: 'status', channel_id: channel, response_url: slack.responseUrl(channel) });
const now = () => Math.floor(Date.now() / 1000);

/** POST raw with the given headers. */
function post(headers: Record<string, string>, payload: string | Buffer): Promise<Response> {
  return fetch(bot.eventsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: payload,
  });
}

/** Signed correctly, whatever the body. */
function signedHeaders(payload: string): Record<string, string> {
  const ts = now();
  return {
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': slackSignature(SIGNING_SECRET, ts, payload),
  };
}

// The status each request gets: 401 for anything not signed by Slack (Bolt checks that before reading
// the form), 413 for a body over the receiver's limit (signed or not), 400 for a signed body that is no form.
const CASES: [string, number, (channel: string) => Promise<Response>][] = [
  ['unsigned', 401, (ch) => postSigned(bot.eventsUrl, SIGNING_SECRET, body(ch), { unsigned: true })],
  [
    'wrong signature',
    401,
    (ch) => postSigned(bot.eventsUrl, SIGNING_SECRET, body(ch), { secret: 'not-the-secret-at-all' }),
  ],
  [
    'signature over a tampered body',
    401,
    (ch) => postSigned(bot.eventsUrl, SIGNING_SECRET, body(ch), { signedBody: body('C0SIGNEDTHIS') }),
  ],
  [
    'timestamp 6 minutes old',
    401,
    (ch) => postSigned(bot.eventsUrl, SIGNING_SECRET, body(ch), { ageSeconds: 360 }),
  ],
  [
    'timestamp header missing',
    401,
    (ch) => {
      const { 'x-slack-signature': signature } = signedHeaders(body(ch));
      return post({ 'x-slack-signature': signature }, body(ch));
    },
  ],
  ['signature header missing', 401, (ch) => post({ 'x-slack-request-timestamp': String(now()) }, body(ch))],
  [
    'garbage signature header',
    401,
    (ch) => post({ 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=zz' }, body(ch)),
  ],
  [
    'oversized body, unsigned (8 MiB)',
    413,
    (ch) => post({}, `${body(ch)}&pad=${'x'.repeat(8 * 1024 * 1024)}`),
  ],
  [
    'oversized body, signed (8 MiB)',
    413,
    (ch) => {
      const big = `${body(ch)}&text=${'x'.repeat(8 * 1024 * 1024)}`;
      return post(signedHeaders(big), big);
    },
  ],
  [
    'malformed form data, signed',
    400,
    () => {
      const bad = 'payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%ZZ';
      return post(signedHeaders(bad), bad);
    },
  ],
  [
    'interaction payload that is not JSON, signed',
    400,
    () => {
      const bad = 'payload=this-is-not-json';
      return post(signedHeaders(bad), bad);
    },
  ],
];

describe('forged and broken requests', () => {
  it.each(CASES)('%s: refused with %i, nothing posted', async (name, expectedStatus, send) => {
    const channel = `C0REQ${CASES.findIndex(([n]) => n === name)}`;
    const before = slack.calls.length;
    let status: number | string;
    try {
      const res = await send(channel);
      status = res.status;
      await res.arrayBuffer();
    } catch (error) {
      // The server may cut an oversized upload off before answering.
      status = `connection closed (${(error as Error).message})`;
    }
    // Anything the request set off would reach the stand-in within this.
    await sleep(300);
    // A server may answer 413 and close before an oversized body is all sent: the client then sees the close.
    const refusedEarly = expectedStatus === 413 && typeof status === 'string';
    const shown = (code: number) => (code === 413 ? '413 or closed early' : String(code));
    table.check(
      `request: ${name}`,
      { status: shown(expectedStatus), posted: 0 },
      {
        status: refusedEarly ? shown(413) : typeof status === 'number' ? shown(status) : status,
        posted: slack.calls.length - before,
      },
    );
  });

  it('a correctly signed command still works after all that', async () => {
    const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, body('C0REQOK'));
    const posted = await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C0REQOK', 15_000);
    table.check(
      'request: signed (control)',
      { status: 200, posted: 'ok' },
      { status: res.status, posted: posted.outcome },
    );
  });

  it('nothing escaped as an unhandled rejection or exception', () => {
    table.check('requests: unhandled rejections', { unhandled: 0 }, { unhandled: watch.unhandled.length });
  });
});
