/**
 * The ioredis client for the request path: when Redis is down a command fails
 * within about half a second instead of queueing for seconds, and the client
 * keeps reconnecting in the background so history comes back by itself.
 * Keep it separate from BullMQ's connection, which needs the opposite settings.
 */
import { Redis } from 'ioredis';

export interface RedisClientOptions {
  /** Per-command timeout, ms (default 500). */
  readonly commandTimeoutMs?: number;
  /** Called with connection errors (they are expected while Redis is down; never thrown). */
  readonly onError?: (error: Error) => void;
}

export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: options.commandTimeoutMs ?? 500,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Retry forever, backing off to 2 s: Redis coming back must be noticed without a restart.
    retryStrategy: (times) => Math.min(100 * times, 2_000),
  });
  // Without a listener ioredis reports every failed reconnect as an unhandled error event.
  client.on('error', (error: Error) => options.onError?.(error));
  return client;
}
