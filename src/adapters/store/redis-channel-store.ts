/**
 * Digest subscriptions (a Redis set) and once-only claims (`SET NX PX`, the
 * value naming the holder; released by a compare-and-delete script), under
 * the same key prefix as the snapshots.
 */
import type { Redis } from 'ioredis';
import type { ChannelSubscriptions, OnceClaims } from '../../app/ports.ts';
import { redisGuard } from './redis-guard.ts';

const ANONYMOUS = '1';
/** Deletes the key only while it still holds the releasing holder's name (atomic in Redis). */
const RELEASE_IF_HELD =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

export function createRedisChannelStore(client: Redis, prefix: string): ChannelSubscriptions & OnceClaims {
  const guard = redisGuard(client);
  const claimKey = (key: string) => `${prefix}once:${key}`;
  const subscriptionsKey = `${prefix}subscriptions`;
  return {
    subscribe: (channel) =>
      guard('subscribe', async () => (await client.sadd(subscriptionsKey, channel)) === 1),
    unsubscribe: (channel) =>
      guard('unsubscribe', async () => (await client.srem(subscriptionsKey, channel)) === 1),
    subscribedChannels: () =>
      guard('subscriptions', async () => (await client.smembers(subscriptionsKey)).sort()),
    claimOnce: (key, ttlMs, holder = ANONYMOUS) =>
      guard('claim', async () => {
        const ttl = Math.max(1, Math.ceil(ttlMs));
        return (await client.set(claimKey(key), holder, 'PX', ttl, 'NX')) === 'OK';
      }),
    release: (key, holder) =>
      guard('release', async () => {
        await client.eval(RELEASE_IF_HELD, 1, claimKey(key), holder);
      }),
    holderOf: (key) => guard('claim', () => client.get(claimKey(key))),
  };
}
