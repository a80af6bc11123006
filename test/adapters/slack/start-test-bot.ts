/**
 * The real bot for a test: config from an environment pointing at the Slack
 * stand-in and an inventory file, built with buildApp and started in-process
 * (HTTP on a free loopback port, or Socket Mode), with a logger that keeps
 * its lines for assertions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../../src/app/ports.ts';
import { type BuiltApp, buildApp } from '../../../src/build-app.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { SlackStandIn } from '../../support/slack-standin.ts';
import { FLEETGEN } from '../../support/fleetgen.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-bot-token';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly obj: object;
  readonly msg?: string;
}

export interface TestBot {
  /** POST here for commands and interactions (HTTP mode). */
  readonly eventsUrl: string;
  readonly app: BuiltApp;
  readonly logs: LogLine[];
  stop(): Promise<void>;
}

export function recordingLogger(lines: LogLine[]): Logger {
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestBotOptions {
  readonly slack: SlackStandIn;
  readonly inventory: string;
  readonly socketMode?: boolean;
  readonly workingNoticeMs?: number;
  readonly env?: Record<string, string>;
  /** Told of each verified request or Socket Mode event as it arrives. */
  readonly onIncoming?: () => void;
}

export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jm-slack-data-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(options.socketMode ? { SLACK_APP_TOKEN: 'xapp-1-test-app-token' } : {}),
    SLACK_API_URL: options.slack.apiUrl,
    PORT: '0',
    INVENTORY_URL: options.inventory,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const logs: LogLine[] = [];
  const app = buildApp(config, {
    logger: recordingLogger(logs),
    host: '127.0.0.1',
    slack: {
      workingNoticeMs: options.workingNoticeMs ?? 1000,
      onIncoming: options.onIncoming,
      // Short backoffs keep the retry tests fast; the bounds stay the same shape as in production.
      limits: { timeoutMs: 3000, retries: 2, minBackoffMs: 20, maxRetryTimeMs: 10_000 },
    },
  });
  let port: number | null;
  try {
    ({ port } = await app.start());
  } catch (error) {
    await app.stop();
    throw error;
  }
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    app,
    logs,
    stop: () => app.stop(),
  };
}

/** A fleetgen export written to a temp file; `edit` may rewrite the CSV text. */
export function fleetFile(args: string[], edit: (csv: string) => string = (csv) => csv): string {
  const csv = execFileSync(process.execPath, [FLEETGEN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const dir = mkdtempSync(join(tmpdir(), 'jm-slack-inv-'));
  const file = join(dir, 'inventory.csv');
  writeFileSync(file, edit(csv));
  return file;
}

export interface CliReport {
  readonly target: number;
  readonly totals: Record<'hosts' | 'migrated' | 'pending' | 'unknown' | 'stale', number> & {
    readonly progressPercent: number | null;
  };
  readonly teams: readonly (Record<'hosts' | 'migrated' | 'pending' | 'unknown' | 'stale', number> & {
    readonly team: string;
    readonly progressPercent: number | null;
    readonly versions: readonly {
      readonly version: string;
      readonly count: number;
      readonly percent: number;
    }[];
  })[];
}

/** What the CLI prints with `status --json` for the same export: the figures Slack must show. */
export function cliStatus(inventory: string): CliReport {
  const out = execFileSync(
    process.execPath,
    ['bin/java-migration.js', 'status', '--json', '--inventory', inventory],
    {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, INVENTORY_URL: '', MIGRATION_CONFIG: '', LOG_LEVEL: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out);
}
