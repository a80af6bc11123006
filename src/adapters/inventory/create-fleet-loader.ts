/**
 * The FleetLoader adapter: fetch (file or http), parse and clean the inventory
 * export. With `worker` (the default) the work runs in a worker thread and the
 * typed arrays come back transferred, so the event loop stays free; with
 * `worker: false` it runs in-process (small files, tests, one-shot CLI runs).
 * All loaders of a process share one worker thread, so loads are serialised and
 * at most one export is in memory at a time.
 */
import type { FleetLoader } from '../../app/ports.ts';
import { FleetWorkerClient } from './fleet-worker-client.ts';
import { type LoadOptions, loadFleet } from './load-fleet.ts';

export interface FleetLoaderOptions extends LoadOptions {
  /** Parse in a worker thread (default true). */
  readonly worker?: boolean;
}

export interface ClosableFleetLoader extends FleetLoader {
  /** Starts the shared worker thread now and keeps it running (no-op in-process); resolves when it is up. */
  warm(): Promise<void>;
  /** A request came in: a parse in the worker gives way to it for a moment (no-op in-process). */
  noteForeground(): void;
  /** Stops the shared worker thread, if one runs (a later load starts it again). */
  close(): Promise<void>;
}

let shared: FleetWorkerClient | null = null;

export function createFleetLoader(options: FleetLoaderOptions): ClosableFleetLoader {
  const { worker = true, ...load } = options;
  if (!worker) {
    return {
      load: (campaign, previous, signal) => loadFleet(load, campaign, previous, signal),
      warm: async () => {},
      noteForeground: () => {},
      close: async () => {},
    };
  }
  shared ??= new FleetWorkerClient();
  const client = shared;
  return {
    async load(campaign, previous, signal) {
      const started = performance.now();
      const result = await client.load(load, campaign, previous, signal);
      // The caller waited for the transfer too.
      return result.status === 'loaded' ? { ...result, durationMs: performance.now() - started } : result;
    },
    warm: () => client.warm(),
    noteForeground: () => client.noteForeground(),
    close: () => client.close(),
  };
}
