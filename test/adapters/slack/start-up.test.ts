/**
 * Start-up against Slack: a token Slack rejects stops start-up with one
 * clear error naming the variable, and nothing is left running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandIn, startSlackStandIn } from '../../support/slack-standin.ts';
import { fleetFile, startTestBot } from './start-test-bot.ts';

let slack: SlackStandIn;
let inventory: string;

beforeAll(async () => {
  slack = await startSlackStandIn();
  inventory = fleetFile(['--hosts', '50', '--teams', '2']);
});
afterAll(() => slack.close());

describe('start-up', () => {
  it('an invalid bot token fails start-up with an error that names SLACK_BOT_TOKEN', async () => {
    slack.fail('auth.test', { error: 'invalid_auth' });
    await expect(startTestBot({ slack, inventory })).rejects.toThrow(
      'Slack auth.test failed (invalid_auth): check SLACK_BOT_TOKEN',
    );
    expect(slack.callsTo('auth.test').map((c) => c.outcome)).toEqual(['invalid_auth']);
  });

  it('a valid token starts, and stop() closes cleanly', async () => {
    const bot = await startTestBot({ slack, inventory });
    await bot.stop();
    await expect(fetch(bot.eventsUrl, { method: 'POST' })).rejects.toThrow();
  });
});
