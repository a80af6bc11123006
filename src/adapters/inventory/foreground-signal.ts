/**
 * Lets the parse thread give way to interactive work: the main thread bumps a
 * shared counter whenever a request comes in, and the reader, between chunks,
 * waits while the counter keeps moving (a burst of slash commands), so the
 * acks get the CPU, the memory bandwidth and the network first. The wait is
 * bounded per chunk and per load: a steady stream of commands slows a refresh
 * down a little, it never stops it.
 */
const STEP_MS = 2;
const MAX_WAIT_PER_CHUNK_MS = 50;
const MAX_WAIT_PER_LOAD_MS = 1_000;

export interface ForegroundSignal {
  /** Shared with the parse thread (worker data). */
  readonly buffer: SharedArrayBuffer;
  /** A request came in (main thread). */
  bump(): void;
}

export function createForegroundSignal(): ForegroundSignal {
  const buffer = new SharedArrayBuffer(4);
  const counter = new Int32Array(buffer);
  return { buffer, bump: () => void Atomics.add(counter, 0, 1) };
}

/** For one load: resolves at once when no request came in since the last call, else once they stop (bounded). */
export function paceBehind(buffer: SharedArrayBuffer): () => Promise<void> {
  const counter = new Int32Array(buffer);
  let seen = Atomics.load(counter, 0);
  let budget = MAX_WAIT_PER_LOAD_MS;
  return async () => {
    let waited = 0;
    for (;;) {
      const now = Atomics.load(counter, 0);
      if (now === seen || waited >= MAX_WAIT_PER_CHUNK_MS || budget <= 0) {
        seen = now;
        return;
      }
      seen = now;
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
      waited += STEP_MS;
      budget -= STEP_MS;
    }
  };
}
