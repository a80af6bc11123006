/**
 * Counts work in progress (commands after their ack, digests), so a shutdown
 * can wait for it to finish, with a bound.
 */
export interface InFlight {
  readonly count: number;
  /** Run `fn` counted as in flight until it settles. */
  track<T>(fn: () => Promise<T>): Promise<T>;
  /** Resolves true once nothing is in flight, or false after `timeoutMs` with work still running. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createInFlight(onChange: (count: number) => void = () => {}): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    count -= 1;
    onChange(count);
    if (count === 0) {
      const done = waiters;
      waiters = [];
      for (const w of done) w();
    }
  };
  return {
    get count() {
      return count;
    },
    async track(fn) {
      count += 1;
      onChange(count);
      try {
        return await fn();
      } finally {
        settle();
      }
    },
    idle(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      });
    },
  };
}
