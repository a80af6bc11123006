/**
 * App Home over the Events API (signed HTTP): the real bot answers Slack's
 * url_verification challenge, publishes the opener's Home tab with the same
 * figures as the CLI's --json for the same export, gives a team's owner their
 * team's line (also when they own it through a user group), escapes hostile team names, sends the heatmap by DM from the
 * tab's button, and republishes a recent opener's tab when a new snapshot is
 * taken.
 */
import { writeFileSync } from 'node:fs';
import { loadImage } from 'canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayedTexts } from '../../support/block-kit-limits.ts';
import { slashCommandBody } from '../../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import {
  exportOfWeek,
  HOSTILE_TEAM,
  type HomeBot,
  homeOpenedCallback,
  OWNER,
  postSignedForm,
  postSignedJson,
  publishedView,
  publishFor,
  startHomeBot,
} from './app-home-bot.ts';
import { countFields, headerPercent } from './read-blocks.ts';
import { cliStatus } from './start-test-bot.ts';

let slack: SlackStandIn;
let bot: HomeBot;

/** In S0PLATFORM, the user group that owns Team Blue beside OWNER (app-home-bot.ts). */
const PLATFORM_MEMBER = 'U0PLATFORM1';

beforeAll(async () => {
  slack = await startSlackStandIn();
  slack.userGroup('S0PLATFORM', [PLATFORM_MEMBER]);
  bot = await startHomeBot(slack);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

const pct = (p: number | null) => (p === null ? 'n/a' : p.toFixed(1));
const texts = (view: ReturnType<typeof publishedView>) => displayedTexts(view.blocks).join('\n');

async function open(user: string) {
  const before = slack.callsTo('views.publish').length;
  const res = await postSignedJson(bot.eventsUrl, homeOpenedCallback(user));
  expect(res.status).toBe(200);
  const call = await slack.waitFor(
    'views.publish',
    (c) => publishFor(user)(c) && slack.callsTo('views.publish').indexOf(c) >= before,
  );
  return publishedView(call);
}

/** The `block_actions` payload of a click on the Home tab's heatmap button (no channel, no response_url). */
function heatmapClick(user: string, button: Record<string, unknown> = {}) {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0STANDIN' },
    api_app_id: 'A0STANDIN',
    token: 'deprecated-verification-token',
    container: { type: 'view', view_id: 'V0HOME' },
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    team: { id: 'T0STANDIN', domain: 'standin' },
    view: { id: 'V0HOME', type: 'home', blocks: [] },
    actions: [
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Send me the heatmap' },
        value: 'heatmap',
        ...button,
        action_id: 'jm_home_heatmap',
        block_id: 'jm_home_heatmap',
        action_ts: '1733130001.000200',
      },
    ],
  };
}

