import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openHistoryStore } from '../../../src/adapters/store/open-history-store.ts';
import type { Logger } from '../../../src/app/ports.ts';
import { freePort } from '../../support/free-port.ts';
import { startRedis } from '../../support/redis-server.ts';
import { storedSnapshot } from './stored-snapshot-fixture.ts';

const redis = await startRedis();
const dir = mkdtempSync(join(tmpdir(), 'jm-open-store-'));
afterAll(async () => {
  await redis.close();
  rmSync(dir, { recursive: true, force: true });
});

const snapshot = storedSnapshot({ asOf: '2024-01-01T00:00:00Z' });

it('opens the embedded file store when no REDIS_URL is set', async () => {
  const opened = openHistoryStore({ store: { redisUrl: null, dataDir: join(dir, 'data') } });
  expect([opened.kind, opened.location]).toEqual(['file', join(dir, 'data')]);
  expect(await opened.store.put(snapshot)).toBe(true);
  expect((await opened.store.latest())?.summary.id).toBe(snapshot.summary.id);
  await opened.close();
});

it('opens Redis when REDIS_URL is set, and never shows its credentials', async () => {
  const url = redis.url.replace('redis://', 'redis://:s3cret@');
  const opened = openHistoryStore({ store: { redisUrl: redis.url, dataDir: dir } }, { prefix: 'open-test:' });
  const shown = openHistoryStore({ store: { redisUrl: url, dataDir: dir } });
  expect([opened.kind, opened.location]).toEqual(['redis', redis.url]);
  expect(shown.location).toBe(redis.url);
  await shown.close();
  expect(await opened.store.put(snapshot)).toBe(true);
  expect(await opened.store.subscribe('C0123')).toBe(true);
  expect(await opened.store.subscribedChannels()).toEqual(['C0123']);
  await opened.close();
});

it('logs a Redis that cannot be reached once, not on every reconnect attempt', async () => {
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, error() {}, warn: (_o, msg) => warnings.push(msg ?? '') };
  const opened = openHistoryStore(
    { store: { redisUrl: `redis://127.0.0.1:${await freePort()}`, dataDir: dir } },
    { logger },
  );
  await expect(opened.store.summaries()).rejects.toThrow(/Redis unreachable/);
  await new Promise((r) => setTimeout(r, 700)); // several reconnect attempts
  expect(warnings).toEqual(['redis connection error']);
  await opened.close();
});
