/**
 * The real bot over HTTP: signed slash commands and clicks sent with fetch,
 * every Web API call going to the Slack stand-in. What users would see is read
 * back from the recorded calls and compared with the CLI's --json figures for
 * the same export.
 */
import { loadImage } from 'canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayedTexts } from '../../support/block-kit-limits.ts';
import { interactionBody, postSigned, slashCommandBody } from '../../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { blocksOf, countFields, headerPercent, messageText, teamTableRows } from './read-blocks.ts';
import {
  type CliReport,
  cliStatus,
  fleetFile,
  SIGNING_SECRET,
  startTestBot,
  type TestBot,
} from './start-test-bot.ts';

let slack: SlackStandIn;
let bot: TestBot;
let cli: CliReport;
let channelSeq = 0;
/** Verified requests the app has noted as they arrived (an inventory parse gives way to each). */
let incoming = 0;

beforeAll(async () => {
  slack = await startSlackStandIn();
  const inventory = fleetFile(['--hosts', '300', '--teams', '6', '--seed', '3', '--week', '6', '--messy']);
  cli = cliStatus(inventory);
  bot = await startTestBot({ slack, inventory, onIncoming: () => incoming++ });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

/** A fresh channel and response_url per test, so calls of one test are easy to pick out. */
function place() {
  channelSeq += 1;
  const id = `R${channelSeq}`;
  return { channel: `C0TEST${channelSeq}`, responseUrl: slack.responseUrl(id), id };
}

function command(text: string, where = place()) {
  return postSigned(
    bot.eventsUrl,
    SIGNING_SECRET,
    slashCommandBody({ text, response_url: where.responseUrl, channel_id: where.channel }),
  );
}

const inChannel = (channel: string) => (c: SlackCall) => c.body.channel === channel && c.outcome === 'ok';
const toUrl = (id: string) => (c: SlackCall) => c.pathId === id;
const pct = (p: number | null) => (p === null ? 'n/a' : p.toFixed(1));

describe('/java-migration over HTTP', () => {
  it('acks at once, posts the status with the CLI figures, and uploads the heatmap into its thread', async () => {
    const where = place();
    const res = await command('', where);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');

    const post = await slack.waitFor('chat.postMessage', inChannel(where.channel));
    expect(headerPercent(post.body)).toBe(pct(cli.totals.progressPercent));
    expect(countFields(post.body)).toMatchObject({
      Migrated: cli.totals.migrated,
      Pending: cli.totals.pending,
      'Unknown version': cli.totals.unknown,
      Stale: cli.totals.stale,
      Hosts: cli.totals.hosts,
      Teams: cli.teams.length,
    });
    const rows = teamTableRows(post.body);
    expect(rows).toHaveLength(cli.teams.length);
    for (const row of rows) {
      const team = cli.teams.find((t) => t.team === row.team);
      expect(team, row.team).toBeDefined();
      expect(row).toEqual({
        team: team!.team,
        hosts: team!.hosts,
        pending: team!.pending,
        done: team!.progressPercent === null ? 'n/a' : `${pct(team!.progressPercent)}%`,
      });
    }
    expect(messageText(post.body)).toMatch(/Inventory read \d\d:\d\d UTC/);

    await slack.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === where.channel);
    const file = slack.files().find((f) => f.channelId === where.channel)!;
    expect(file.threadTs).toBe(post.answer?.ts);
    expect(file.filename).toMatch(/\.png$/);
    const image = await loadImage(file.bytes);
    expect(image.width).toBeGreaterThan(100);
    expect(image.height).toBeGreaterThan(100);
  });

  it.each(['Team Blue', 'blue', 'TEAM BLUE'])('team %s: the team report with its versions', async (name) => {
    const where = place();
    expect((await command(`team ${name}`, where)).status).toBe(200);
    const post = await slack.waitFor('chat.postMessage', inChannel(where.channel));
    const team = cli.teams.find((t) => t.team === 'Team Blue')!;
    expect(JSON.stringify(blocksOf(post.body)[0])).toContain(
      `Team Blue · ${pct(team.progressPercent)} % done`,
    );
    expect(countFields(post.body)).toMatchObject({
      Migrated: team.migrated,
      Pending: team.pending,
      'Unknown version': team.unknown,
      Hosts: team.hosts,
    });
    const text = messageText(post.body);
    for (const v of team.versions) {
      const label = v.version === '' ? '_(blank)_' : `\`${v.version}\``;
      expect(text).toContain(
        `${label} ${v.count} host${v.count === 1 ? '' : 's'} · ${v.percent.toFixed(1)} %`,
      );
    }
  });

  it('answers an unknown team privately with buttons that run the team report', async () => {
    const where = place();
    await command('team Tean Bleu', where);
    const reply = await slack.waitFor('response_url', toUrl(where.id));
    expect(reply.body.response_type).toBe('ephemeral');
    const actions = blocksOf(reply.body).find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string }[];
    };
    const names = actions.elements.map((e) => e.value);
    expect(names).toContain('Team Blue');
    for (const n of names) expect(cli.teams.map((t) => t.team)).toContain(n);
    expect(slack.callsTo('chat.postMessage').filter(inChannel(where.channel))).toHaveLength(0);

    const button = actions.elements.find((e) => e.value === 'Team Blue')!;
    const click = await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      interactionBody({
        actionId: button.action_id,
        value: button.value,
        response_url: slack.responseUrl(),
        channel_id: where.channel,
      }),
    );
    expect(click.status).toBe(200);
    const post = await slack.waitFor('chat.postMessage', inChannel(where.channel));
    expect(JSON.stringify(blocksOf(post.body)[0])).toContain('Team Blue');
  });

  it('choosing a team in the status message menu posts that team’s report', async () => {
    const where = place();
    const res = await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      interactionBody({
        actionId: 'jm_team_select',
        selected: 'Team Red',
        response_url: where.responseUrl,
        channel_id: where.channel,
        message_ts: '1733130000.000777',
      }),
    );
    expect(res.status).toBe(200);
    const post = await slack.waitFor('chat.postMessage', inChannel(where.channel));
    const team = cli.teams.find((t) => t.team === 'Team Red')!;
    expect(JSON.stringify(blocksOf(post.body)[0])).toContain(
      `Team Red · ${pct(team.progressPercent)} % done`,
    );
  });

  it('an expired response_url: the private answer falls back to chat.postEphemeral', async () => {
    const where = place();
    slack.fail('response_url', { status: 404, body: 'expired_url' });
    await command('team Tean Bleu', where);
    const eph = await slack.waitFor('chat.postEphemeral', (c) => c.body.channel === where.channel);
    expect(eph.body.user).toBe('U0ALICE');
    expect(messageText(eph.body)).toContain('Did you mean');
  });

  it('help is a private answer right in the ack', async () => {
    const where = place();
    const noted = incoming;
    const res = await command('help', where);
    expect(incoming).toBe(noted + 1);
    const body = (await res.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(displayedTexts(body.blocks).join('\n')).toContain('/java-migration team NAME');
    expect(slack.calls.filter((c) => c.body.channel === where.channel || c.pathId === where.id)).toHaveLength(
      0,
    );
  });

  it('anything else gets a short private usage reply', async () => {
    const where = place();
    const body = (await (await command('deploy <!channel> now', where)).json()) as {
      response_type: string;
      blocks: unknown[];
    };
    expect(body.response_type).toBe('ephemeral');
    const text = displayedTexts(body.blocks).join('\n');
    expect(text).toContain('deploy &lt;!channel&gt; now');
    expect(text).toContain('/java-migration help');
  });

  it('the pending hosts CSV button uploads the team’s full list into the thread', async () => {
    const where = place();
    const team = cli.teams.find((t) => t.team === 'Team Blue')!;
    const messageTs = '1733130000.424242';
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      interactionBody({
        actionId: 'jm_pending_csv',
        value: 'team:Team Blue',
        response_url: where.responseUrl,
        channel_id: where.channel,
        message_ts: messageTs,
      }),
    );
    await slack.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === where.channel);
    const file = slack.files().find((f) => f.channelId === where.channel)!;
    expect(file.threadTs).toBe(messageTs);
    expect(file.filename).toMatch(/^pending-hosts-team-blue.*\.csv$/);
    const lines = file.bytes.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('host,environment,distribution,version,state,stale');
    expect(lines.length - 1).toBe(team.pending + team.unknown);
  });

  it('not in the channel: answers privately with what to do and the figures, heatmap by DM', async () => {
    const where = place();
    slack.notInChannel(where.channel);
    await command('status', where);
    const reply = await slack.waitFor(
      'response_url',
      (c) => toUrl(where.id)(c) && messageText(c.body).includes('invite'),
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect(messageText(reply.body)).toContain('/invite @java-migration');
    expect(countFields(reply.body)).toMatchObject({
      Migrated: cli.totals.migrated,
      Pending: cli.totals.pending,
    });
    expect(slack.callsTo('chat.postMessage').filter(inChannel(where.channel))).toHaveLength(0);
    await slack.waitFor('conversations.open', (c) => c.body.users === 'U0ALICE');
    await slack.waitFor(
      'response_url',
      (c) => toUrl(where.id)(c) && messageText(c.body).includes('direct message'),
    );
    expect(slack.files().some((f) => f.channelId?.startsWith('D') && f.filename.endsWith('.png'))).toBe(true);
  });

  it('a 429 with Retry-After is retried and the report posted once', async () => {
    const where = place();
    slack.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    await command('team Team Red', where);
    await slack.waitFor('chat.postMessage', inChannel(where.channel));
    const outcomes = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === where.channel);
    expect(outcomes.map((c) => c.outcome)).toEqual(['http 429', 'ok']);
  });

  it('Slack failing for good: the user is told privately, with the figures, and it is logged', async () => {
    const where = place();
    slack.fail('chat.postMessage', { status: 500 }, 3);
    await command('team Team Red', where);
    const reply = await slack.waitFor('response_url', toUrl(where.id));
    expect(messageText(reply.body)).toMatch(/Slack is busy/);
    expect(messageText(reply.body)).toContain('Team Red');
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === where.channel)).toHaveLength(3);
    expect(bot.logs.some((l) => l.level === 'error' && l.msg === 'could not post a report')).toBe(true);
  });

  it('trend without history says so privately', async () => {
    const where = place();
    await command('trend', where);
    const reply = await slack.waitFor('response_url', toUrl(where.id));
    expect(messageText(reply.body)).toMatch(/no history yet/i);
  });

  it.each([
    ['a forged signature', { secret: 'not-the-signing-secret' }],
    ['a replayed request (6 minutes old)', { ageSeconds: 360 }],
    ['a body changed after signing', { signedBody: 'text=help' }],
    ['no signature at all', { unsigned: true }],
  ])('%s gets 401 and nothing is posted', async (_, sign) => {
    const where = place();
    const before = slack.calls.length;
    const noted = incoming;
    const body = slashCommandBody({
      text: 'status',
      response_url: where.responseUrl,
      channel_id: where.channel,
    });
    const res = await postSigned(bot.eventsUrl, SIGNING_SECRET, body, sign);
    expect(res.status).toBe(401);
    // Bolt answers 401 before dispatching: nothing can still be on its way, nothing was noted.
    expect(slack.calls.length).toBe(before);
    expect(incoming).toBe(noted);
  });
});
