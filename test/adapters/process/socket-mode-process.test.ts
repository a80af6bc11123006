/**
 * The real bot process in Socket Mode: no Bolt HTTP server, so the health
 * routes get a server of their own on PORT; readiness follows the WebSocket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port.ts';
import { startSlackStandIn } from '../../support/slack-standin.ts';
import { parsePrometheus } from '../metrics/parse-prometheus.ts';
import { spawnBot, startInventoryServer, until } from './spawn-bot.ts';

const APP_TOKEN = 'xapp-1-A0STANDIN-socketModeAppToken';
const slack = await startSlackStandIn();
const inventory = await startInventoryServer();
const port = await freePort();
const dir = mkdtempSync(join(tmpdir(), 'jm-socket-process-'));
const bot = spawnBot({
  SLACK_BOT_TOKEN: 'xoxb-5151-5252-socketBotToken',
  SLACK_APP_TOKEN: APP_TOKEN,
  SLACK_API_URL: slack.apiUrl,
  PORT: String(port),
  INVENTORY_URL: inventory.url,
  DATA_DIR: join(dir, 'data'),
  LOG_LEVEL: 'debug',
});
const base = `http://127.0.0.1:${port}`;

afterAll(async () => {
  if (bot.child.exitCode === null) bot.kill('SIGKILL');
  await Promise.all([slack.close(), inventory.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot process in Socket Mode', () => {
  it('serves the health routes on PORT and is ready once connected with an inventory', async () => {
    expect(await until(async () => (await fetch(`${base}/healthz`)).status === 200, 20_000)).toBe(true);
    expect(await until(async () => (await fetch(`${base}/readyz`)).status === 200, 20_000)).toBe(true);
    const body = (await (await fetch(`${base}/readyz`)).json()) as { checks: Record<string, string> };
    expect(body.checks).toEqual({ inventory: 'ok', slack: 'ok' });
    expect(slack.socket.connections).toBeGreaterThanOrEqual(1);
    const e = parsePrometheus(await (await fetch(`${base}/metrics`)).text());
    expect(e.types.get('java_migration_commands_total')).toBe('counter');
  });

  it('counts a command that came over the socket', async () => {
    const ack = await slack.socket.send('slash_commands', {
      command: '/java-migration',
      text: 'status',
      channel_id: 'C0SOCKET',
      user_id: 'U0ALICE',
      team_id: 'T0STANDIN',
      response_url: slack.responseUrl('socket-status'),
      trigger_id: '1.2.3',
    });
    expect(ack.envelope_id).toBeTruthy();
    await slack.waitFor('chat.postMessage', (c) => c.body.channel === 'C0SOCKET');
    expect(
      await until(async () => {
        const e = parsePrometheus(await (await fetch(`${base}/metrics`)).text());
        return e.value('java_migration_commands_total', { command: 'status', outcome: 'ok' }) === 1;
      }, 10_000),
    ).toBe(true);
  });

  it('exits 0 on SIGTERM, and never logged the app token', async () => {
    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    for (const line of bot.lines) expect(line).not.toContain(APP_TOKEN);
  });
});
