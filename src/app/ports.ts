/**
 * Ports: the only things the use cases know about the outside world. Each
 * declares just the methods used; adapters in src/adapters implement them.
 */
import type { Campaign } from '../core/campaign.ts';
import type { Fleet } from '../core/inventory/fleet.ts';

export interface Clock {
  now(): Date;
}

/** A pino-compatible subset: structured object first, message second. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** HTTP validators of the last good fetch, for conditional requests. */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface LoadedFleet {
  readonly status: 'loaded';
  readonly fleet: Fleet;
  /** sha256 (hex) of the decompressed export bytes: identical content, identical hash. */
  readonly contentHash: string;
  readonly validators: Validators;
  /** Display name of the source (URL without credentials or query, or file name). */
  readonly source: string;
  readonly bytes: number;
  readonly rows: number;
  readonly warnings: readonly string[];
  readonly durationMs: number;
}

export interface NotModified {
  readonly status: 'not-modified';
}

/** Fetches the export and turns it into a cleaned fleet (off the event loop for big exports). */
export interface FleetLoader {
  load(campaign: Campaign, previous?: Validators, signal?: AbortSignal): Promise<LoadedFleet | NotModified>;
}

/** Renders chart PNGs (one canvas per size, reused for the life of the process). */
export interface ChartRenderer {
  heatmap(report: import('../core/report/report-model.ts').ReportModel): Promise<Buffer>;
  trend(trend: import('../core/report/history-model.ts').TrendModel): Promise<Buffer>;
}
