import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { startRedis } from './support/redis-server.ts';

const redis = await startRedis();
afterAll(() => redis.close());

it('starts a private redis-server that can be stopped and started again', async () => {
  const client = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  await client.connect();
  expect(await client.ping()).toBe('PONG');
  client.disconnect();
  await redis.stop();
  await expect(
    new Redis(redis.url, { lazyConnect: true, retryStrategy: () => null }).connect(),
  ).rejects.toThrow();
  await redis.start();
  const again = new Redis(redis.url);
  expect(await again.ping()).toBe('PONG');
  again.disconnect();
});
