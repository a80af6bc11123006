/**
 * The history store the config asks for: Redis when `REDIS_URL` is set (a
 * fail-fast request-path client), else the embedded file store in `DATA_DIR`.
 */
import type { Clock, Logger } from '../../app/ports.ts';
import type { Config } from '../../config/load-config.ts';
import { createFileStore } from './create-file-store.ts';
import { createRedisClient } from './create-redis-client.ts';
import { createRedisStore } from './create-redis-store.ts';
import type { HistoryStore } from './history-store.ts';

export interface OpenedHistoryStore {
  readonly store: HistoryStore;
  readonly kind: 'redis' | 'file';
  /** Where it lives, for logs (the Redis URL without credentials, or the directory). */
  readonly location: string;
  close(): Promise<void>;
}

export interface OpenHistoryStoreOptions {
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Redis key prefix (default `java-migration:`). */
  readonly prefix?: string;
}

const BULK_TIMEOUT_MS = 10_000;

const withoutCredentials = (url: string) => url.replace(/\/\/[^@/]*@/, '//');

export function openHistoryStore(
  config: Pick<Config, 'store'>,
  options: OpenHistoryStoreOptions = {},
): OpenedHistoryStore {
  const { redisUrl, dataDir } = config.store;
  if (!redisUrl) {
    return {
      store: createFileStore(dataDir, options.clock),
      kind: 'file',
      location: dataDir,
      close: async () => {},
    };
  }
  const location = withoutCredentials(redisUrl);
  let lastError = '';
  const onError = (error: Error) => {
    // Log each distinct connection error once, not on every reconnect attempt.
    if (error.message === lastError) return;
    lastError = error.message;
    options.logger?.warn({ err: error, redis: location }, 'redis connection error');
  };
  const client = createRedisClient(redisUrl, { onError });
  // Snapshot blobs are ~13 MB at a million hosts: moving one can outlast the request-path timeout.
  const bulk = createRedisClient(redisUrl, { onError, commandTimeoutMs: BULK_TIMEOUT_MS });
  client.on('ready', () => {
    lastError = '';
  });
  return {
    store: createRedisStore(client, options.prefix, bulk),
    kind: 'redis',
    location,
    close: async () => {
      await Promise.all([client, bulk].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
