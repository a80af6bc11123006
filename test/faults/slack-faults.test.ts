/**
 * Slack Web API faults met by the real bot: a 429 with Retry-After, a 500
 * once and for good, a file upload that never answers, `not_in_channel`,
 * `channel_not_found`; and, as a separate process, a bot token Slack rejects
 * at start-up (one clear log line, non-zero exit).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { spawnBot } from '../adapters/process/spawn-bot.ts';
import { headerPercent, messageText } from '../adapters/slack/read-blocks.ts';
import { freePort } from '../support/free-port.ts';
import { startRedis, type TestRedis } from '../support/redis-server.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { type FaultInventory, startFaultInventory } from './support/fault-inventory-server.ts';
import { faultTable } from './support/fault-table.ts';
import { fleetCsv } from './support/fleet-csv.ts';
import { type FaultBot, startFaultBot } from './support/start-fault-bot.ts';
import { watchProcess } from './support/watch-process.ts';

const table = faultTable('Slack Web API faults');
const watch = watchProcess();

let slack: SlackStandIn;
let redis: TestRedis;
let inventory: FaultInventory;
let bot: FaultBot;
let seq = 0;

beforeAll(async () => {
  [slack, redis] = await Promise.all([startSlackStandIn(), startRedis()]);
  inventory = await startFaultInventory(
    fleetCsv(['--hosts', '300', '--teams', '6', '--week', '5', '--seed', '6']),
  );
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url, redisUrl: redis.url });
}, 60_000);

afterAll(async () => {
  watch.stop();
  await bot?.stop();
  await Promise.all([slack?.close(), redis?.close(), inventory?.close()]);
});

const place = () => {
  seq += 1;
  return { channel: `C0SLACK${seq}`, id: `slack-${seq}` };
};
const inChannel = (channel: string) => (c: SlackCall) => c.body.channel === channel;
const toUser = (id: string) => (c: SlackCall) => c.pathId === id && c.outcome === 'ok';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait for the command's log line (one per command, at its end): the work is over. */
async function commandDone(channel: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = bot.logs.find((l) => l.obj.channel === channel && typeof l.obj.outcome === 'string');
    if (line) return String(line.obj.outcome);
    await sleep(50);
  }
  return 'still running';
}

