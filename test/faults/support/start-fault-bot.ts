/**
 * The real bot for the fault suite, in-process over HTTP on a loopback port:
 * buildApp as main.ts builds it (inventory loader in its worker thread, chart
 * renderer, snapshot history in a real redis-server, or DATA_DIR when no
 * Redis is given), with the Slack stand-in behind SLACK_API_URL. Short limits
 * (inventory timeout, size) come in through the rules file, as an operator
 * would set them, so each case stays fast.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenedHistoryStore, openHistoryStore } from '../../../src/adapters/store/open-history-store.ts';
import type { Logger } from '../../../src/app/ports.ts';
import { type BuiltApp, buildApp } from '../../../src/build-app.ts';
import { type Config, loadConfig } from '../../../src/config/load-config.ts';
import { postSigned, slashCommandBody } from '../../support/signed-request.ts';
import type { SlackStandIn } from '../../support/slack-standin.ts';

export const SIGNING_SECRET = 'fault-suite-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-fault-suite-bot-token';

/** Limits every case runs under (seconds and megabytes, as in the rules file). */
export const FAULT_RULES = `
inventory:
  timeoutSeconds: 1.5
  maxMegabytes: 2
  freshnessMinutes: 15
`;

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly obj: Record<string, unknown>;
  readonly msg?: string;
}

export interface FaultBotOptions {
  readonly slack: SlackStandIn;
  readonly inventoryUrl: string;
  /** Snapshot history in this Redis; DATA_DIR files otherwise. */
  readonly redisUrl?: string;
  /** YAML rules (default FAULT_RULES). */
  readonly rules?: string;
  /** Delay before the "working on it" note (default 1000 ms). */
  readonly workingNoticeMs?: number;
}

export interface FaultBot {
  readonly eventsUrl: string;
  readonly app: BuiltApp;
  readonly config: Config;
  readonly history: OpenedHistoryStore;
  readonly logs: LogLine[];
  /** POST a signed slash command; resolves with the HTTP status, the ack's body and how long the ack took. */
  command(
    text: string,
    channel: string,
    responseUrl: string,
  ): Promise<{ status: number; body: string; ms: number }>;
  stop(): Promise<void>;
}

function recordingLogger(lines: LogLine[]): Logger {
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => {
    lines.push({ level, obj: obj as Record<string, unknown>, msg });
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function startFaultBot(options: FaultBotOptions): Promise<FaultBot> {
  const dir = mkdtempSync(join(tmpdir(), 'jm-faults-'));
  const rulesFile = join(dir, 'migration.yml');
  writeFileSync(rulesFile, options.rules ?? FAULT_RULES);
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.slack.apiUrl,
    PORT: '0',
    INVENTORY_URL: options.inventoryUrl,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    DATA_DIR: join(dir, 'data'),
    MIGRATION_CONFIG: rulesFile,
    LOG_LEVEL: 'silent',
  });
  const logs: LogLine[] = [];
  const logger = recordingLogger(logs);
  const clock = { now: () => new Date() };
  // The store buildApp would open from the config, opened here so a case can look into it.
  const history = openHistoryStore(config, { logger, clock });
  const app = buildApp(config, {
    logger,
    host: '127.0.0.1',
    clock,
    store: history,
    slack: {
      workingNoticeMs: options.workingNoticeMs ?? 1000,
      // Short backoffs keep retry cases fast; the bounds keep the production shape.
      limits: { timeoutMs: 2000, retries: 2, minBackoffMs: 20, maxRetryTimeMs: 8000 },
    },
  });
  const stopAll = async () => {
    await app.stop().catch(() => {});
    await history.close();
    rmSync(dir, { recursive: true, force: true });
  };
  let port: number | null;
  try {
    ({ port } = await app.start());
  } catch (error) {
    await stopAll();
    throw error;
  }
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  return {
    eventsUrl,
    app,
    config,
    history,
    logs,
    async command(text, channel, responseUrl) {
      const started = performance.now();
      const res = await postSigned(
        eventsUrl,
        SIGNING_SECRET,
        slashCommandBody({ text, response_url: responseUrl, channel_id: channel }),
      );
      const body = await res.text();
      return { status: res.status, body, ms: performance.now() - started };
    },
    stop: stopAll,
  };
}
