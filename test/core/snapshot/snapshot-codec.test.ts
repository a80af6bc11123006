import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fleet } from '../../../src/core/inventory/fleet.ts';
import { decodeSnapshot } from '../../../src/core/snapshot/decode-snapshot.ts';
import { encodeSnapshot } from '../../../src/core/snapshot/encode-snapshot.ts';
import { fleetFromSnapshot } from '../../../src/core/snapshot/fleet-from-snapshot.ts';
import { STALE_BIT, type Snapshot } from '../../../src/core/snapshot/snapshot.ts';
import { SnapshotError } from '../../../src/core/snapshot/snapshot-error.ts';
import { summarizeSnapshot } from '../../../src/core/snapshot/summarize-snapshot.ts';
import { takeSnapshot } from '../../../src/core/snapshot/take-snapshot.ts';
import { minimalReport, stateOf, syntheticFleet } from './synthetic-fleet.ts';

const takenAt = new Date('2019-03-18T09:00:00Z');
const snap = (fleet: Fleet): Snapshot =>
  takeSnapshot({
    fleet,
    report: minimalReport(fleet),
    contentHash: 'ab'.repeat(32),
    source: 's.csv',
    takenAt,
    target: 11,
  });

const idText = (fleet: Fleet, i: number) => String(fleet.ids.values[i]);

/** Every host of `fleet`, as text, looked up by id in the decoded snapshot. */
function expectSameHosts(fleet: Fleet, decoded: Snapshot) {
  const h = decoded.hosts;
  expect(h.count).toBe(fleet.hosts);
  const row = new Map<string, number>();
  for (let i = 0; i < h.count; i++) row.set(String(h.ids.values[i]), i);
  const names = ['migrated', 'pending', 'unknown'];
  for (let i = 0; i < fleet.hosts; i++) {
    const j = row.get(idText(fleet, i));
    expect(j).toBeDefined();
    const at = j as number;
    const got = [h.team, h.environment, h.distribution, h.version].map((c) => c.values[c.codes[at]]);
    const want = [fleet.team, fleet.environment, fleet.distribution, fleet.version].map(
      (c) => c.values[c.codes[i]],
    );
    if (got.join('|') !== want.join('|')) expect(got).toEqual(want);
    if (names[h.state[at] & 3] !== stateOf(fleet, i)) expect(names[h.state[at] & 3]).toBe(stateOf(fleet, i));
    if (Boolean(h.state[at] & STALE_BIT) !== Boolean(fleet.stale[i]))
      expect(h.state[at] & STALE_BIT).toBe(fleet.stale[i]);
  }
}

