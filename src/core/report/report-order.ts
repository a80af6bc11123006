/**
 * The orders people read the report in: teams by name (numeric-aware, so
 * `Team 2` before `Team 10`), environments LIVE first, and "furthest behind"
 * as lowest progress first.
 *
 * @example sortEnvironments([{ name: 'DEV', hosts: 9 }, { name: 'LIVE', hosts: 2 }]) // LIVE, DEV
 */
import type { Counts } from './report-model.ts';

export const teamCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const FIRST_ENVIRONMENT = 'LIVE';

/** LIVE first, then by hosts descending, then by name. */
export function sortEnvironments<T extends { readonly name: string; readonly hosts: number }>(
  rows: T[],
): T[] {
  return rows.sort(
    (a, b) =>
      Number(b.name === FIRST_ENVIRONMENT) - Number(a.name === FIRST_ENVIRONMENT) ||
      b.hosts - a.hosts ||
      teamCollator.compare(a.name, b.name),
  );
}

/** Lowest progress first, teams without progress (nothing decided) last, ties by name. */
export function sortFurthestBehind<T extends Counts & { readonly team: string }>(teams: readonly T[]): T[] {
  return [...teams].sort(
    (a, b) =>
      (a.progressPercent ?? Number.POSITIVE_INFINITY) - (b.progressPercent ?? Number.POSITIVE_INFINITY) ||
      teamCollator.compare(a.team, b.team),
  );
}
