/**
 * The whole load in one place: open the source (file or http), stream it
 * through the reader while hashing, clean it into a Fleet and build its
 * report. Runs in a worker thread or in-process (see create-fleet-loader.ts);
 * the same code either way.
 */
import type { LoadedFleet, NotModified, Validators } from '../../app/ports.ts';
import type { Campaign } from '../../core/campaign.ts';
import { cleanInventory } from '../../core/inventory/clean-inventory.ts';
import { buildReport } from '../../core/report/build-report.ts';
import { describeLocation, describeUrl, isHttpLocation } from './describe-location.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';
import { openFileSource } from './open-file-source.ts';
import { openHttpSource } from './open-http-source.ts';
import { readInventoryBody } from './read-inventory-body.ts';

export interface LoadOptions {
  /** http(s) URL or file path. */
  readonly location: string;
  readonly authorization?: string | null;
  /** The whole load (connect, headers, body) must finish within this. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxBadRowsPercent: number;
}

export async function loadFleet(
  options: LoadOptions,
  campaign: Campaign,
  previous?: Validators,
  signal?: AbortSignal,
  pace?: () => Promise<void>,
): Promise<LoadedFleet | NotModified> {
  const started = performance.now();
  const readAt = Date.now();
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const http = isHttpLocation(options.location);
  const what = describeRequest(options.location, http);
  try {
    const request = {
      authorization: options.authorization,
      maxBytes: options.maxBytes,
      previous,
      signal: combined,
    };
    const opened = http
      ? await openHttpSource(options.location, request)
      : await openFileSource(options.location, request);
    if (opened.status === 'not-modified') return opened;
    const { inventory, contentHash } = await readInventoryBody(opened.body, {
      ...options,
      columns: campaign.columns,
      what,
      expectedBytes: opened.sizeHint,
      pace,
    }).finally(opened.dispose);
    const fleet = cleanInventory(inventory, campaign);
    const source = describeLocation(options.location);
    const warnings = inventory.warnings.map((w) => w.message);
    return {
      status: 'loaded',
      fleet,
      contentHash,
      validators: opened.validators,
      source,
      bytes: inventory.bytes,
      rows: inventory.rows,
      warnings,
      durationMs: performance.now() - started,
      // Aggregated here too, so in the worker thread the main thread gets the report ready made.
      report: buildReport(fleet, campaign, { readAt: new Date(readAt), source, warnings }),
    };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (deadline.aborted) {
      throw new InventoryFetchError(
        'timeout',
        `${what} -> did not finish within ${options.timeoutMs / 1000} s (inventory.timeoutSeconds): the server is slow or hanging; the next refresh will try again.`,
      );
    }
    throw error;
  }
}

function describeRequest(location: string, http: boolean): string {
  if (!http) return `Reading ${location}`;
  try {
    return `GET ${describeUrl(new URL(location))}`;
  } catch {
    return 'GET INVENTORY_URL';
  }
}
