/**
 * One bot replica's digest side, as a real process: the real digest service
 * (MigrationService with history on Redis, chart renderer, Slack poster) and
 * the real scheduler (BullMQ on Redis, or the timer without REDIS_URL),
 * posting to the Slack stand-in. Configured by environment variables; prints
 * `ready` once the schedule runs, and closes cleanly on SIGTERM.
 *
 *   REDIS_URL, DATA_DIR, SLACK_API_URL, SLACK_BOT_TOKEN, DIGEST_CRON, DIGEST_TZ,
 *   DIGEST_CHANNELS (comma-separated), CATCH_UP_MS, LEASE_MS, POLL_MS, LOCK_MS, STALLED_MS
 */
import { pino } from 'pino';
import { createDigestScheduler } from '../../src/adapters/scheduler/create-digest-scheduler.ts';
import { openHistoryStore } from '../../src/adapters/store/open-history-store.ts';
import { digestSetup } from './digest-setup.ts';

const env = process.env;

/**
 * Marks this replica's file uploads with its token (Slack's upload URL needs none), so the
 * stand-in records which replica a hanging upload belongs to.
 */
const markedFetch: typeof fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.includes('/upload/') || !env.SLACK_BOT_TOKEN) return fetch(input, init);
  const headers = new Headers(init?.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${env.SLACK_BOT_TOKEN}`);
  return fetch(input, { ...init, headers });
};
const number = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);

async function main() {
  const logger = pino(
    { level: env.LOG_LEVEL ?? 'warn', base: { pid: process.pid } },
    pino.destination({ dest: 2, sync: true }),
  );
  const opened = openHistoryStore(
    { store: { redisUrl: env.REDIS_URL || null, dataDir: env.DATA_DIR ?? './data' } },
    { logger, prefix: 'jm-test:' },
  );
  const clock = { now: () => new Date() };
  const digest = await digestSetup({
    store: opened.store,
    slackApiUrl: env.SLACK_API_URL ?? '',
    token: env.SLACK_BOT_TOKEN,
    fetch: markedFetch,
    schedule: { cron: env.DIGEST_CRON ?? '*/3 * * * * *', timezone: env.DIGEST_TZ ?? 'UTC' },
    channels: (env.DIGEST_CHANNELS ?? '').split(',').filter(Boolean),
    clock,
    catchUpMs: number('CATCH_UP_MS', 60_000),
    timing: { leaseMs: number('LEASE_MS', 2_000), pollMs: number('POLL_MS', 100) },
    logger,
    seed: false,
  });
  const scheduler = createDigestScheduler({
    digest,
    redisUrl: env.REDIS_URL || null,
    logger,
    clock,
    tuning: {
      prefix: 'jm-test:bull',
      lockDurationMs: number('LOCK_MS', 2_000),
      stalledIntervalMs: number('STALLED_MS', 1_000),
      attempts: 5,
      backoffMs: 500,
    },
  });
  await scheduler.start();
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void (async () => {
      await scheduler.close();
      await opened.close();
      process.exit(0);
    })();
  });
}

main().catch((error) => {
  process.stderr.write(`digest worker failed: ${(error as Error).stack}\n`);
  process.exit(1);
});
