import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createHealthRoutes } from '../../../src/adapters/http/create-health-routes.ts';
import { createReadiness } from '../../../src/adapters/http/create-readiness.ts';
import { redisPingCheck } from '../../../src/adapters/http/redis-ping-check.ts';
import { startHealthServer } from '../../../src/adapters/http/start-health-server.ts';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { startRedis } from '../../support/redis-server.ts';
import { parsePrometheus } from '../metrics/parse-prometheus.ts';

const redis = await startRedis();
// The request-path client's settings (STACK-NOTES): fail fast instead of queueing while Redis is down.
const client = new Redis(redis.url, {
  enableOfflineQueue: false,
  commandTimeout: 500,
  maxRetriesPerRequest: 1,
});
client.on('error', () => {});
const metrics = createMetrics({ processMetrics: false });
const readiness = createReadiness();
let slackUp = true;
let inventoryLoaded = false;
readiness.set('slack', () => slackUp);
readiness.set('redis', redisPingCheck(client, 300));
readiness.set('inventory', () => inventoryLoaded);
const server = await startHealthServer(
  createHealthRoutes({ readiness, registry: metrics.registry }),
  0,
  '127.0.0.1',
);
const base = `http://127.0.0.1:${server.port}`;

afterAll(async () => {
  await server.close();
  client.disconnect();
  await redis.close();
});

async function ready() {
  const res = await fetch(`${base}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { failed: string[]; checks: Record<string, string> },
  };
}

async function until(pred: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await pred()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('health server', () => {
  it('answers /healthz with 200 whatever the checks say', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is not ready until an inventory has loaded, and names the failing check', async () => {
    const r = await ready();
    expect(r.status).toBe(503);
    expect(r.body.failed).toEqual(['inventory']);
    inventoryLoaded = true;
    expect((await ready()).status).toBe(200);
  });

  it('flips /readyz to 503 when redis-server stops and back to 200 when it starts', async () => {
    expect(await until(async () => (await ready()).status === 200, 5000)).toBe(true);
    await redis.stop();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.failed).toEqual(['redis']);
    expect(down.body.checks).toMatchObject({ slack: 'ok', redis: 'failing', inventory: 'ok' });
    await redis.start();
    // ioredis reconnects by itself (its back-off is at most 2 s): no restart of anything.
    expect(await until(async () => (await ready()).status === 200, 10_000)).toBe(true);
  });

  it('reports Slack down and shutting down', async () => {
    slackUp = false;
    expect((await ready()).body.failed).toEqual(['slack']);
    slackUp = true;
    readiness.markShuttingDown();
    const r = await ready();
    expect(r.status).toBe(503);
    expect(r.body.failed).toEqual(['shutdown']);
  });

  it('serves /metrics as Prometheus text', async () => {
    metrics.commands.inc({ command: 'status', outcome: 'ok' });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const e = parsePrometheus(await res.text());
    expect(e.value('java_migration_commands_total', { command: 'status', outcome: 'ok' })).toBe(1);
  });

  it('answers 404 elsewhere and 405 for a POST to a health path', async () => {
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/healthz?probe=1`)).status).toBe(200);
  });
});
