/**
 * "A new snapshot was taken", for whoever shows figures that should follow
 * (the Home tab republishes its recent viewers' views). Listeners run after
 * the store write, outside it: a slow or failing listener never delays or
 * fails the read that took the snapshot.
 */
import type { SnapshotSummary } from '../core/snapshot/snapshot.ts';
import type { Logger } from './ports.ts';

export type SnapshotListener = (summary: SnapshotSummary) => void | Promise<void>;

export interface SnapshotEvents {
  /** Call `listener` after each new snapshot; returns the function that stops it. */
  onSnapshot(listener: SnapshotListener): () => void;
  /** Tell every listener (on a later turn of the event loop). */
  emit(summary: SnapshotSummary): void;
}

export function createSnapshotEvents(logger?: Logger): SnapshotEvents {
  const listeners = new Set<SnapshotListener>();
  const run = (listener: SnapshotListener, summary: SnapshotSummary) => {
    try {
      Promise.resolve(listener(summary)).catch((error) =>
        logger?.warn({ err: error, snapshot: summary.id }, 'a snapshot listener failed'),
      );
    } catch (error) {
      logger?.warn({ err: error, snapshot: summary.id }, 'a snapshot listener failed');
    }
  };
  return {
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(summary) {
      for (const listener of listeners) setImmediate(() => run(listener, summary));
    },
  };
}
