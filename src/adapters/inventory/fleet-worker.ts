/**
 * Worker thread entry: runs loadFleet off the main event loop and posts the
 * Fleet back with its typed arrays transferred. One AbortController per job.
 */
import { parentPort } from 'node:worker_threads';
import type { Validators } from '../../app/ports.ts';
import type { Campaign } from '../../core/campaign.ts';
import { collectTransferables } from './collect-transferables.ts';
import { type LoadOptions, loadFleet } from './load-fleet.ts';
import { toWireError } from './wire-error.ts';

export type WorkerRequest =
  | {
      readonly type: 'load';
      readonly id: number;
      readonly options: LoadOptions;
      readonly campaign: Campaign;
      readonly previous?: Validators;
    }
  | { readonly type: 'abort'; readonly id: number };

const jobs = new Map<number, AbortController>();
const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'abort') {
    jobs.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  jobs.set(request.id, controller);
  loadFleet(request.options, request.campaign, request.previous, controller.signal)
    .then((result) => {
      const transfer = result.status === 'loaded' ? collectTransferables(result.fleet) : [];
      port.postMessage({ id: request.id, ok: true, result }, transfer);
    })
    .catch((error: unknown) => port.postMessage({ id: request.id, ok: false, error: toWireError(error) }))
    .finally(() => jobs.delete(request.id));
});