describe('snapshot codec', () => {
  it('round-trips a 100k-host fleet with numeric ids in under 14 bytes a host', () => {
    const fleet = syntheticFleet({ hosts: 100_000, seed: 3 });
    const s = snap(fleet);
    const bytes = encodeSnapshot(s);
    // 8 (id) + 5 x 1 (codes, state) = 13 bytes a host; the rest is the small header.
    expect(bytes.length).toBeLessThan(100_000 * 13 + 32_000);
    const decoded = decodeSnapshot(bytes);
    expect(decoded.meta).toEqual(s.meta);
    expect(decoded.report).toEqual(s.report);
    expectSameHosts(fleet, decoded);
    const ids = decoded.hosts.ids.values as Float64Array;
    for (let i = 1; i < ids.length; i++) if (ids[i - 1] >= ids[i]) expect.fail(`ids not ascending at ${i}`);
  });

  it('round-trips text ids (non-ASCII included) and keeps their order', () => {
    const fleet = syntheticFleet({ hosts: 500, seed: 4, ids: 'text' });
    const decoded = decodeSnapshot(encodeSnapshot(snap(fleet)));
    expect(decoded.hosts.ids).toEqual(fleet.ids);
    expectSameHosts(fleet, decoded);
  });

  it('uses 16-bit codes past 256 dictionary values and still round-trips', () => {
    const fleet = syntheticFleet({ hosts: 3000, seed: 5, teams: 300 });
    const decoded = decodeSnapshot(encodeSnapshot(snap(fleet)));
    expect(decoded.hosts.team.codes).toBeInstanceOf(Uint16Array);
    expectSameHosts(fleet, decoded);
  });

  it('reads bytes that start at an odd offset (as Redis buffers can)', () => {
    const fleet = syntheticFleet({ hosts: 200, seed: 6 });
    const bytes = encodeSnapshot(snap(fleet));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expectSameHosts(fleet, decodeSnapshot(shifted.subarray(3)));
    // A Node Buffer too: its slice() shares memory, unlike Uint8Array's.
    const buffer = Buffer.concat([Buffer.from([1, 2, 3, 4, 5]), bytes]).subarray(5);
    expectSameHosts(fleet, decodeSnapshot(buffer));
  });

  it('rebuilds a Fleet that carries the same hosts, states and stale flags', () => {
    const fleet = syntheticFleet({ hosts: 300, seed: 7 });
    const rebuilt = fleetFromSnapshot(decodeSnapshot(encodeSnapshot(snap(fleet))));
    expect(rebuilt.hosts).toBe(300);
    expect(rebuilt.stale.reduce((a, b) => a + b, 0)).toBe(fleet.stale.reduce((a, b) => a + b, 0));
    const states = (f: Fleet) =>
      Array.from({ length: f.hosts }, (_, i) => `${idText(f, i)}:${stateOf(f, i)}`).sort();
    expect(states(rebuilt)).toEqual(states(fleet));
    expect(rebuilt.asOf).toBe(fleet.asOf);
  });

  it('summarises a snapshot without its host columns', () => {
    const fleet = syntheticFleet({ hosts: 400, seed: 8, teams: 3 });
    const s = snap(fleet);
    const summary = summarizeSnapshot(s.meta, s.report);
    expect(summary.id).toBe(s.meta.id);
    expect(summary.teams.map((t) => t.name)).toEqual(['Team 0', 'Team 1', 'Team 2']);
    expect(summary.teams.reduce((a, t) => a + t.hosts, 0)).toBe(400);
    expect(JSON.stringify(summary).length).toBeLessThan(2000);
  });
});

describe('snapshot decoding of bad blobs', () => {
  const good = encodeSnapshot(snap(syntheticFleet({ hosts: 50, seed: 9 })));
  const error = (bytes: Uint8Array) => {
    try {
      decodeSnapshot(bytes);
      return null;
    } catch (e) {
      return e;
    }
  };

  it('names an unknown schema version', () => {
    const other = good.slice();
    new DataView(other.buffer).setUint32(4, 99, true);
    const e = error(other);
    expect(e).toBeInstanceOf(SnapshotError);
    expect((e as SnapshotError).reason).toBe('schema');
    expect((e as Error).message).toContain('99');
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['text', new TextEncoder().encode('255,255,0,1,2,3,4,5,6,7,8,9')],
    ['truncated', good.subarray(0, good.length - 40)],
    ['header cut', good.subarray(0, 40)],
  ])('rejects a %s blob with a SnapshotError', (_name, bytes) => {
    expect(error(bytes)).toBeInstanceOf(SnapshotError);
  });

  it('rejects a dictionary code out of range', () => {
    const bad = good.slice();
    const versions = decodeSnapshot(bad).hosts.version.codes;
    bad[versions.byteOffset + 7] = 250; // the decoded column is a view on `bad`: row 7's version code
    const e = error(bad);
    expect(e).toBeInstanceOf(SnapshotError);
    expect((e as Error).message).toContain('version row 7');
  });

  it('never throws anything but a SnapshotError on any byte mutation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(good.length),
        (edits, cut) => {
          const bytes = good.slice(0, Math.max(cut, 12));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const e = error(bytes);
          return e === null || e instanceof SnapshotError;
        },
      ),
      { numRuns: 400 },
    );
  });
});