describe('Slack Web API faults', () => {
  it('429 with Retry-After: retried after the wait, posted once', async () => {
    const where = place();
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const ack = await bot.command('status', where.channel, slack.responseUrl(where.id));
    const outcome = await commandDone(where.channel);
    const posts = slack.callsTo('chat.postMessage').filter(inChannel(where.channel));
    table.check(
      'slack 429 Retry-After 1',
      { ack: 200, attempts: 'http 429,ok', posted: 1, outcome: 'ok' },
      {
        ack: ack.status,
        attempts: posts.map((c) => c.outcome).join(','),
        posted: posts.filter((c) => c.outcome === 'ok').length,
        outcome,
      },
    );
  });

  it('500 once: retried, posted once', async () => {
    const where = place();
    slack.fail('chat.postMessage', { status: 500 });
    await bot.command('status', where.channel, slack.responseUrl(where.id));
    const outcome = await commandDone(where.channel);
    const posts = slack.callsTo('chat.postMessage').filter(inChannel(where.channel));
    table.check(
      'slack 500 once',
      { attempts: 'http 500,ok', posted: 1, outcome: 'ok' },
      {
        attempts: posts.map((c) => c.outcome).join(','),
        posted: posts.filter((c) => c.outcome === 'ok').length,
        outcome,
      },
    );
  });

  it('500 for good: the user is told privately, with the figures, and it is logged', async () => {
    const where = place();
    slack.fail('chat.postMessage', { status: 500 }, 3);
    await bot.command('status', where.channel, slack.responseUrl(where.id));
    const outcome = await commandDone(where.channel);
    const told = slack.callsTo('response_url').filter(toUser(where.id));
    const text = told.map((c) => messageText(c.body)).join('\n');
    table.check(
      'slack 500 persisting',
      { posted: 0, told: 'privately', figures: true, logged: true, outcome: 'slack_error' },
      {
        posted: slack
          .callsTo('chat.postMessage')
          .filter((c) => inChannel(where.channel)(c) && c.outcome === 'ok').length,
        told: /Slack is busy/.test(text) ? 'privately' : 'no',
        figures: told.some((c) => headerPercent(c.body) !== null),
        logged: bot.logs.some((l) => l.level === 'error' && l.obj.channel === where.channel),
        outcome,
      },
    );
  });

  it('a hung upload: the report stays posted, the user is told the chart could not be uploaded, the command ends', async () => {
    const where = place();
    slack.fail('upload', { hang: true }, 5);
    await bot.command('status', where.channel, slack.responseUrl(where.id));
    const outcome = await commandDone(where.channel, 30_000);
    const told = slack.callsTo('response_url').filter(toUser(where.id));
    table.check(
      'slack upload hangs',
      { report: 'posted', told: 'could not upload', files: 0, outcome: 'ok' },
      {
        report: slack
          .callsTo('chat.postMessage')
          .some((c) => inChannel(where.channel)(c) && c.outcome === 'ok')
          ? 'posted'
          : 'missing',
        told: told.some((c) => /could not upload/.test(messageText(c.body))) ? 'could not upload' : 'no',
        files: slack.files().filter((f) => f.channelId === where.channel).length,
        outcome,
      },
    );
  });

  it.each([
    ['not_in_channel', /invite me/],
    ['channel_not_found', /private channel/],
  ] as const)(
    '%s: answered privately with what to do and the figures; nothing posted',
    async (error, hint) => {
      const where = place();
      slack.notInChannel(where.channel, error);
      await bot.command('status', where.channel, slack.responseUrl(where.id));
      const outcome = await commandDone(where.channel);
      const told = slack.callsTo('response_url').filter(toUser(where.id));
      table.check(
        `slack ${error}`,
        { posted: 0, told: 'what to do', figures: true, outcome: 'not_in_channel' },
        {
          posted: slack
            .callsTo('chat.postMessage')
            .filter((c) => inChannel(where.channel)(c) && c.outcome === 'ok').length,
          told: told.some((c) => hint.test(messageText(c.body))) ? 'what to do' : 'no',
          figures: told.some((c) => headerPercent(c.body) !== null),
          outcome,
        },
      );
    },
  );

  it('an invalid bot token at start-up: one clear log line, non-zero exit', async () => {
    slack.fail('auth.test', { error: 'invalid_auth' });
    const token = 'xoxb-fault-suite-rejected-token';
    const proc = spawnBot({
      SLACK_BOT_TOKEN: token,
      SLACK_SIGNING_SECRET: 'fault-suite-signing-secret-0123456789',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(await freePort()),
      INVENTORY_URL: inventory.url,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
    });
    const code = await Promise.race([proc.exited, sleep(30_000).then(() => 'still running')]);
    if (code === 'still running') proc.kill('SIGKILL');
    const records = proc.lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as { level: number | string; msg: string }];
      } catch {
        return [];
      }
    });
    // Levels are written as labels ("fatal"); numbers are pino's default.
    const errors = records.filter(
      (r) => ['error', 'fatal'].includes(String(r.level)) || Number(r.level) >= 50,
    );
    const all = [...proc.lines, ...proc.stderr].join('\n');
    table.check(
      'slack invalid token at start-up',
      { exit: 'non-zero', errorLines: 1, says: 'check SLACK_BOT_TOKEN', tokenLogged: false },
      {
        exit: typeof code === 'number' && code !== 0 ? 'non-zero' : String(code),
        errorLines: errors.length,
        says: errors.some((r) => r.msg.includes('invalid_auth') && r.msg.includes('check SLACK_BOT_TOKEN'))
          ? 'check SLACK_BOT_TOKEN'
          : (errors[0]?.msg ?? 'nothing'),
        tokenLogged: all.includes(token),
      },
    );
  });

  it('nothing escaped as an unhandled rejection or exception', () => {
    table.check('slack: unhandled rejections', { unhandled: 0 }, { unhandled: watch.unhandled.length });
  });
});
