/** Summaries oldest asOf first; equal asOf by read time, so `.at(-1)` is the latest read. */
import type { SnapshotSummary } from '../../core/snapshot/snapshot.ts';

export function sortSummaries(summaries: SnapshotSummary[]): SnapshotSummary[] {
  return summaries.sort(
    (a, b) =>
      Date.parse(a.asOf) - Date.parse(b.asOf) ||
      Date.parse(a.takenAt) - Date.parse(b.takenAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
