/**
 * Hostile text, in the inventory and in command arguments: Slack mention and
 * link syntax, mrkdwn, very long names, control characters, newlines and
 * right-to-left marks. Every text and block the bot sends (channel posts,
 * private answers, acks, file comments) is checked: nothing pings, links or
 * breaks the layout, and all stays inside Slack's limits. The pending hosts
 * CSV neutralises cells that a spreadsheet would run as formulas.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { interactionBody, postSigned } from '../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { type FaultInventory, startFaultInventory } from './support/fault-inventory-server.ts';
import { faultTable } from './support/fault-table.ts';
import { fleetCsv } from './support/fleet-csv.ts';
import { parseCsv } from './support/parse-csv.ts';
import { postedProblems, textProblems } from './support/posted-text-problems.ts';
import { type FaultBot, SIGNING_SECRET, startFaultBot } from './support/start-fault-bot.ts';

const table = faultTable('hostile text');

const HOSTILE_TEAMS = [
  '<!channel> Ops',
  '<!here|here> <@U0ADMIN|admin> <!subteam^S0ADMINS>',
  '<https://evil.example|Click me> <#C0SECRET>',
  '*bold* _it_ ~strike~ `code` ```block``` > quote',
  `Team ${'W'.repeat(3000)}`,
  'Team\nINJECTED line\r\n* fake bullet',
  'Team \u001b[31mred\u001b[0m \u0007bell\u0008',
  'Team\u202eEvil\u2066 \u200fמחלקה\u200e',
  'R&D &amp; <b>bold</b>',
];
const HOSTS_TEAM = 'Team Hosts';
/** Pending hosts of HOSTS_TEAM: id, environment, distribution, version; cells a spreadsheet would run. */
const HOSTILE_HOSTS: [string, string, string, string][] = [
  ['=HYPERLINK("https://evil.example","x")', 'LIVE', 'Debian 9.7', '8u212-b04-2'],
  ['+1+1', '-2+3', '@SUM(A1:A9)', '1.8.0_202'],
  ['-cmd', '<!channel>', '<https://evil.example|x>', '=1+1'],
  ['@evil', 'QA\u202e', 'Debian\nINJECTED', '+8.202.b08-66'],
];
const FORMULA = /^[=+\-@\t\r]/;

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** A fleetgen export with its teams renamed to hostile names and hostile hosts added to one team. */
function hostileExport(): string {
  const csv = fleetCsv(['--hosts', '600', '--teams', '10', '--week', '6', '--seed', '11']);
  const [header, ...rows] = csv.trim().split('\n');
  const teams = [...new Set(rows.map((r) => r.split(',')[4]))].sort();
  const rename = new Map(teams.map((t, i) => [t, HOSTILE_TEAMS[i] ?? HOSTS_TEAM]));
  const out = rows.map((r) => {
    const f = r.split(',');
    f[4] = rename.get(f[4]) ?? f[4];
    return f.map(csvField).join(',');
  });
  const seen = rows[0].split(',')[5];
  for (const [id, env, distro, version] of HOSTILE_HOSTS)
    out.push([id, distro, 'amd64', env, HOSTS_TEAM, seen, seen, version].map(csvField).join(','));
  return `${header}\n${out.join('\n')}\n`;
}

const COMMANDS = [
  '',
  ...HOSTILE_TEAMS.map((t) => `team ${t}`),
  `team ${HOSTS_TEAM}`,
  'team <!channel>',
  'team &lt;!channel&gt;',
  'team <@U0ADMIN|admin>',
  'team <https://evil.example|x>',
  `team ${'Z'.repeat(5000)}`,
  'team a\u0007b\u001bc\nINJECTED',
  'team \u202eevil\u2066',
  'team ops',
  'deploy <!everyone> *now* <https://evil.example|x>',
  `${'Q'.repeat(4000)} <!channel>`,
];

