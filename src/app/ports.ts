/**
 * Ports: the only things the use cases know about the outside world. Each
 * declares just the methods used; adapters in src/adapters implement them.
 */
import type { Campaign } from '../core/campaign.ts';
import type { Fleet } from '../core/inventory/fleet.ts';
import type { ReportModel } from '../core/report/report-model.ts';
import type { RetentionPolicy } from '../core/snapshot/select-prunable.ts';
import type { SnapshotSummary } from '../core/snapshot/snapshot.ts';

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
  /**
   * The report of this fleet, when the loader built it where it parsed (off the
   * event loop in the worker thread). Its `readAt` is when that load started;
   * the caller stamps its own clock's time over it.
   */
  readonly report?: ReportModel;
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

/** A snapshot as stored: the encoded blob (`encodeSnapshot`) and its summary. */
export interface StoredSnapshot {
  readonly summary: SnapshotSummary;
  readonly bytes: Uint8Array;
}

/**
 * Snapshot history (Redis or the embedded file store; one contract suite).
 * Failures to reach the store reject with `StoreUnavailableError`.
 */
export interface SnapshotStore {
  /** Store a snapshot unless one with its id (asOf + content hash) exists; true when it was new. */
  put(snapshot: StoredSnapshot): Promise<boolean>;
  /** The snapshot with the newest asOf (the latest read among equals), or null when empty. */
  latest(): Promise<StoredSnapshot | null>;
  get(id: string): Promise<StoredSnapshot | null>;
  /** Summaries by asOf (inclusive ISO bounds), oldest first. */
  summaries(range?: { readonly from?: string; readonly to?: string }): Promise<SnapshotSummary[]>;
  /** The newest summary with asOf at or before `asOf`, or null. */
  nearestBefore(asOf: string): Promise<SnapshotSummary | null>;
  /** Drop what the retention policy thins out; resolves to the number dropped. */
  prune(policy: RetentionPolicy): Promise<number>;
}

/** Channels that opted in to the digest (stored with the snapshots). */
export interface ChannelSubscriptions {
  subscribe(channel: string): Promise<boolean>;
  unsubscribe(channel: string): Promise<boolean>;
  subscribedChannels(): Promise<string[]>;
}

/**
 * At-most-once guards (`SET key holder NX PX ttl`): true for the first caller
 * only, until the ttl ends or its holder releases the key.
 */
export interface OnceClaims {
  /** `holder` names the claim, so that only its holder can release it (default: anonymous). */
  claimOnce(key: string, ttlMs: number, holder?: string): Promise<boolean>;
  /** Frees `key` now if `holder` still holds it; a claim that ran out and was taken by another stays theirs. */
  release(key: string, holder: string): Promise<void>;
  /** The holder named by a live claim of `key`, or null when nobody holds it. */
  holderOf(key: string): Promise<string | null>;
}
