/**
 * The Redis-backed history store: snapshots, digest subscriptions and
 * once-only claims on one request-path client, all keys under `prefix`.
 */
import type { Redis } from 'ioredis';
import type { HistoryStore } from './history-store.ts';
import { createRedisChannelStore } from './redis-channel-store.ts';
import { createRedisSnapshotStore } from './redis-snapshot-store.ts';

/** `bulk`: a client with a longer command timeout for the snapshot blobs (default: `client`). */
export function createRedisStore(
  client: Redis,
  prefix = 'java-migration:',
  bulk: Redis = client,
): HistoryStore {
  return { ...createRedisSnapshotStore(client, prefix, bulk), ...createRedisChannelStore(client, prefix) };
}
