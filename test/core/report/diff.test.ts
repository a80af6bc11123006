import { describe, expect, it } from 'vitest';
import { diffBaseline } from '../../../src/core/report/diff-baseline.ts';
import { diffSnapshots } from '../../../src/core/report/diff-snapshots.ts';
import type { Snapshot } from '../../../src/core/snapshot/snapshot.ts';
import type { InventoryRecord } from '../../support/inventory-from-records.ts';
import { nextWeek, snapshotOf, stateOfVersion, TEAMS, weekZero } from './diff-fixture.ts';

type Tally = { migrated: number; regressed: number; added: number; removed: number; movedIds: string[] };

/** The expected diff, host by host, straight from the records. */
function expectedDiff(before: readonly InventoryRecord[], after: readonly InventoryRecord[]) {
  const tally = new Map<string, Tally>(
    TEAMS.map((t) => [t, { migrated: 0, regressed: 0, added: 0, removed: 0, movedIds: [] }]),
  );
  const then = new Map(before.map((h) => [h.id, h]));
  const now = new Map(after.map((h) => [h.id, h]));
  for (const h of after) {
    const t = tally.get(h.team!)!;
    const old = then.get(h.id);
    if (!old) t.added++;
    else {
      const was = stateOfVersion(old.version) === 'migrated';
      const is = stateOfVersion(h.version) === 'migrated';
      if (!was && is) t.migrated++;
      if (was && !is) t.regressed++;
      if (was !== is) t.movedIds.push(h.id);
    }
  }
  for (const h of before) if (!now.has(h.id)) tally.get(h.team!)!.removed++;
  return tally;
}

function check(
  before: InventoryRecord[],
  after: InventoryRecord[],
  a: Snapshot,
  b: Snapshot,
  numeric: boolean,
) {
  const diff = diffSnapshots(a, b, { movedPerTeam: 5 });
  const expected = expectedDiff(before, after);
  const sum = (k: 'migrated' | 'regressed' | 'added' | 'removed') =>
    [...expected.values()].reduce((n, t) => n + t[k], 0);
  expect({
    migrated: diff.migrated,
    regressed: diff.regressed,
    added: diff.added,
    removed: diff.removed,
  }).toEqual({
    migrated: sum('migrated'),
    regressed: sum('regressed'),
    added: sum('added'),
    removed: sum('removed'),
  });
  expect(diff.migrated).toBeGreaterThan(0);
  expect(diff.regressed).toBeGreaterThan(0);
  expect(diff.progressDeltaPoints).toBeCloseTo(
    b.report.totals.progressPercent! - a.report.totals.progressPercent!,
    10,
  );
  expect(diff.teams.map((t) => t.team).sort()).toEqual([...TEAMS].sort());
  for (const t of diff.teams) {
    const e = expected.get(t.team)!;
    expect({ team: t.team, m: t.migrated, r: t.regressed, a: t.added, x: t.removed }).toEqual({
      team: t.team,
      m: e.migrated,
      r: e.regressed,
      a: e.added,
      x: e.removed,
    });
    const sortedIds = numeric ? [...e.movedIds].sort((x, y) => Number(x) - Number(y)) : e.movedIds;
    if (numeric) expect(t.moved.map((m) => m.id)).toEqual(sortedIds.slice(0, 5));
    else expect(t.moved.every((m) => e.movedIds.includes(m.id))).toBe(true);
    for (const m of t.moved)
      expect(m.change).toBe(stateOfVersion(`${m.to}(amd64)`) === 'migrated' ? 'migrated' : 'regressed');
    const now = b.report.teams.find((x) => x.team === t.team)!.progressPercent!;
    const then = a.report.teams.find((x) => x.team === t.team)!.progressPercent!;
    expect(t.progressDeltaPoints).toBeCloseTo(now - then, 10);
  }
}

describe('diffSnapshots', () => {
  it('counts migrated, regressed, added and removed hosts per team like a host-by-host comparison (numeric ids)', () => {
    const before = weekZero(600, 11);
    const after = nextWeek(before, 12);
    check(
      before,
      after,
      snapshotOf(before, '2024-01-01T06:00:00Z'),
      snapshotOf(after, '2024-01-08T06:00:00Z'),
      true,
    );
  });

  it('does the same with text ids', () => {
    const before = weekZero(400, 13, true);
    const after = nextWeek(before, 14, true);
    const a = snapshotOf(before, '2024-01-01T06:00:00Z');
    expect(a.hosts.ids.kind).toBe('text');
    check(before, after, a, snapshotOf(after, '2024-01-08T06:00:00Z'), false);
  });

  it('merges numeric ids correctly even when a snapshot is not in id order', () => {
    const before = weekZero(300, 15);
    const after = nextWeek(before, 16);
    const b = snapshotOf(after, '2024-01-08T06:00:00Z');
    const reversed = (s: Snapshot): Snapshot => {
      const h = s.hosts;
      const rev = <T extends { slice(): T; reverse(): T }>(x: T) => x.slice().reverse();
      const col = (c: typeof h.team) => ({ values: c.values, codes: rev(c.codes as Uint32Array) });
      return {
        ...s,
        hosts: {
          ...h,
          ids: { kind: 'numeric', values: rev(h.ids.values as Float64Array) },
          team: col(h.team),
          environment: col(h.environment),
          distribution: col(h.distribution),
          version: col(h.version),
          state: rev(h.state),
        },
      };
    };
    check(before, after, snapshotOf(before, '2024-01-01T06:00:00Z'), reversed(b), true);
  });

  it('is empty between a snapshot and itself', () => {
    const s = snapshotOf(weekZero(100, 17), '2024-01-01T06:00:00Z');
    const diff = diffSnapshots(s, s);
    expect([diff.migrated, diff.regressed, diff.added, diff.removed, diff.progressDeltaPoints]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});

describe('diffBaseline', () => {
  const at = (d: string) => ({ asOf: `${d}T06:00:00.000Z` });
  const history = ['2024-01-01', '2024-01-05', '2024-01-08', '2024-01-12', '2024-01-14'].map(at);

  it('takes the latest snapshot at least 7 days before the current one', () => {
    expect(diffBaseline(history, at('2024-01-15').asOf)).toEqual(at('2024-01-08'));
    expect(diffBaseline(history, at('2024-01-12').asOf)).toEqual(at('2024-01-05'));
  });

  it('falls back to the oldest earlier snapshot when history is younger than a week', () => {
    expect(diffBaseline(history, at('2024-01-05').asOf)).toEqual(at('2024-01-01'));
  });

  it('has no baseline without an earlier snapshot', () => {
    expect(diffBaseline(history, at('2024-01-01').asOf)).toBeNull();
    expect(diffBaseline([], at('2024-01-01').asOf)).toBeNull();
  });
});
