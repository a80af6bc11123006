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

snapshotStoreContract('redis', async () => {
  const client = createRedisClient(redis.url);
  return { store: createRedisStore(client, `test:${randomUUID()}:`), close: async () => client.disconnect() };
});

describe('redis store faults', () => {
  it('fails fast with StoreUnavailableError while Redis is down, and works again once it is back', async () => {
    const client = createRedisClient(redis.url);
    const store = createRedisStore(client, `test:${randomUUID()}:`);
    const first = storedSnapshot({ asOf: '2024-01-01T00:00:00Z', seed: 1 });
    expect(await store.put(first)).toBe(true);
    await redis.stop();
    const failures = await Promise.allSettled([
      store.latest(),
      store.summaries(),
      store.claimOnce('k', 1000),
    ]);
    for (const f of failures) {
      expect(f.status).toBe('rejected');
      const reason = (f as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(StoreUnavailableError);
      expect(reason.reason).toBe('Redis unreachable');
    }
    await redis.start(); // an empty server: what was stored is gone, the client reconnects by itself
    await expect
      .poll(() => store.summaries().catch(() => 'down'), { timeout: 10_000, interval: 100 })
      .toEqual([]);
    expect(await store.put(first)).toBe(true);
    client.disconnect();
  });
});