describe('App Home over HTTP', () => {
  it('answers the url_verification challenge', async () => {
    const res = await postSignedJson(bot.eventsUrl, {
      token: 'deprecated-verification-token',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  it('publishes the opener’s Home tab with the figures of the report', async () => {
    const cli = cliStatus(bot.inventory);
    const view = await open('U0ALICE');
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(headerPercent({ blocks: view.blocks })).toBe(pct(cli.totals.progressPercent));
    expect(countFields({ blocks: view.blocks })).toMatchObject({
      Migrated: cli.totals.migrated,
      Pending: cli.totals.pending,
      'Unknown version': cli.totals.unknown,
      Stale: cli.totals.stale,
      Hosts: cli.totals.hosts,
      Teams: cli.teams.length,
    });
    // The furthest-behind team, with its percent, as the CLI ranks it.
    const ranked = cli.teams
      .filter((t) => t.progressPercent !== null)
      .sort((a, b) => a.progressPercent! - b.progressPercent!);
    const behind = texts(view).split('*Furthest behind*\n')[1] ?? '';
    expect(behind.split('\n')[0]).toContain(`*${pct(ranked[0].progressPercent)} %*`);
    expect(texts(view)).not.toContain('Your team');
  });

  it('shows an owner their team’s line', async () => {
    const blue = cliStatus(bot.inventory).teams.find((t) => t.team === 'Team Blue')!;
    const text = texts(await open(OWNER));
    expect(text).toContain('*Your team · Team Blue*');
    expect(text).toContain(`*${pct(blue.progressPercent)} %* of ${blue.hosts} hosts`);
    expect(text).toContain(`${blue.pending} pending`);
  });

  it('shows the line to a member of a user group that owns the team, and not to others', async () => {
    const member = texts(await open(PLATFORM_MEMBER));
    expect(member).toContain('*Your team · Team Blue*');
    expect(texts(await open('U0OUTSIDER'))).not.toContain('Your team');
    // One read of the groups (with their members) serves every viewer.
    const reads = slack.callsTo('usergroups.list');
    expect(reads).toHaveLength(1);
    expect(String(reads[0].body.include_users)).toBe('true');
  });

  it('escapes hostile team names', async () => {
    const view = await open('U0BOB');
    for (const t of displayedTexts(view.blocks)) expect(t).not.toMatch(/<[!@#]/);
    expect(texts(view)).toContain('&lt;!channel&gt; &amp; &lt;@U0BOSS&gt; Ops');
    expect(HOSTILE_TEAM).toContain('<!channel>');
  });

  it('ignores the Messages tab', async () => {
    const before = slack.callsTo('views.publish').length;
    await postSignedJson(bot.eventsUrl, homeOpenedCallback('U0CAROL', 'messages'));
    await open('U0DAVE');
    expect(
      slack
        .callsTo('views.publish')
        .slice(before)
        .map((c) => c.body.user_id),
    ).toEqual(['U0DAVE']);
  });

  it('the heatmap button sends the PNG to the user by direct message', async () => {
    const view = await open('U0ERIN');
    const button = view.blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements as Record<string, unknown>[])
      .find((e) => e.action_id === 'jm_home_heatmap');
    expect(button).toBeDefined();
    const payload = heatmapClick('U0ERIN', button);
    const click = await postSignedForm(
      bot.eventsUrl,
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    );
    expect(click.status).toBe(200);
    await slack.waitFor('conversations.open', (c) => c.body.users === 'U0ERIN');
    await slack.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === 'DU0ERIN');
    const file = slack.files().find((f) => f.channelId === 'DU0ERIN')!;
    expect(file.filename).toMatch(/\.png$/);
    const image = await loadImage(file.bytes);
    expect(image.width).toBeGreaterThan(100);
  });

  it('when the heatmap cannot be sent, the tab says so', async () => {
    await open('U0FRANK');
    slack.fail('conversations.open', { error: 'missing_scope' });
    const before = slack.callsTo('views.publish').length;
    await postSignedForm(
      bot.eventsUrl,
      new URLSearchParams({ payload: JSON.stringify(heatmapClick('U0FRANK')) }).toString(),
    );
    const call = await slack.waitFor(
      'views.publish',
      (c) => publishFor('U0FRANK')(c) && slack.callsTo('views.publish').indexOf(c) >= before,
    );
    expect(texts(publishedView(call))).toMatch(/:warning: I could not send you the heatmap/);
    expect(slack.files().some((f) => f.channelId === 'DU0FRANK')).toBe(false);
  });

  it('republishes a recent opener’s tab when a new snapshot is taken', async () => {
    await open(OWNER);
    writeFileSync(bot.inventory, exportOfWeek(9));
    const later = cliStatus(bot.inventory);
    const before = slack.callsTo('views.publish').length;
    await postSignedForm(
      bot.eventsUrl,
      slashCommandBody({ text: 'refresh', response_url: slack.responseUrl(), channel_id: 'C0HOMEREFRESH' }),
    );
    // The first publish after the refresh with the new export's figures (an open still in
    // flight may publish the old ones first).
    const newFigures = (v: ReturnType<typeof publishedView>) =>
      headerPercent({ blocks: v.blocks }) === pct(later.totals.progressPercent);
    const isNew = (c: SlackCall) => slack.callsTo('views.publish').indexOf(c) >= before;
    const call = await slack.waitFor('views.publish', (c) => publishFor(OWNER, newFigures)(c) && isNew(c));
    const view = publishedView(call);
    expect(countFields({ blocks: view.blocks })).toMatchObject({ Migrated: later.totals.migrated });
    // History now holds two snapshots: the change since the earlier one is on the tab.
    expect(texts(view)).toMatch(/since \w{3} \d+ \w{3} \d{4}/);
    expect(texts(view)).toContain('*Your team · Team Blue*');
    // Everyone who opened the tab gets the new figures; the Messages tab opener does not.
    for (const user of ['U0ALICE', 'U0BOB', 'U0DAVE', 'U0ERIN'])
      await slack.waitFor('views.publish', (c) => publishFor(user, newFigures)(c) && isNew(c));
    await bot.app.slack.home.refreshAll();
    expect(slack.callsTo('views.publish').filter((c) => c.body.user_id === 'U0CAROL')).toEqual([]);
  });
});
