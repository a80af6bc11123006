/**
 * The parse thread's pacing: no wait while no request comes in, a wait while
 * requests keep coming, and never more than its bounds (a steady stream of
 * requests slows a load, it never stops it). Fake timers: order, not speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createForegroundSignal, paceBehind } from '../../../src/adapters/inventory/foreground-signal.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('paceBehind', () => {
  it('goes on at once when no request came in', async () => {
    const signal = createForegroundSignal();
    const pace = paceBehind(signal.buffer);
    let passed = false;
    void pace().then(() => {
      passed = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(passed).toBe(true);
  });

  it('waits while requests keep coming and goes on once they stop', async () => {
    const signal = createForegroundSignal();
    const pace = paceBehind(signal.buffer);
    signal.bump();
    let passed = false;
    void pace().then(() => {
      passed = true;
    });
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(1);
      signal.bump();
      expect(passed).toBe(false);
    }
    await vi.advanceTimersByTimeAsync(10);
    expect(passed).toBe(true);
  });

  it('stops waiting within its bounds under a steady stream of requests', async () => {
    const signal = createForegroundSignal();
    const pace = paceBehind(signal.buffer);
    const bumping = setInterval(() => signal.bump(), 1);
    let chunks = 0;
    const reading = (async () => {
      for (let i = 0; i < 100; i++) {
        await pace();
        chunks++;
      }
    })();
    await vi.advanceTimersByTimeAsync(5_000);
    clearInterval(bumping);
    await reading;
    expect(chunks).toBe(100);
  });
});
