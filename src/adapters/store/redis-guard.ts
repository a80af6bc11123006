/**
 * Runs a Redis call and turns any failure into a StoreUnavailableError, after
 * giving clients that have never connected a short moment to do so (without
 * the offline queue, a command sent during the first connect would fail).
 */
import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../app/store-unavailable-error.ts';

const FIRST_CONNECT_WAIT_MS = 1_000;

export type RedisGuard = <T>(operation: string, run: () => Promise<T>) => Promise<T>;

/** Resolves once `client` is ready for the first time (at most a second's wait); at once afterwards. */
function firstConnect(client: Redis): () => Promise<void> {
  let everReady = client.status === 'ready';
  client.on('ready', () => {
    everReady = true;
  });
  return () => {
    if (everReady || client.status === 'ready' || client.status === 'end') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, FIRST_CONNECT_WAIT_MS);
      client.on('ready', done);
    });
  };
}

/** A guard for calls that use `clients` (all of them get their first-connect moment). */
export function redisGuard(...clients: Redis[]): RedisGuard {
  const waits = clients.map(firstConnect);
  return async (operation, run) => {
    await Promise.all(waits.map((wait) => wait()));
    try {
      return await run();
    } catch (error) {
      // A reply error is Redis refusing a command; anything else (closed, refused, timed out) is an outage.
      const reason = (error as Error)?.name === 'ReplyError' ? 'Redis error' : 'Redis unreachable';
      throw new StoreUnavailableError(reason, operation, { cause: error });
    }
  };
}
