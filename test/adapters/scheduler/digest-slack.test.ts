/**
 * The digest inside the real bot (buildApp, HTTP, signed slash commands, the
 * Slack stand-in): subscribe / unsubscribe / digest preview answer privately
 * and store the channel; the bot's own schedule posts the digest to the
 * configured channel and to the channel that subscribed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayedTexts } from '../../support/block-kit-limits.ts';
import { postSigned, slashCommandBody } from '../../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { fleetFile, SIGNING_SECRET, startTestBot, type TestBot } from '../slack/start-test-bot.ts';

let slack: SlackStandIn;
let bot: TestBot;
let dir: string;
let seq = 0;

beforeAll(async () => {
  slack = await startSlackStandIn();
  dir = mkdtempSync(join(tmpdir(), 'jm-digest-slack-'));
  // A slot every 2 seconds, so the bot's own schedule can be watched at work.
  writeFileSync(join(dir, 'rules.yml'), "digest:\n  cron: '*/2 * * * * *'\n");
  const inventory = fleetFile(['--hosts', '200', '--teams', '5', '--seed', '7', '--week', '4']);
  bot = await startTestBot({
    slack,
    inventory,
    env: { MIGRATION_CONFIG: join(dir, 'rules.yml'), DIGEST_CHANNELS: 'C0CONF' },
  });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Send `/java-migration <text>` in `channel`; resolves with the private answer. */
async function ask(
  text: string,
  channel: string,
): Promise<{ status: number; ack: string; reply: SlackCall | null }> {
  seq += 1;
  const id = `RD${seq}`;
  const res = await postSigned(
    bot.eventsUrl,
    SIGNING_SECRET,
    slashCommandBody({ text, channel_id: channel, response_url: slack.responseUrl(id) }),
  );
  const ack = await res.text();
  const reply = ack ? null : await slack.waitFor('response_url', (c) => c.pathId === id, 20_000);
  return { status: res.status, ack, reply };
}

const said = (call: SlackCall | null) => displayedTexts(call?.body.blocks ?? []).join('\n');

describe('digest subcommands in the bot', () => {
  it('subscribes and unsubscribes a channel, privately', async () => {
    const first = await ask('subscribe', 'C0SUBS');
    expect(first.status).toBe(200);
    expect(first.reply?.body.response_type).toBe('ephemeral');
    expect(said(first.reply)).toContain('This channel will get the weekly digest.');
    expect(said((await ask('subscribe', 'C0SUBS')).reply)).toContain('already gets the weekly digest');
    expect(said((await ask('unsubscribe', 'C0SUBS')).reply)).toContain('will no longer get');
    const configured = await ask('unsubscribe', 'C0CONF');
    expect(said(configured.reply)).toContain('was not subscribed');
    expect(said(configured.reply)).toContain('digest.channels');
  });

  it('shows the next digest only to whoever asks, mentioning nobody', async () => {
    const { reply } = await ask('digest preview', 'C0PREV');
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(said(reply)).toContain('Weekly digest');
    expect(said(reply)).not.toMatch(/<@|<!subteam|<!channel|<!here/);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0PREV')).toEqual([]);
  });

  it('answers usage for a digest subcommand it does not know', async () => {
    const { ack } = await ask('digest now', 'C0PREV');
    expect(ack).toContain("didn't understand");
  });

  it('posts the digest on its own schedule to configured and subscribed channels', async () => {
    await ask('subscribe', 'C0LATE');
    const posted = (channel: string) => (c: SlackCall) =>
      c.body.channel === channel && c.outcome === 'ok' && Boolean(c.body.metadata);
    const conf = await slack.waitFor('chat.postMessage', posted('C0CONF'), 15_000);
    await slack.waitFor('chat.postMessage', posted('C0LATE'), 15_000);
    expect(displayedTexts(conf.body.blocks).join('\n')).toContain('Weekly digest');
    const bySlot = new Map<string, number>();
    for (const c of slack.callsTo('chat.postMessage').filter(posted('C0CONF'))) {
      const slot = String((c.body.metadata as { event_payload: { slot: string } }).event_payload.slot);
      bySlot.set(slot, (bySlot.get(slot) ?? 0) + 1);
    }
    expect([...bySlot.values()].every((n) => n === 1)).toBe(true);
  });
});
