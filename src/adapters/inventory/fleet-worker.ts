/**
 * Worker thread entry: runs loadFleet off the main event loop and posts the
 * Fleet (in host id order) and its report back, the typed arrays transferred.
 * One AbortController per job. Started, it says `ready` once its modules are
 * loaded, so a warm-up can wait for that.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Validators } from '../../app/ports.ts';
import type { Campaign } from '../../core/campaign.ts';
import { sortFleetById } from '../../core/snapshot/sort-fleet-by-id.ts';
import { collectTransferables } from './collect-transferables.ts';
import { paceBehind } from './foreground-signal.ts';
import { type LoadOptions, loadFleet } from './load-fleet.ts';
import { toWireError } from './wire-error.ts';

/** Nice value of the parse thread (0 is normal, 19 the lowest priority). */
const WORKER_NICE = 10;

export type WorkerRequest =
  | {
      readonly type: 'load';
      readonly id: number;
      readonly options: LoadOptions;
      readonly campaign: Campaign;
      readonly previous?: Validators;
    }
  | { readonly type: 'abort'; readonly id: number };

/** What the client hands the thread at start. */
export interface FleetWorkerData {
  /** The main thread's request counter (foreground-signal.ts): the reader gives way while it moves. */
  readonly foreground?: SharedArrayBuffer;
}

const jobs = new Map<number, AbortController>();
const port = parentPort!;
const { foreground } = (workerData ?? {}) as FleetWorkerData;

// A parse is throughput work: on a busy machine the event loop (acks, commands) should win the CPU.
// On Linux this lowers the priority of this thread alone; where it is refused, nothing changes.
try {
  setPriority(WORKER_NICE);
} catch {
  // Not permitted here (some containers): parse at the normal priority.
}

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'abort') {
    jobs.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  jobs.set(request.id, controller);
  const pace = foreground ? paceBehind(foreground) : undefined;
  loadFleet(request.options, request.campaign, request.previous, controller.signal, pace)
    // In snapshot order: taking the snapshot on the main thread is then a copy, not a sort.
    .then((loaded) =>
      loaded.status === 'loaded' ? { ...loaded, fleet: sortFleetById(loaded.fleet) } : loaded,
    )
    .then((result) => {
      const transfer = result.status === 'loaded' ? collectTransferables(result.fleet) : [];
      port.postMessage({ id: request.id, ok: true, result }, transfer);
    })
    .catch((error: unknown) => port.postMessage({ id: request.id, ok: false, error: toWireError(error) }))
    .finally(() => jobs.delete(request.id));
});
port.postMessage({ ready: true });
