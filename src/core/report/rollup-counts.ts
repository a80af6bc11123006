/**
 * Host counts per group of a cube table, with Arquero: sums of hosts by state,
 * stale hosts, and progress = migrated / (migrated + pending) x 100 (null when
 * both are 0). With no grouping keys it gives the one row of totals.
 *
 * @example rollupCounts(cubeTable, ['team'])
 *   // [{ team: 'Team Blue', hosts: 42, migrated: 0, pending: 41, unknown: 1, stale: 0, progressPercent: 0 }]
 */
import { type ColumnTable, op } from 'arquero';
import type { Counts } from './report-model.ts';

type Row = Record<string, unknown>;
export type GroupCounts<K extends string> = Counts & { readonly [key in K]: string };

/** The cube with one column per state, so every figure below is a plain sum. */
export function withStateColumns(cube: ColumnTable): ColumnTable {
  return cube.derive({
    migrated: (d: Row) => (d.state === 'migrated' ? d.count : 0),
    pending: (d: Row) => (d.state === 'pending' ? d.count : 0),
    unknown: (d: Row) => (d.state === 'unknown' ? d.count : 0),
    staleHosts: (d: Row) => (d.stale as number) * (d.count as number),
  });
}

const sums = {
  hosts: op.sum('count'),
  migrated: op.sum('migrated'),
  pending: op.sum('pending'),
  unknown: op.sum('unknown'),
  stale: op.sum('staleHosts'),
};

export function rollupCounts<const K extends string>(
  counted: ColumnTable,
  keys: readonly K[],
): GroupCounts<K>[] {
  const grouped = keys.length ? counted.groupby(...keys) : counted;
  const rows = grouped
    .rollup(sums)
    .derive({
      progressPercent: (d: Row) => {
        const decided = (d.migrated as number) + (d.pending as number);
        return decided > 0 ? (100 * (d.migrated as number)) / decided : null;
      },
    })
    .objects() as Row[];
  // An empty table still has totals: all zero (Arquero's sum of nothing is undefined).
  return rows.map((r) => {
    const out: Row = { ...r };
    for (const k of ['hosts', 'migrated', 'pending', 'unknown', 'stale']) out[k] = (r[k] as number) ?? 0;
    out.progressPercent = r.progressPercent ?? null;
    return out as GroupCounts<K>;
  });
}
