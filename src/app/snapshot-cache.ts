/**
 * Snapshots in this process: the one taken of each inventory read (made once,
 * on first use) and a few decoded earlier ones (the week-ago baseline is read
 * on every status; fetching it again each time would move megabytes).
 */
import type { Campaign } from '../core/campaign.ts';
import { decodeSnapshot } from '../core/snapshot/decode-snapshot.ts';
import { fleetFromSnapshot } from '../core/snapshot/fleet-from-snapshot.ts';
import type { Snapshot } from '../core/snapshot/snapshot.ts';
import { takeSnapshot } from '../core/snapshot/take-snapshot.ts';
import type { CurrentInventory } from './current-inventory.ts';
import type { Logger, SnapshotStore } from './ports.ts';

const DECODED_KEPT = 3;

export function createSnapshotCache(store: SnapshotStore, target: Campaign['target'], logger?: Logger) {
  const taken = new WeakMap<CurrentInventory, Snapshot>();
  const decoded = new Map<string, Snapshot>();

  const remember = (snapshot: Snapshot) => {
    decoded.delete(snapshot.meta.id);
    decoded.set(snapshot.meta.id, snapshot);
    if (decoded.size > DECODED_KEPT) decoded.delete(decoded.keys().next().value as string);
    return snapshot;
  };

  const decode = (bytes: Uint8Array, id: string): Snapshot | null => {
    try {
      return remember(decodeSnapshot(bytes));
    } catch (error) {
      logger?.warn({ err: error, snapshot: id }, 'stored snapshot unreadable; skipped');
      return null;
    }
  };

  return {
    /** The snapshot of an inventory read (taken once per read). */
    of(current: CurrentInventory): Snapshot {
      let snapshot = taken.get(current);
      if (!snapshot) {
        snapshot = takeSnapshot({ ...current, takenAt: current.readAt, target });
        taken.set(current, snapshot);
      }
      return snapshot;
    },

    /** A stored snapshot, decoded (cached), or null when missing or unreadable. */
    async load(id: string): Promise<Snapshot | null> {
      const cached = decoded.get(id);
      if (cached) return remember(cached);
      const found = await store.get(id);
      return found ? decode(found.bytes, id) : null;
    },

    /** The latest stored snapshot as an inventory; null when there is none (or it is unreadable). */
    async latest(): Promise<CurrentInventory | null> {
      const found = await store.latest();
      const snapshot = found && decode(found.bytes, found.summary.id);
      if (!snapshot) return null;
      const current: CurrentInventory = {
        fleet: fleetFromSnapshot(snapshot),
        report: snapshot.report,
        contentHash: snapshot.meta.contentHash,
        source: snapshot.meta.source,
        readAt: new Date(snapshot.meta.takenAt),
        validators: {},
        origin: 'snapshot',
      };
      taken.set(current, snapshot);
      return current;
    },
  };
}
