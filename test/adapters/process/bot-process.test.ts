/**
 * The real bot process in HTTP mode against the Slack stand-in, a private
 * redis-server and a loopback inventory server: health routes, readiness
 * that follows Redis, metrics that count a command, logs without secrets,
 * and SIGTERM during a command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.ts';
import { startRedis } from '../../support/redis-server.ts';
import { postSigned, slashCommandBody } from '../../support/signed-request.ts';
import { startSlackStandIn } from '../../support/slack-standin.ts';
import { parsePrometheus } from '../metrics/parse-prometheus.ts';
import { spawnBot, startInventoryServer, until } from './spawn-bot.ts';

const BOT_TOKEN = 'xoxb-4242-4343-processTestBotToken';
const SIGNING_SECRET = 'processTestSigningSecret0123456789';
const INVENTORY_AUTH = 'Bearer processTestInventoryCredential';

const slack = await startSlackStandIn();
const redis = await startRedis();
const inventory = await startInventoryServer();
const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'jm-bot-process-'));
const rules = join(dir, 'migration.yml');
writeFileSync(rules, 'server:\n  shutdownGraceSeconds: 20\n');
const bot = spawnBot({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  PORT: String(port),
  INVENTORY_URL: inventory.url,
  INVENTORY_AUTHORIZATION: INVENTORY_AUTH,
  REDIS_URL: redis.url,
  DATA_DIR: join(dir, 'data'),
  MIGRATION_CONFIG: rules,
  // Debug: Bolt and the WebClient log request details at this level, where a token would most likely slip out.
  LOG_LEVEL: 'debug',
});
const base = `http://127.0.0.1:${port}`;

afterAll(async () => {
  if (bot.child.exitCode === null) bot.kill('SIGKILL');
  await Promise.all([slack.close(), redis.close(), inventory.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const readyz = async () => {
  const res = await fetch(`${base}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { failed: string[]; checks: Record<string, string> },
  };
};
const metrics = async () => parsePrometheus(await (await fetch(`${base}/metrics`)).text());
const command = (text: string, channel: string) =>
  postSigned(
    `${base}/slack/events`,
    SIGNING_SECRET,
    slashCommandBody({ text, channel_id: channel, response_url: slack.responseUrl(`rsp-${channel}`) }),
  );

describe('the bot process', () => {
  it('answers /healthz at once and becomes ready once Slack, Redis and a first inventory are there', async () => {
    expect(await until(async () => (await fetch(`${base}/healthz`)).status === 200, 20_000)).toBe(true);
    expect(await until(async () => (await readyz()).status === 200, 20_000)).toBe(true);
    expect((await readyz()).body.checks).toEqual({ inventory: 'ok', slack: 'ok', redis: 'ok' });
    // The warm-up fetched the inventory with the configured Authorization header.
    expect(inventory.authorizations[0]).toBe(INVENTORY_AUTH);
  });

  it('counts a command in /metrics after it is sent, and logs one line for it', async () => {
    const before = (await metrics()).value('java_migration_commands_total', {
      command: 'status',
      outcome: 'ok',
    });
    expect(before).toBeUndefined();
    const res = await command('status', 'C0METRICS');
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C0METRICS');
    expect(
      await until(
        async () =>
          (await metrics()).value('java_migration_commands_total', { command: 'status', outcome: 'ok' }) ===
          1,
        10_000,
      ),
    ).toBe(true);
    const e = await metrics();
    expect(e.value('java_migration_command_duration_seconds_count', { command: 'status' })).toBe(1);
    expect(
      e.value('java_migration_inventory_fetch_duration_seconds_count', { outcome: 'loaded' }),
    ).toBeGreaterThanOrEqual(1);
    expect(e.value('java_migration_inventory_rows')).toBe(104);
    expect(e.value('java_migration_snapshot_age_seconds')).toBeGreaterThan(0);
    const line = await bot.waitForLog((r) => r.command === 'status' && r.channel === 'C0METRICS');
    expect(line).toMatchObject({ level: 'info', outcome: 'ok' });
    expect(line.durationMs).toBeTypeOf('number');
  });

  it('counts a failed Slack call by method', async () => {
    slack.fail('chat.postMessage', { error: 'channel_not_found' });
    await command('status', 'C0GONE');
    expect(
      await until(
        async () =>
          ((await metrics()).value('java_migration_slack_api_errors_total', {
            method: 'chat.postMessage',
            error: 'channel_not_found',
          }) ?? 0) >= 1,
        10_000,
      ),
    ).toBe(true);
  });

  it('flips /readyz to 503 when redis-server stops, and back to 200 when it starts again', async () => {
    await redis.stop();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body.failed).toEqual(['redis']);
    // Still alive: liveness must not get the pod restarted for a Redis outage.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await redis.start();
    expect(await until(async () => (await readyz()).status === 200, 15_000)).toBe(true);
  });

  it('on SIGTERM during a command lets the command finish, then exits 0', async () => {
    const held = inventory.holdNext(2500);
    // `refresh` always reads the inventory again, so this command waits on the held fetch.
    expect((await command('refresh', 'C0SIGTERM')).status).toBe(200);
    await held;
    bot.kill('SIGTERM');
    const shutting = await bot.waitForLog((r) => r.msg === 'shutting down');
    expect(shutting.inFlight).toBe(1);
    const posted = await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C0SIGTERM', 15_000);
    expect(JSON.stringify(posted.body)).toMatch(/migrat/i);
    expect(await bot.exited).toBe(0);
    const records = bot.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const order = (pred: (r: Record<string, unknown>) => boolean) => records.findIndex(pred);
    const done = order((r) => r.command === 'refresh' && r.channel === 'C0SIGTERM');
    expect(records[done]).toMatchObject({ outcome: 'ok' });
    expect(order((r) => r.msg === 'shutting down')).toBeLessThan(done);
    expect(done).toBeLessThan(order((r) => r.msg === 'shut down'));
    expect(records.find((r) => r.msg === 'shut down')).toMatchObject({ code: 0, finishedInFlight: true });
  });

  it('wrote only JSON lines, and none holds the bot token, the signing secret or the inventory credential', () => {
    const records = bot.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    // Debug level really was on for Bolt too, so the check covers the WebClient's request logging.
    expect(records.some((r) => r.level === 'debug' && r.lib === 'bolt')).toBe(true);
    for (const msg of [
      'listening on port',
      'redis connection lost; reconnecting',
      'redis connected',
      'shut down',
    ]) {
      expect(
        records.some((r) => String(r.msg).startsWith(msg)),
        msg,
      ).toBe(true);
    }
    for (const line of bot.lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      for (const secret of [BOT_TOKEN, SIGNING_SECRET, INVENTORY_AUTH, 'processTestInventoryCredential']) {
        expect(line).not.toContain(secret);
      }
      expect(line).not.toMatch(/xox[abprs]-\d/);
    }
  });
});
