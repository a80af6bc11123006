/**
 * The real bot for the App Home tests: built with buildApp from a config that
 * points at the Slack stand-in, an inventory file, a data directory (history
 * in the embedded file store) and a rules file with team owners. Events are
 * sent the way Slack sends them: signed JSON `event_callback`s over HTTP, or
 * `events_api` envelopes over Socket Mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuiltApp, buildApp } from '../../../src/build-app.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { slackSignature } from '../../support/signed-request.ts';
import type { SlackCall, SlackStandIn } from '../../support/slack-standin.ts';
import { BOT_TOKEN, type LogLine, recordingLogger, SIGNING_SECRET } from './start-test-bot.ts';
import { FLEETGEN } from '../../support/fleetgen.ts';

export const OWNER = 'U0OWNER';
export const HOSTILE_TEAM = '<!channel> & <@U0BOSS> Ops';

/** A fleetgen export of `week`, with Team Green renamed to a hostile name. */
export function exportOfWeek(week: number): string {
  const csv = execFileSync(
    process.execPath,
    [FLEETGEN, '--hosts', '300', '--teams', '6', '--seed', '5', '--week', String(week)],
    { encoding: 'utf8' },
  );
  return csv.replaceAll(',Team Green,', `,"${HOSTILE_TEAM}",`);
}

export interface HomeBot {
  readonly app: BuiltApp;
  readonly eventsUrl: string;
  readonly inventory: string;
  readonly logs: LogLine[];
  stop(): Promise<void>;
}

export async function startHomeBot(slack: SlackStandIn, socketMode = false): Promise<HomeBot> {
  const dir = mkdtempSync(join(tmpdir(), 'jm-home-'));
  const inventory = join(dir, 'inventory.csv');
  writeFileSync(inventory, exportOfWeek(6));
  const rules = join(dir, 'migration.yml');
  writeFileSync(rules, `teams:\n  Team Blue:\n    owners: [${OWNER}, S0PLATFORM]\n`);
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(socketMode ? { SLACK_APP_TOKEN: 'xapp-1-test-app-token' } : {}),
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    INVENTORY_URL: inventory,
    DATA_DIR: join(dir, 'data'),
    MIGRATION_CONFIG: rules,
    LOG_LEVEL: 'silent',
  });
  const logs: LogLine[] = [];
  // The bot as main.ts builds it: history in DATA_DIR, new snapshots reported to the Home tab.
  const app = buildApp(config, {
    logger: recordingLogger(logs),
    host: '127.0.0.1',
    slack: { limits: { timeoutMs: 3000, retries: 1, minBackoffMs: 20, maxRetryTimeMs: 5000 } },
  });
  const { port } = await app.start();
  return {
    app,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    inventory,
    logs,
    stop: () => app.stop(),
  };
}

let eventSeq = 0;

/** The `event_callback` body Slack sends when `user` opens the app's `tab`. */
export function homeOpenedCallback(user: string, tab: 'home' | 'messages' = 'home'): Record<string, unknown> {
  eventSeq += 1;
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0STANDIN',
    api_app_id: 'A0STANDIN',
    event: { type: 'app_home_opened', user, channel: `D0${user}`, tab, event_ts: `1733130000.${eventSeq}` },
    type: 'event_callback',
    event_id: `Ev0HOME${eventSeq}`,
    event_time: 1733130000 + eventSeq,
    authorizations: [{ team_id: 'T0STANDIN', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export interface PostResult {
  readonly status: number;
  readonly text: string;
}

/**
 * POST on a connection of its own. fetch reuses kept-alive connections, and
 * under load a reused one can be closed by the server's idle timeout just as
 * the request goes out (ECONNRESET, though the request may have been handled).
 */
function postOnce(url: string, headers: Record<string, string>, body: string): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

function signed(contentType: string, raw: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, raw),
  };
}

/** POST a JSON body (an event) signed as Slack signs it. */
export function postSignedJson(url: string, body: unknown): Promise<PostResult> {
  const raw = JSON.stringify(body);
  return postOnce(url, signed('application/json', raw), raw);
}

/** POST a form body (a slash command, an interaction) signed as Slack signs it. */
export function postSignedForm(url: string, raw: string): Promise<PostResult> {
  return postOnce(url, signed('application/x-www-form-urlencoded', raw), raw);
}

/** The view a `views.publish` call carried. */
export function publishedView(call: SlackCall): { type: string; blocks: Record<string, unknown>[] } {
  return call.body.view as { type: string; blocks: Record<string, unknown>[] };
}

/** A `views.publish` for `user`, optionally matching `match`. */
export const publishFor =
  (user: string, match: (view: ReturnType<typeof publishedView>) => boolean = () => true) =>
  (call: SlackCall) =>
    call.body.user_id === user && call.outcome === 'ok' && match(publishedView(call));
