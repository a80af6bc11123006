/**
 * workAfterAcks: commands' work waits until arrivals stop for a moment (or
 * waited long enough), then goes one at a time, in arrival order. Driven by
 * fake timers and a fake clock, so it checks the order of events, not speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
  vi.resetModules();
});
afterEach(() => vi.useRealTimers());

const load = async () => (await import('../../../src/adapters/slack/work-after-acks.ts')).workAfterAcks;

describe('workAfterAcks', () => {
  it('lets work go in arrival order once no command has come in for a moment', async () => {
    const workAfterAcks = await load();
    const started: string[] = [];
    const all = ['a', 'b', 'c'].map((name) => workAfterAcks().then(() => started.push(name)));
    await vi.advanceTimersByTimeAsync(2);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    await Promise.all(all);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('holds waiting work while commands keep arriving, then lets it go', async () => {
    const workAfterAcks = await load();
    const started: number[] = [];
    const first = workAfterAcks().then(() => started.push(0));
    for (let i = 1; i <= 10; i++) {
      await vi.advanceTimersByTimeAsync(3); // a new command every 3 ms: never 5 ms of quiet
      void workAfterAcks().then(() => started.push(i));
      expect(started).toEqual([]);
    }
    await vi.advanceTimersByTimeAsync(10);
    await first;
    expect(started[0]).toBe(0);
  });

  it('does not hold work forever under a steady stream of commands', async () => {
    const workAfterAcks = await load();
    let done = false;
    const first = workAfterAcks().then(() => {
      done = true;
    });
    for (let i = 0; i < 200 && !done; i++) {
      await vi.advanceTimersByTimeAsync(2);
      void workAfterAcks();
    }
    await first;
    expect(done).toBe(true);
  });
});
