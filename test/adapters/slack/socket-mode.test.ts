/**
 * Socket Mode: with SLACK_APP_TOKEN set the same app opens a WebSocket
 * (apps.connections.open with the app token, then the URL it returns), acks a
 * slash-command envelope on the socket, and posts the report over the Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommandFields } from '../../support/signed-request.ts';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { countFields, messageText } from './read-blocks.ts';
import { BOT_TOKEN, cliStatus, fleetFile, startTestBot, type TestBot } from './start-test-bot.ts';

let slack: SlackStandIn;
let bot: TestBot;
let inventory: string;
let incoming = 0;

beforeAll(async () => {
  slack = await startSlackStandIn();
  inventory = fleetFile(['--hosts', '200', '--teams', '4', '--seed', '9', '--week', '4']);
  bot = await startTestBot({ slack, inventory, socketMode: true, onIncoming: () => incoming++ });
  await slack.socket.connected();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

describe('Socket Mode', () => {
  it('connects with the app token, and calls the Web API with the bot token', () => {
    const [open] = slack.callsTo('apps.connections.open');
    expect(open.token).toBe('xapp-1-test-app-token');
    expect(slack.socket.connections).toBe(1);
    expect(slack.callsTo('auth.test')[0].token).toBe(BOT_TOKEN);
  });

  it('acks a slash command envelope on the socket and posts the report', async () => {
    const fields = slashCommandFields({
      text: 'status',
      response_url: slack.responseUrl(),
      channel_id: 'C0SOCKET',
    });
    const before = incoming;
    const ack = await slack.socket.send('slash_commands', fields);
    expect(ack.envelope_id).toMatch(/^env-/);
    // Noted before its ack (an inventory parse gives way to it, as to an HTTP request).
    expect(incoming).toBe(before + 1);
    const post = await slack.waitFor(
      'chat.postMessage',
      (c) => c.body.channel === 'C0SOCKET' && c.outcome === 'ok',
    );
    expect(post.token).toBe(BOT_TOKEN);
    const cli = cliStatus(inventory);
    expect(countFields(post.body)).toMatchObject({
      Migrated: cli.totals.migrated,
      Pending: cli.totals.pending,
    });
  });

  it('help comes back in the ack itself', async () => {
    const fields = slashCommandFields({
      text: 'help',
      response_url: slack.responseUrl(),
      channel_id: 'C0SOCKET2',
    });
    const ack = await slack.socket.send('slash_commands', fields);
    const payload = ack.payload as { response_type: string; blocks: unknown[] };
    expect(payload.response_type).toBe('ephemeral');
    expect(messageText(payload as unknown as Record<string, unknown>)).toContain('/java-migration trend');
  });
});
