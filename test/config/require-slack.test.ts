import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { requireSlack } from '../../src/config/require-slack.ts';

const BOT = 'xoxb-111-222-botsecretvalue';
const APP = 'xapp-1-A111-appsecretvalue';
const SIGNING = 'signingsecretvalue0123456789';

describe('requireSlack', () => {
  it('picks Socket Mode when an app token is set', () => {
    const s = requireSlack(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: '0' }));
    expect(s).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP, port: 0 });
  });

  it('picks HTTP with a signing secret', () => {
    const s = requireSlack(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING }));
    expect(s).toMatchObject({ mode: 'http', signingSecret: SIGNING, port: 3000 });
  });

  it.each([
    [{ SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN'],
    [{}, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_APP_TOKEN'],
  ])('names the missing variable for %j without echoing secrets', (env, key) => {
    let error: unknown;
    try {
      requireSlack(loadConfig(env));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).key).toBe(key);
    expect((error as ConfigError).message).toMatch(new RegExp(`^config ${key}: expected .*, got `));
    expect((error as ConfigError).message).not.toMatch(/secretvalue/);
  });

  it('is not needed by the CLI: loadConfig works with no Slack variable', () => {
    expect(loadConfig({}).slack.botToken).toBeNull();
  });
});
