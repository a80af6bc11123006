/**
 * The host-list allow-list (rules `access`): in an allowed channel, or for a
 * member of an allowed user group, the team report lists hosts and offers the
 * CSV; anywhere else it shows the team's figures only, with a polite note, and
 * the CSV button is refused with that note. Group membership comes from one
 * `usergroups.list` (cached briefly); a group the workspace does not have
 * withholds host lists (and is logged) rather than failing the command.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { blocksOf, countFields, messageText } from '../adapters/slack/read-blocks.ts';
import { interactionBody, postSigned } from '../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../support/slack-standin.ts';
import { type FaultInventory, startFaultInventory } from './support/fault-inventory-server.ts';
import { faultTable } from './support/fault-table.ts';
import { columnValues, fleetCsv } from './support/fleet-csv.ts';
import { FAULT_RULES, type FaultBot, SIGNING_SECRET, startFaultBot } from './support/start-fault-bot.ts';

const table = faultTable('host-list access control');

const ALLOWED = 'C0HOSTSOK';
const GROUP = 'S0HOSTVIEW';
const RULES = `${FAULT_RULES}
access:
  hostListChannels: [${ALLOWED}]
  hostListUserGroups: [${GROUP}, S0NOSUCHGROUP]
`;
const TEAM = 'Team Blue';

let slack: SlackStandIn;
let inventory: FaultInventory;
let bot: FaultBot;
let teamIds: string[];
let seq = 0;

beforeAll(async () => {
  slack = await startSlackStandIn();
  slack.userGroup(GROUP, ['U0GROUPIE']);
  const csv = fleetCsv(['--hosts', '300', '--teams', '4', '--week', '3', '--seed', '21']);
  // The team's host ids, read straight from the export.
  const lines = csv.trim().split('\n').slice(1);
  teamIds = lines.filter((l) => l.split(',')[4]?.trim() === TEAM).map((l) => l.split(',')[0]);
  if (!columnValues(csv, 'Team').includes(TEAM)) throw new Error(`${TEAM} is not in the export`);
  inventory = await startFaultInventory(csv);
  bot = await startFaultBot({ slack, inventoryUrl: inventory.url, rules: RULES });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await Promise.all([slack?.close(), inventory?.close()]);
});

/** `team Team Blue` as `user` in `channel`: what the channel saw. */
async function teamReport(channel: string, user: string) {
  const responseUrl = slack.responseUrl(`acl-${++seq}`);
  await postSigned(
    bot.eventsUrl,
    SIGNING_SECRET,
    new URLSearchParams({
      token: 'x',
      team_id: 'T0STANDIN',
      channel_id: channel,
      user_id: user,
      command: '/java-migration',
      text: `team ${TEAM}`,
      response_url: responseUrl,
    }).toString(),
  );
  const post = await slack.waitFor(
    'chat.postMessage',
    (c) => c.body.channel === channel && c.outcome === 'ok' && messageText(c.body).includes(TEAM),
    15_000,
  );
  const text = messageText(post.body);
  const buttons = blocksOf(post.body)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements as { action_id: string }[]).map((e) => e.action_id));
  return {
    figures: countFields(post.body).Hosts === teamIds.length ? 'shown' : 'missing',
    hostIds: teamIds.filter((id) => text.includes(id)).length > 0 ? 'listed' : 'none',
    csvButton: buttons.includes('jm_pending_csv'),
    note: /only shared in the channels and user groups/.test(text) ? 'polite note' : 'none',
  };
}

/** A click on the CSV button in `channel` by `user`: a file, or a refusal. */
async function csvClick(channel: string, user: string) {
  const id = `acl-csv-${++seq}`;
  const before = slack.files().length;
  await postSigned(
    bot.eventsUrl,
    SIGNING_SECRET,
    interactionBody({
      actionId: 'jm_pending_csv',
      value: `team:${TEAM}`,
      response_url: slack.responseUrl(id),
      channel_id: channel,
      user_id: user,
      message_ts: '1733130000.515151',
    }),
  );
  const done = await Promise.race([
    slack
      .waitFor('files.completeUploadExternal', (c) => c.body.channel_id === channel, 15_000)
      .then(() => 'file'),
    slack.waitFor('response_url', (c: SlackCall) => c.pathId === id, 15_000).then((c) => messageText(c.body)),
  ]);
  return {
    file: slack.files().length > before ? 'uploaded' : 'none',
    told:
      done === 'file'
        ? 'nothing'
        : /only shared in the channels and user groups/.test(done)
          ? 'polite note'
          : done,
  };
}

const SHOWN = { figures: 'shown', hostIds: 'listed', csvButton: true, note: 'none' };
const LIMITED = { figures: 'shown', hostIds: 'none', csvButton: false, note: 'polite note' };

describe('host-list access control', () => {
  it('an allowed channel sees the hosts and the CSV button', async () => {
    table.check('access: allowed channel, team report', SHOWN, await teamReport(ALLOWED, 'U0ALICE'));
  });

  it('the CSV button works in an allowed channel', async () => {
    table.check(
      'access: allowed channel, CSV',
      { file: 'uploaded', told: 'nothing' },
      await csvClick(ALLOWED, 'U0ALICE'),
    );
  });

  it('another channel gets the figures and a polite note, no host list', async () => {
    table.check('access: other channel, team report', LIMITED, await teamReport('C0ELSEWHERE', 'U0BOB'));
  });

  it('the CSV button from another channel is refused with the note', async () => {
    table.check(
      'access: other channel, CSV',
      { file: 'none', told: 'polite note' },
      await csvClick('C0ELSEWHERE', 'U0BOB'),
    );
  });

  it('a member of an allowed user group sees the hosts anywhere; the group was read once for all these checks', async () => {
    const first = await teamReport('C0ELSEWHERE2', 'U0GROUPIE');
    const second = await teamReport('C0ELSEWHERE3', 'U0GROUPIE');
    const lists = slack.callsTo('usergroups.list').length;
    table.check(
      'access: user-group member elsewhere',
      { ...SHOWN, sameAgain: true, groupReads: 1 },
      { ...first, sameAgain: JSON.stringify(first) === JSON.stringify(second), groupReads: lists },
    );
  });

  it('a user group Slack cannot list withholds host lists; the command still answers', async () => {
    const seen = await teamReport('C0ELSEWHERE4', 'U0CAROL');
    table.check(
      'access: unlistable user group',
      { ...LIMITED, logged: true },
      {
        ...seen,
        logged: bot.logs.some((l) => l.level === 'warn' && l.obj.usergroup === 'S0NOSUCHGROUP'),
      },
    );
  });
});
