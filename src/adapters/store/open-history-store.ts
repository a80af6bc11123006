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
  const client = createRedisClient(redisUrl, {
    onError: (error) => {
      // Log each distinct connection error once, not on every reconnect attempt.
      if (error.message === lastError) return;
      lastError = error.message;
      options.logger?.warn({ err: error, redis: location }, 'redis connection error');
    },
  });
  client.on('ready', () => {
    lastError = '';
  });
  return {
    store: createRedisStore(client, options.prefix),
    kind: 'redis',
    location,
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
