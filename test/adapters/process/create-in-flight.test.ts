import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../../src/adapters/process/create-in-flight.ts';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createInFlight', () => {
  it('is idle at once when nothing runs', async () => {
    expect(await createInFlight().idle(10_000)).toBe(true);
  });

  it('waits until every tracked job settles, failures included', async () => {
    const seen: number[] = [];
    const f = createInFlight((n) => seen.push(n));
    const a = deferred();
    const b = deferred();
    const ja = f.track(() => a.promise);
    const jb = f.track(async () => {
      await b.promise;
      throw new Error('job failed');
    });
    let idle = false;
    const waiting = f.idle(10_000).then((v) => (idle = v));
    a.resolve();
    await ja;
    await Promise.resolve();
    expect(idle).toBe(false);
    b.resolve();
    await expect(jb).rejects.toThrow('job failed');
    expect(await waiting).toBe(true);
    expect(seen).toEqual([1, 2, 1, 0]);
  });

  it('gives up after the bound with work still running', async () => {
    const f = createInFlight();
    const never = deferred();
    void f.track(() => never.promise);
    expect(await f.idle(30)).toBe(false);
    expect(f.count).toBe(1);
    never.resolve();
  });
});
