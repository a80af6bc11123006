/** Store a snapshot with its summary; true when the store did not have it yet (same asOf and content). */
import { encodeSnapshot } from '../core/snapshot/encode-snapshot.ts';
import type { Snapshot } from '../core/snapshot/snapshot.ts';
import { summarizeSnapshot } from '../core/snapshot/summarize-snapshot.ts';
import type { SnapshotStore } from './ports.ts';

export function storeSnapshot(store: SnapshotStore, snapshot: Snapshot): Promise<boolean> {
  return store.put({
    summary: summarizeSnapshot(snapshot.meta, snapshot.report),
    bytes: encodeSnapshot(snapshot),
  });
}
