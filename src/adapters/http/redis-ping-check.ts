/**
 * Readiness check for Redis: a PING on the request-path client (which has no
 * offline queue, so a down server fails at once instead of queueing).
 */
import type { ReadyCheck } from './create-readiness.ts';

export function redisPingCheck(client: { ping(): Promise<unknown> }, timeoutMs = 500): ReadyCheck {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<unknown>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      return (await Promise.race([client.ping(), timeout])) === 'PONG';
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}
