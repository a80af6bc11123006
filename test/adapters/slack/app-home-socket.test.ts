/**
 * App Home over Socket Mode: an `events_api` envelope carrying
 * `app_home_opened` is acked on the socket and the opener's Home tab is
 * published over the Web API with the bot token and the report's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayedTexts } from '../../support/block-kit-limits.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import {
  type HomeBot,
  homeOpenedCallback,
  OWNER,
  publishedView,
  publishFor,
  startHomeBot,
} from './app-home-bot.ts';
import { countFields, headerPercent } from './read-blocks.ts';
import { BOT_TOKEN, cliStatus } from './start-test-bot.ts';

let slack: SlackStandIn;
let bot: HomeBot;

beforeAll(async () => {
  slack = await startSlackStandIn();
  bot = await startHomeBot(slack, true);
  await slack.socket.connected();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

describe('App Home over Socket Mode', () => {
  it('acks the events_api envelope and publishes the opener’s Home tab', async () => {
    const ack = await slack.socket.send('events_api', homeOpenedCallback(OWNER));
    expect(ack.envelope_id).toMatch(/^env-/);
    const call = await slack.waitFor('views.publish', publishFor(OWNER));
    expect(call.token).toBe(BOT_TOKEN);
    const view = publishedView(call);
    const cli = cliStatus(bot.inventory);
    expect(headerPercent({ blocks: view.blocks })).toBe(cli.totals.progressPercent?.toFixed(1));
    expect(countFields({ blocks: view.blocks })).toMatchObject({
      Migrated: cli.totals.migrated,
      Pending: cli.totals.pending,
      'Unknown version': cli.totals.unknown,
      Hosts: cli.totals.hosts,
    });
    expect(displayedTexts(view.blocks).join('\n')).toContain('*Your team · Team Blue*');
  });

  it('someone who owns no team gets the figures without a team line', async () => {
    await slack.socket.send('events_api', homeOpenedCallback('U0ALICE'));
    const view = publishedView(await slack.waitFor('views.publish', publishFor('U0ALICE')));
    expect(displayedTexts(view.blocks).join('\n')).not.toContain('Your team');
  });
});
