/**
 * The embedded history store (`DATA_DIR`, default `./data`): snapshots,
 * digest subscriptions and once-only claims as files, no server needed.
 */
import type { Clock } from '../../app/ports.ts';
import type { HistoryStore } from './history-store.ts';
import { createFileChannelStore } from './file-channel-store.ts';
import { createFileSnapshotStore } from './file-snapshot-store.ts';

export function createFileStore(dataDir: string, clock?: Clock): HistoryStore {
  return { ...createFileSnapshotStore(dataDir), ...createFileChannelStore(dataDir, clock) };
}
