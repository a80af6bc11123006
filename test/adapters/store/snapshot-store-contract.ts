/**
 * The one behaviour every history store must have (Redis and the embedded
 * file store run this same suite): idempotent puts, newest-first reads,
 * ranges, retention, subscriptions and once-only claims with their release.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSnapshot } from '../../../src/core/snapshot/decode-snapshot.ts';
import type { HistoryStore } from '../../../src/adapters/store/history-store.ts';
import { storedSnapshot } from './stored-snapshot-fixture.ts';

export interface StoreHandle {
  readonly store: HistoryStore;
  close(): Promise<void>;
}

const day = (d: string) => `2024-${d}T06:00:00.000Z`;

export function snapshotStoreContract(name: string, makeStore: () => Promise<StoreHandle>) {
  describe(`${name} history store contract`, () => {
    let handle: StoreHandle;
    let store: HistoryStore;
    beforeEach(async () => {
      handle = await makeStore();
      store = handle.store;
    });
    afterEach(() => handle.close());

    it('starts empty', async () => {
      expect(await store.latest()).toBeNull();
      expect(await store.summaries()).toEqual([]);
      expect(await store.nearestBefore(day('01-01'))).toBeNull();
      expect(await store.get('001704088800000-0000000100000001')).toBeNull();
    });

    it('stores a snapshot once: the same id again changes nothing', async () => {
      const first = storedSnapshot({ asOf: day('01-01'), takenAt: day('01-02'), seed: 1 });
      const again = storedSnapshot({ asOf: day('01-01'), takenAt: day('01-09'), seed: 1 });
      expect(again.summary.id).toBe(first.summary.id);
      expect(await store.put(first)).toBe(true);
      expect(await store.put(again)).toBe(false);
      expect(await store.summaries()).toEqual([first.summary]);
      const got = await store.get(first.summary.id);
      expect(Buffer.from(got!.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    });

    it('gives back the exact bytes, which decode to the same snapshot', async () => {
      const big = storedSnapshot({ asOf: day('02-01'), seed: 7, hosts: 150_000 });
      await store.put(big);
      const got = await store.get(big.summary.id);
      expect(got?.summary).toEqual(big.summary);
      expect(Buffer.from(got!.bytes).equals(Buffer.from(big.bytes))).toBe(true);
      expect(decodeSnapshot(got!.bytes).hosts.count).toBe(150_000);
    });

    it('hands out bytes that stay intact while later reads happen', async () => {
      const a = storedSnapshot({ asOf: day('02-01'), seed: 8, hosts: 20_000 });
      const b = storedSnapshot({ asOf: day('02-08'), seed: 9, hosts: 20_000 });
      await store.put(a);
      await store.put(b);
      const held = await store.get(a.summary.id);
      for (let i = 0; i < 5; i++)
        await Promise.all([store.get(b.summary.id), store.latest(), store.summaries()]);
      expect(Buffer.from(held!.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    });

    it('returns the newest asOf as latest, and among equal asOf the one read last', async () => {
      await store.put(storedSnapshot({ asOf: day('01-08'), seed: 2 }));
      await store.put(storedSnapshot({ asOf: day('01-15'), takenAt: day('01-16'), seed: 3 }));
      await store.put(storedSnapshot({ asOf: day('01-15'), takenAt: day('01-17'), seed: 4 }));
      await store.put(storedSnapshot({ asOf: day('01-01'), seed: 5 })); // an import of older history
      const latest = await store.latest();
      expect(latest?.summary.contentHash).toBe(
        storedSnapshot({ asOf: day('01-15'), seed: 4 }).summary.contentHash,
      );
      expect(decodeSnapshot(latest!.bytes).meta.id).toBe(latest?.summary.id);
    });

    it('lists summaries oldest first, within inclusive asOf bounds', async () => {
      for (const [d, seed] of [
        ['01-15', 1],
        ['01-01', 2],
        ['01-22', 3],
        ['01-08', 4],
      ] as const) {
        await store.put(storedSnapshot({ asOf: day(d), seed }));
      }
      const asOf = (s: { asOf: string }[]) => s.map((x) => x.asOf);
      expect(asOf(await store.summaries())).toEqual(['01-01', '01-08', '01-15', '01-22'].map(day));
      expect(asOf(await store.summaries({ from: day('01-08'), to: day('01-15') }))).toEqual([
        day('01-08'),
        day('01-15'),
      ]);
      expect(asOf(await store.summaries({ from: day('01-09') }))).toEqual([day('01-15'), day('01-22')]);
      expect((await store.nearestBefore(day('01-14')))?.asOf).toBe(day('01-08'));
      expect((await store.nearestBefore(day('01-15')))?.asOf).toBe(day('01-15'));
      expect(await store.nearestBefore(day('01-01').replace('06:', '05:'))).toBeNull();
    });

    it('thins snapshots older than the window to one a week', async () => {
      const days = ['01-01', '01-02', '01-03', '01-08', '01-09', '03-01', '03-02'];
      for (const [i, d] of days.entries()) await store.put(storedSnapshot({ asOf: day(d), seed: 10 + i }));
      const dropped = await store.prune({ keepAllDays: 30, now: new Date(day('03-05')) });
      expect(dropped).toBe(3);
      expect((await store.summaries()).map((s) => s.asOf)).toEqual(
        ['01-03', '01-09', '03-01', '03-02'].map(day),
      );
      expect(await store.get(storedSnapshot({ asOf: day('01-01'), seed: 10 }).summary.id)).toBeNull();
      expect(await store.prune({ keepAllDays: 30, now: new Date(day('03-05')) })).toBe(0);
    });

    it('keeps concurrent puts of different snapshots', async () => {
      const all = Array.from({ length: 8 }, (_, i) =>
        storedSnapshot({ asOf: day(`01-${10 + i}`), seed: 20 + i }),
      );
      expect(await Promise.all(all.map((s) => store.put(s)))).toEqual(all.map(() => true));
      expect((await store.summaries()).length).toBe(8);
    });

    it('keeps a set of subscribed channels', async () => {
      expect(await store.subscribe('C0002')).toBe(true);
      expect(await store.subscribe('C0001')).toBe(true);
      expect(await store.subscribe('C0002')).toBe(false);
      expect(await store.subscribedChannels()).toEqual(['C0001', 'C0002']);
      expect(await store.unsubscribe('C0002')).toBe(true);
      expect(await store.unsubscribe('C0002')).toBe(false);
      expect(await store.subscribedChannels()).toEqual(['C0001']);
    });

    it('lets exactly one of many concurrent callers claim a key, until it expires', async () => {
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => store.claimOnce('digest:2024-01-01:C1', 150)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.claimOnce('digest:2024-01-01:C2', 150)).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(await store.claimOnce('digest:2024-01-01:C1', 60_000)).toBe(true);
      expect(await store.claimOnce('digest:2024-01-01:C1', 60_000)).toBe(false);
    });

    it("frees a claim at its holder's release only, and never one that ran out and was taken again", async () => {
      expect(await store.claimOnce('lease:C1', 60_000, 'holder-a')).toBe(true);
      await store.release('lease:C1', 'holder-b');
      expect(await store.claimOnce('lease:C1', 60_000, 'holder-b')).toBe(false);
      await store.release('lease:C1', 'holder-a');
      expect(await store.claimOnce('lease:C1', 60_000, 'holder-b')).toBe(true);
      // A's claim runs out and C takes the key: A's late release leaves C's claim alone.
      expect(await store.claimOnce('lease:C2', 100, 'holder-a')).toBe(true);
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.claimOnce('lease:C2', 60_000, 'holder-c')).toBe(true);
      await store.release('lease:C2', 'holder-a');
      expect(await store.claimOnce('lease:C2', 60_000, 'holder-a')).toBe(false);
      // Releasing a key nobody holds is a no-op.
      await store.release('lease:C3', 'holder-a');
      expect(await store.claimOnce('lease:C3', 60_000)).toBe(true);
    });

    it('tells who holds a live claim, and nobody once it ran out', async () => {
      expect(await store.holderOf('sent:C1')).toBeNull();
      expect(await store.claimOnce('sent:C1', 60_000, '1733130000.000100')).toBe(true);
      expect(await store.holderOf('sent:C1')).toBe('1733130000.000100');
      expect(await store.claimOnce('sent:C2', 100, 'holder-a')).toBe(true);
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.holderOf('sent:C2')).toBeNull();
    });
  });
}
