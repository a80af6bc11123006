/**
 * An inventory written by others: about 300 teams, some named with Slack
 * mention and link syntax, control characters and right-to-left overrides.
 * Whatever the bot posts stays inside Slack's limits and pings nobody. This
 * bot also says "working on it" at once (notice delay 0), so the order of the
 * private note and the report is checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitViolations, displayedTexts } from '../../support/block-kit-limits.ts';
import { postSigned, slashCommandBody } from '../../support/signed-request.ts';
import { type SlackCall, type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { blocksOf, messageText, teamTableRows } from './read-blocks.ts';
import { cliStatus, fleetFile, SIGNING_SECRET, startTestBot, type TestBot } from './start-test-bot.ts';

const HOSTILE = [
  '<!channel> Ops',
  '<@U123|x>',
  '<https://evil.example|Click me>',
  'R&D <b>',
  'Team\u202eEvil\u2066',
];

let slack: SlackStandIn;
let bot: TestBot;
let teams: number;

beforeAll(async () => {
  slack = await startSlackStandIn();
  // fleetgen's teams are "Team <colour> <n>"; the first five become hostile names.
  const inventory = fleetFile(
    ['--hosts', '3000', '--teams', '300', '--seed', '5', '--week', '6', '--messy'],
    (csv) => {
      const names = [
        ...new Set(
          csv
            .split('\n')
            .slice(1)
            .map((l) => l.split(',')[4]?.trim()),
        ),
      ]
        .filter(Boolean)
        .sort();
      let out = csv;
      HOSTILE.forEach((hostile, i) => {
        out = out.replaceAll(`,${names[i]},`, `,${hostile},`);
      });
      return out;
    },
  );
  teams = cliStatus(inventory).teams.length;
  bot = await startTestBot({ slack, inventory, workingNoticeMs: 0 });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
});

const visible = (calls: readonly SlackCall[]) =>
  calls.flatMap((c) => [String(c.body.text ?? ''), ...displayedTexts(c.body.blocks)]);

describe('a hostile inventory of ~300 teams', () => {
  it('has the teams it should', () => {
    expect(teams).toBeGreaterThanOrEqual(290);
  });

  it('status: inside Slack limits, nothing pings or links, the rest of the teams counted', async () => {
    const responseUrl = slack.responseUrl('hostile-status');
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      slashCommandBody({ text: '', response_url: responseUrl, channel_id: 'C0HOSTILE' }),
    );
    const post = await slack.waitFor(
      'chat.postMessage',
      (c) => c.body.channel === 'C0HOSTILE' && c.outcome === 'ok',
    );
    expect(blockKitViolations(blocksOf(post.body))).toEqual([]);
    const rows = teamTableRows(post.body);
    const more = Number(/…and (\d+) more teams/.exec(messageText(post.body))?.[1]);
    expect(rows.length + more).toBe(teams);

    // The private "working on it" came first.
    const note = slack.calls.findIndex(
      (c) => c.pathId === 'hostile-status' && messageText(c.body).includes('Working on it'),
    );
    expect(note).toBeGreaterThanOrEqual(0);
    expect(note).toBeLessThan(slack.calls.indexOf(post));
  });

  it.each(HOSTILE.slice(0, 4))('team %s: the report escapes the name', async (name) => {
    const channel = `C0H${HOSTILE.indexOf(name)}`;
    await postSigned(
      bot.eventsUrl,
      SIGNING_SECRET,
      slashCommandBody({ text: `team ${name}`, response_url: slack.responseUrl(), channel_id: channel }),
    );
    const post = await slack.waitFor(
      'chat.postMessage',
      (c) => c.body.channel === channel && c.outcome === 'ok',
    );
    const header = JSON.stringify(blocksOf(post.body)[0]);
    expect(header).toContain(name.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'));
    expect(blockKitViolations(blocksOf(post.body))).toEqual([]);
  });

  it('nothing the bot posted or answered contains a live mention, link or direction override', () => {
    const texts = visible(
      slack.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'response_url'),
    );
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      expect(t).not.toMatch(/<[!@#]/);
      expect(t).not.toMatch(/<https?:/);
      expect([...t].some((ch) => /[\u202a-\u202e\u2066-\u2069]/.test(ch))).toBe(false);
    }
  });
});
