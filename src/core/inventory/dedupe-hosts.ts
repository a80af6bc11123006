/**
 * Resolves host ids that appear more than once: the row with the latest
 * `Last seen` wins; a readable date beats an unreadable one (NaN); on a tie
 * the LATER row in the file wins (exports append newer records). Returns the
 * kept row indices in file order, or null when every id is unique (the common
 * case, so no copy is made).
 *
 * @example dedupeHosts({ kind: 'text', values: ['a', 'a'] }, Float64Array.of(2, 1))
 *   // { keep: Uint32Array [0], dropped: 1 }
 */
import type { HostIds } from './inventory.ts';
import { radixSortIds } from './radix-sort-ids.ts';

export interface Dedupe {
  readonly keep: Uint32Array | null;
  readonly dropped: number;
}

/** True when row `b` should replace row `a` (b comes later in the file). */
function beats(lastSeen: Float64Array, a: number, b: number): boolean {
  const ta = lastSeen[a];
  const tb = lastSeen[b];
  if (Number.isNaN(tb)) return Number.isNaN(ta);
  return Number.isNaN(ta) || tb >= ta;
}

/** Numeric ids: one radix sort of the ids finds whether any id repeats at all. */
function duplicatedNumericIds(ids: Float64Array): Set<number> {
  const sorted = radixSortIds(ids);
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  return repeated;
}

function keepWinners(
  n: number,
  keyOf: (row: number) => number | string | undefined,
  lastSeen: Float64Array,
): Dedupe {
  const winner = new Map<number | string, number>();
  const losing = new Uint8Array(n);
  for (let row = 0; row < n; row++) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const previous = winner.get(key);
    if (previous === undefined) winner.set(key, row);
    else if (beats(lastSeen, previous, row)) {
      losing[previous] = 1;
      winner.set(key, row);
    } else losing[row] = 1;
  }
  let dropped = 0;
  for (let row = 0; row < n; row++) dropped += losing[row];
  if (dropped === 0) return { keep: null, dropped: 0 };
  const keep = new Uint32Array(n - dropped);
  for (let row = 0, k = 0; row < n; row++) if (!losing[row]) keep[k++] = row;
  return { keep, dropped };
}

export function dedupeHosts(ids: HostIds, lastSeen: Float64Array): Dedupe {
  if (ids.kind === 'text') {
    const values = ids.values;
    return keepWinners(values.length, (row) => values[row], lastSeen);
  }
  const values = ids.values;
  const repeated = duplicatedNumericIds(values);
  if (repeated.size === 0) return { keep: null, dropped: 0 };
  // Only rows whose id repeats go through the Map; the rest pass straight through.
  return keepWinners(values.length, (row) => (repeated.has(values[row]) ? values[row] : undefined), lastSeen);
}
