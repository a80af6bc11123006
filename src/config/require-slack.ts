/**
 * The Slack bot's settings, checked together: a bot token plus either an
 * app-level token (Socket Mode) or a signing secret (HTTP). Only `main` calls
 * this: the CLI runs without Slack.
 */
import { ConfigError } from './config-error.ts';
import type { Config } from './load-config.ts';

interface Common {
  readonly botToken: string;
  readonly apiUrl: string | null;
  readonly port: number;
}

export type SlackSettings =
  | (Common & { readonly mode: 'socket'; readonly appToken: string; readonly signingSecret: string | null })
  | (Common & { readonly mode: 'http'; readonly signingSecret: string; readonly appToken: null });

export function requireSlack(config: Pick<Config, 'slack' | 'port'>): SlackSettings {
  const { botToken, appToken, signingSecret, apiUrl } = config.slack;
  if (!botToken) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN',
      'expected a bot token starting with xoxb- (the bot cannot start without one), got nothing',
    );
  }
  const common = { botToken, apiUrl, port: config.port };
  if (appToken) return Object.freeze({ ...common, mode: 'socket', appToken, signingSecret });
  if (signingSecret) return Object.freeze({ ...common, mode: 'http', signingSecret, appToken: null });
  throw new ConfigError(
    'SLACK_APP_TOKEN',
    'expected an app-level token (xapp-…) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode, got neither',
  );
}
