/**
 * Digest subscriptions (a Redis set) and once-only claims (`SET NX PX`),
 * under the same key prefix as the snapshots.
 */
import type { Redis } from 'ioredis';
import type { ChannelSubscriptions, OnceClaims } from '../../app/ports.ts';
import { redisGuard } from './redis-guard.ts';

export function createRedisChannelStore(client: Redis, prefix: string): ChannelSubscriptions & OnceClaims {
  const guard = redisGuard(client);
  const subscriptionsKey = `${prefix}subscriptions`;
  return {
    subscribe: (channel) =>
      guard('subscribe', async () => (await client.sadd(subscriptionsKey, channel)) === 1),
    unsubscribe: (channel) =>
      guard('unsubscribe', async () => (await client.srem(subscriptionsKey, channel)) === 1),
    subscribedChannels: () =>
      guard('subscriptions', async () => (await client.smembers(subscriptionsKey)).sort()),
    claimOnce: (key, ttlMs) =>
      guard('claim', async () => {
        const ttl = Math.max(1, Math.ceil(ttlMs));
        return (await client.set(`${prefix}once:${key}`, '1', 'PX', ttl, 'NX')) === 'OK';
      }),
  };
}
