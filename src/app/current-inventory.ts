/**
 * The inventory as it is now, read at most once per `freshnessMs`: commands
 * normally answer from the cached fleet and report; concurrent callers share
 * one fetch in flight; a repeat fetch sends the last validators (ETag /
 * Last-Modified) and an unchanged export (304, or the same content hash) keeps
 * the parsed fleet as it is. A failed fetch never replaces the last good read:
 * the answer carries the failure and the last good inventory (from memory, or
 * from `lastGood`, e.g. the latest stored snapshot after a restart).
 */
import type { Campaign } from '../core/campaign.ts';
import type { Fleet } from '../core/inventory/fleet.ts';
import { buildReport } from '../core/report/build-report.ts';
import type { ReportModel } from '../core/report/report-model.ts';
import type { Clock, FleetLoader, LoadedFleet, Logger, Validators } from './ports.ts';

export interface CurrentInventory {
  readonly fleet: Fleet;
  readonly report: ReportModel;
  readonly contentHash: string;
  readonly source: string;
  /** When this content was read. */
  readonly readAt: Date;
  readonly validators: Validators;
  /** `fetch`: read from the source by this process; `snapshot`: rebuilt from a stored snapshot. */
  readonly origin: 'fetch' | 'snapshot';
}

export interface InventoryAnswer {
  readonly current: CurrentInventory;
  /** The latest fetch's error when `current` is the last good inventory instead of a fresh read. */
  readonly failure: { readonly error: Error; readonly at: Date } | null;
}

export interface CurrentInventoryOptions {
  readonly loader: FleetLoader;
  readonly campaign: Campaign;
  readonly clock: Clock;
  readonly freshnessMs: number;
  /** After a failed fetch, answer from the last good read this long before trying again (default min(freshness, 60 s)). */
  readonly retryAfterFailureMs?: number;
  /** Last good inventory when this process has none (e.g. the latest stored snapshot). */
  readonly lastGood?: () => Promise<CurrentInventory | null>;
  /** Answer from `lastGood` whenever it has one, reading the source only without (no inventory configured). */
  readonly preferLastGood?: boolean;
  readonly logger?: Logger;
}

export interface CurrentInventorySource {
  /** The cached inventory while fresh, else a fetch (shared with concurrent callers). */
  get(): Promise<InventoryAnswer>;
  /** Fetch now, whatever the freshness (joins a fetch already in flight). */
  refresh(): Promise<InventoryAnswer>;
}

export function createCurrentInventory(options: CurrentInventoryOptions): CurrentInventorySource {
  const { loader, campaign, clock, freshnessMs, logger } = options;
  const retryAfterFailureMs = options.retryAfterFailureMs ?? Math.min(freshnessMs, 60_000);
  let current: CurrentInventory | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let failure: InventoryAnswer['failure'] = null;
  let inFlight: Promise<InventoryAnswer> | null = null;

  const fromLoaded = (loaded: LoadedFleet, readAt: Date): CurrentInventory => {
    const { source, rows, durationMs } = loaded;
    logger?.info({ source, rows, hosts: loaded.fleet.hosts, durationMs }, 'inventory read');
    return {
      fleet: loaded.fleet,
      // A loader that built the report where it parsed saves the event loop the aggregation.
      report: loaded.report
        ? { ...loaded.report, readAt: readAt.toISOString() }
        : buildReport(loaded.fleet, campaign, { readAt, source: loaded.source, warnings: loaded.warnings }),
      contentHash: loaded.contentHash,
      source: loaded.source,
      readAt,
      validators: loaded.validators,
      origin: 'fetch',
    };
  };

  const fetchNow = async (): Promise<InventoryAnswer> => {
    const now = clock.now();
    if (options.preferLastGood && options.lastGood) {
      const good = await options.lastGood().catch(() => null); // no history to answer from: read the source
      if (good) {
        current = good;
        checkedAt = now.getTime();
        failure = null;
        return { current, failure };
      }
    }
    try {
      const fetched = current?.origin === 'fetch' ? current : null;
      const result = await loader.load(campaign, fetched?.validators);
      if (result.status === 'loaded' && result.contentHash === fetched?.contentHash) {
        // Same bytes: keep the parsed fleet (and the very object, which its snapshot is cached under).
        const same = JSON.stringify(result.validators) === JSON.stringify(fetched.validators);
        if (!same) current = { ...fetched, validators: result.validators };
      } else if (result.status === 'loaded') {
        current = fromLoaded(result, now);
      } else if (!fetched) {
        throw new Error('the inventory source answered "not modified" to a request without validators');
      }
      checkedAt = now.getTime();
      failure = null;
      return { current: current as CurrentInventory, failure };
    } catch (error) {
      failure = { error: error instanceof Error ? error : new Error(String(error)), at: now };
      logger?.warn({ err: failure.error, source: current?.source }, 'inventory fetch failed');
      if (!current && options.lastGood) {
        current = await options.lastGood().catch((e: unknown) => {
          logger?.warn({ err: e }, 'no last good snapshot to fall back on');
          return null;
        });
      }
      if (!current) throw failure.error;
      return { current, failure };
    }
  };

  const shared = () => {
    inFlight ??= fetchNow().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  return {
    get: () => {
      const now = clock.now().getTime();
      if (current && failure && now - failure.at.getTime() < retryAfterFailureMs) {
        return Promise.resolve({ current, failure });
      }
      if (current && !failure && now - checkedAt < freshnessMs)
        return Promise.resolve({ current, failure: null });
      return shared();
    },
    refresh: shared,
  };
}
