/**
 * "What moved since the last digest": the latest stored snapshot against the
 * one the previous digest showed, i.e. the newest snapshot at or before the
 * previous slot (on a new install with nothing that old: the oldest one).
 */
import { type DigestSchedule, previousSlot } from '../core/digest/digest-slots.ts';
import type { SnapshotDiff } from '../core/report/history-model.ts';
import { diffSnapshots } from '../core/report/diff-snapshots.ts';
import { decodeSnapshot } from '../core/snapshot/decode-snapshot.ts';
import type { SnapshotStore } from './ports.ts';

/**
 * The diff, or null when there is no history to compare with, or when the
 * latest stored snapshot is not the read the digest shows (`asOf` differs:
 * e.g. the read was not recorded). Store failures reject.
 */
export async function digestDiff(
  store: SnapshotStore,
  schedule: DigestSchedule,
  slot: Date,
  asOf: string,
): Promise<SnapshotDiff | null> {
  const latest = await store.latest();
  if (!latest || Date.parse(latest.summary.asOf) !== Date.parse(asOf)) return null;
  const since = previousSlot(schedule, slot).toISOString();
  let base = await store.nearestBefore(since);
  if (!base) {
    const older = await store.summaries({ to: latest.summary.asOf });
    base = older.find((s) => s.id !== latest.summary.id) ?? null;
  }
  if (!base) return null;
  const now = decodeSnapshot(latest.bytes);
  if (base.id === latest.summary.id) return diffSnapshots(now, now);
  const earlier = await store.get(base.id);
  return earlier ? diffSnapshots(decodeSnapshot(earlier.bytes), now) : null;
}
