import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisClient } from '../../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../../src/adapters/store/create-redis-store.ts';
import { StoreUnavailableError } from '../../../src/app/store-unavailable-error.ts';
import { startRedis } from '../../support/redis-server.ts';
import { snapshotStoreContract } from './snapshot-store-contract.ts';
import { storedSnapshot } from './stored-snapshot-fixture.ts';

const redis = await startRedis();
afterAll(() => redis.close());

/** The production shape: a request-path client, and a bulk client for the blobs. */
function clients() {
  const client = createRedisClient(redis.url);
  const bulk = createRedisClient(redis.url, { commandTimeoutMs: 10_000 });
  return {
    store: createRedisStore(client, `test:${randomUUID()}:`, bulk),
    close: async () => {
      client.disconnect();
      bulk.disconnect();
    },
  };
}

snapshotStoreContract('redis', async () => clients());

describe('redis store faults', () => {
  it('fails with StoreUnavailableError at once while Redis is down, and works again once it is back', async () => {
    const { store, close } = clients();
    const first = storedSnapshot({ asOf: '2024-01-01T00:00:00Z', seed: 1 });
    expect(await store.put(first)).toBe(true);
    await redis.stop();
    const failures = await Promise.allSettled([
      store.latest(),
      store.summaries(),
      store.claimOnce('k', 1000),
      store.get(first.summary.id),
      store.put(storedSnapshot({ asOf: '2024-01-08T00:00:00Z', seed: 2 })),
    ]);
    for (const f of failures) {
      expect(f.status).toBe('rejected');
      const reason = (f as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(StoreUnavailableError);
      expect(reason.reason).toBe('Redis unreachable');
    }
    await redis.start(); // an empty server: what was stored is gone, the clients reconnect by themselves
    await expect
      .poll(() => store.summaries().catch(() => 'down'), { timeout: 10_000, interval: 100 })
      .toEqual([]);
    expect(await store.put(first)).toBe(true);
    expect((await store.get(first.summary.id))?.summary).toEqual(first.summary);
    await close();
  });
});
