/**
 * Digest tests' inventory source: a FleetLoader over in-memory records (the
 * real cleaning code turns them into a fleet), whose records a test can swap
 * to play the next week's export. Plus seeding a store with earlier weeks.
 */
import { createHash } from 'node:crypto';
import type { FleetLoader, SnapshotStore } from '../../src/app/ports.ts';
import { cleanInventory } from '../../src/core/inventory/clean-inventory.ts';
import type { Snapshot } from '../../src/core/snapshot/snapshot.ts';
import { encodeSnapshot } from '../../src/core/snapshot/encode-snapshot.ts';
import { summarizeSnapshot } from '../../src/core/snapshot/summarize-snapshot.ts';
import { type InventoryRecord, inventoryFromRecords } from './inventory-from-records.ts';

export interface RecordsLoader extends FleetLoader {
  records: readonly InventoryRecord[];
}

export function recordsLoader(records: readonly InventoryRecord[]): RecordsLoader {
  const loader: RecordsLoader = {
    records,
    async load(campaign) {
      const fleet = cleanInventory(inventoryFromRecords(loader.records), campaign);
      return {
        status: 'loaded',
        fleet,
        contentHash: createHash('sha256').update(JSON.stringify(loader.records)).digest('hex'),
        validators: {},
        source: 'cmdb.csv',
        bytes: 0,
        rows: loader.records.length,
        warnings: [],
        durationMs: 0,
      };
    },
  };
  return loader;
}

export async function seedSnapshots(store: SnapshotStore, snapshots: readonly Snapshot[]): Promise<void> {
  for (const s of snapshots)
    await store.put({ summary: summarizeSnapshot(s.meta, s.report), bytes: encodeSnapshot(s) });
}
