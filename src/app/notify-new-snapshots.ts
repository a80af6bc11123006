/**
 * A snapshot store that tells `events` about each snapshot it did not have
 * yet (`put` resolving true), whoever stored it: a read through the service,
 * a refresh, an import. Give the returned store to `createHistory` and the
 * events to `createMigrationService` (`snapshotEvents`), and the service's
 * `onSnapshot` reports every new snapshot.
 */
import type { SnapshotStore } from './ports.ts';
import { createSnapshotEvents, type SnapshotEvents } from './snapshot-events.ts';

export interface NotifyingStore {
  readonly store: SnapshotStore;
  readonly events: SnapshotEvents;
}

/** Wrap `store`; the other methods pass straight through. */
export function notifyNewSnapshots(
  store: SnapshotStore,
  events: SnapshotEvents = createSnapshotEvents(),
): NotifyingStore {
  return {
    events,
    store: {
      async put(snapshot) {
        const added = await store.put(snapshot);
        if (added) events.emit(snapshot.summary);
        return added;
      },
      latest: () => store.latest(),
      get: (id) => store.get(id),
      summaries: (range) => store.summaries(range),
      nearestBefore: (asOf) => store.nearestBefore(asOf),
      prune: (policy) => store.prune(policy),
    },
  };
}
