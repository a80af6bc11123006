import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { warmUp } from '../../../src/adapters/process/warm-up.ts';
import { captureLogs } from '../log/capture-logs.ts';

describe('warmUp', () => {
  it('retries a failing first load with a back-off until it works, then reports it once', async () => {
    const out = captureLogs();
    let attempts = 0;
    let loaded = 0;
    const done = new Promise<void>((resolve) => {
      warmUp(
        async () => {
          attempts += 1;
          if (attempts < 3) throw new Error(`inventory server down (${attempts})`);
        },
        {
          logger: createLogger({ destination: out.stream }),
          onLoaded: () => {
            loaded += 1;
            resolve();
          },
          maxDelayMs: 20,
        },
      );
    });
    await done;
    expect(attempts).toBe(3);
    expect(loaded).toBe(1);
    expect(out.records().map((r) => r.msg)).toEqual([
      'first inventory load failed; retrying',
      'first inventory load failed; retrying',
    ]);
  });

  it('stops retrying once stopped (shutdown)', async () => {
    let attempts = 0;
    const warm = warmUp(
      async () => {
        attempts += 1;
        throw new Error('down');
      },
      { logger: createLogger({ destination: captureLogs().stream }), onLoaded: () => {}, maxDelayMs: 10 },
    );
    await new Promise((r) => setTimeout(r, 5));
    warm.stop();
    const seen = attempts;
    await new Promise((r) => setTimeout(r, 60));
    expect(attempts).toBe(seen);
  });
});
