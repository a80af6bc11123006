/**
 * Load the inventory once at start-up, in the background, retrying with a
 * back-off until it works: readiness waits for a first inventory, and in HTTP
 * mode no command would arrive to load it while the pod is not ready.
 */
import type { Logger } from 'pino';

export function warmUp(
  load: () => Promise<unknown>,
  deps: { readonly logger: Logger; readonly onLoaded: () => void; readonly maxDelayMs?: number },
): { stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (n: number) => {
    if (stopped) return;
    try {
      await load();
      if (!stopped) deps.onLoaded();
    } catch (err) {
      const delay = Math.min(1000 * 2 ** n, deps.maxDelayMs ?? 60_000);
      deps.logger.warn({ err, retryInMs: delay }, 'first inventory load failed; retrying');
      if (!stopped) timer = setTimeout(() => void attempt(n + 1), delay);
    }
  };
  void attempt(0);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