let slack: SlackStandIn;
let inventory: FaultInventory;
let bot: FaultBot;
const acks: string[] = [];
/** Commands whose work (after the ack) ended, by the bot's one log line per command. */
let finished = 0;

beforeAll(async () => {
  slack = await startSlackStandIn();
  inventory = await startFaultInventory(hostileExport());
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url, workingNoticeMs: 0 });
  // One channel per command; commands run one after another so each finishes before the next.
  for (const [i, text] of COMMANDS.entries()) {
    const channel = `C0HOST${i}`;
    const ack = await bot.command(text, channel, slack.responseUrl(`hostile-${i}`));
    acks.push(ack.body);
    if (await commandEnded(channel)) finished += 1;
  }
}, 200_000);

afterAll(async () => {
  await bot?.stop();
  await Promise.all([slack?.close(), inventory?.close()]);
});

async function commandEnded(channel: string): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (bot.logs.some((l) => l.obj.channel === channel && typeof l.obj.outcome === 'string')) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

const summarize = (problems: string[]) => (problems.length ? `${problems.length}: ${problems[0]}` : 'none');

describe('hostile text', () => {
  it('the checks would catch the raw names (they can fail)', () => {
    const caught = HOSTILE_TEAMS.filter((t) => textProblems(`*Teams*\n${t}`).length > 0);
    // Not flagged raw: the mrkdwn name (its code fences pair up), the long name and `R&D &amp; <b>`;
    // they are in the inventory to break layout and limits, which the block checks cover.
    table.check('checker sensitivity', { caught: HOSTILE_TEAMS.length - 3 }, { caught: caught.length });
  });

  it('every team in the inventory made it into the report', () => {
    const teamReports = slack
      .callsTo('chat.postMessage')
      .filter((c: SlackCall) => c.outcome === 'ok' && /C0HOST([1-9]|10)$/.test(String(c.body.channel)));
    table.check(
      'hostile inventory: team reports posted',
      { posted: HOSTILE_TEAMS.length + 1 },
      { posted: teamReports.length },
    );
  });

  it('channel posts, private answers and files: nothing pings, links or breaks the layout', () => {
    table.check(
      'hostile text: posts and files',
      { problems: 'none', commandsDone: COMMANDS.length },
      { problems: summarize(postedProblems(slack.calls)), commandsDone: finished },
    );
  });

  it('the acks (help and usage, answered in the HTTP response) are just as safe', () => {
    const texts = acks.filter(Boolean).flatMap((body) => {
      const json = JSON.parse(body) as { text?: string; blocks?: unknown[] };
      return [String(json.text ?? ''), JSON.stringify(json.blocks ?? [])];
    });
    table.check(
      'hostile text: usage acks',
      { problems: 'none', acks: 2 },
      { problems: summarize(texts.flatMap((t) => textProblems(t))), acks: texts.length / 2 },
    );
  });

  it('the pending hosts CSV neutralises formula cells', async () => {
    const messageTs = '1733130000.777777';
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      interactionBody({
        actionId: 'jm_pending_csv',
        value: `team:${HOSTS_TEAM}`,
        response_url: slack.responseUrl('hostile-csv'),
        channel_id: 'C0HOSTCSV',
        message_ts: messageTs,
      }),
    );
    await slack.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === 'C0HOSTCSV', 15_000);
    const file = slack.files().find((f) => f.channelId === 'C0HOSTCSV');
    const cells = parseCsv(file?.bytes.toString('utf8') ?? '').flat();
    const planted = HOSTILE_HOSTS.flat().filter((v) => FORMULA.test(v.trim()));
    table.check(
      'CSV formula cells neutralised',
      { file: 'uploaded', formulaCells: 0, neutralised: planted.length },
      {
        file: file ? 'uploaded' : 'missing',
        formulaCells: cells.filter((c) => FORMULA.test(c)).length,
        neutralised: planted.filter((v) => cells.includes(`'${v.trim()}`)).length,
      },
    );
  });
});
