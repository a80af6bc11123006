/**
 * Host counts per group, with Arquero. A "counted" table has one column per
 * figure (hosts, migrated, pending, unknown, stale), so any grouping is a plain
 * sum, and a rollup of a rollup stays a counted table: the report sums the big
 * cube once per key set and derives the coarser groups from those small results.
 *
 * @example countsOf<'team'>(sumCounts(counted, ['team']))
 *   // [{ team: 'Team Blue', hosts: 42, migrated: 0, pending: 41, unknown: 1, stale: 0, progressPercent: 0 }]
 */
import { type ColumnTable, op } from 'arquero';
import type { Counts } from './report-model.ts';

type Row = Record<string, unknown>;
export type GroupCounts<K extends string> = Counts & { readonly [key in K]: string };

const FIGURES = ['hosts', 'migrated', 'pending', 'unknown', 'stale'] as const;

/** The cube (one row per cell with `state`, `stale` and `count`) as a counted table. */
export function withStateColumns(cube: ColumnTable): ColumnTable {
  return cube
    .derive({
      hosts: (d: Row) => d.count,
      migrated: (d: Row) => (d.state === 'migrated' ? d.count : 0),
      pending: (d: Row) => (d.state === 'pending' ? d.count : 0),
      unknown: (d: Row) => (d.state === 'unknown' ? d.count : 0),
      staleHosts: (d: Row) => (d.stale as number) * (d.count as number),
    })
    .select('team', 'version', 'major', 'environment', ...FIGURES.slice(0, 4), 'staleHosts')
    .rename({ staleHosts: 'stale' });
}

/** A counted table summed per `keys` (all rows into one with no keys). */
export function sumCounts(counted: ColumnTable, keys: readonly string[]): ColumnTable {
  const grouped = keys.length ? counted.groupby(...keys) : counted;
  return grouped.rollup(Object.fromEntries(FIGURES.map((f) => [f, op.sum(f)])));
}

/** The rows of a summed table with progress = migrated / (migrated + pending) x 100, null when both are 0. */
export function countsOf<const K extends string>(
  summed: ColumnTable,
  _keys?: readonly K[],
): GroupCounts<K>[] {
  const rows = summed
    .derive({
      progressPercent: (d: Row) =>
        (d.migrated as number) + (d.pending as number) > 0
          ? (100 * (d.migrated as number)) / ((d.migrated as number) + (d.pending as number))
          : null,
    })
    .objects() as Row[];
  // An empty table still has totals: all zero (Arquero's sum of nothing is undefined).
  return rows.map((r) => {
    const out: Row = { ...r, progressPercent: r.progressPercent ?? null };
    for (const f of FIGURES) out[f] = (r[f] as number) ?? 0;
    return out as GroupCounts<K>;
  });
}
