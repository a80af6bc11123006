/**
 * A snapshot: one export as it was read, kept so later reports can say what
 * changed. It holds the report model (so a past status can be shown as it was)
 * and the per-host columns a diff needs, dictionary-encoded as in the Fleet.
 * Encoded to bytes by `encodeSnapshot`, read back by `decodeSnapshot`.
 */
import type { HostIds } from '../inventory/inventory.ts';
import type { Counts, NamedCounts, ReportModel } from '../report/report-model.ts';

/** Bumped whenever the byte layout changes; old blobs then fail with a SnapshotError. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export interface SnapshotMeta {
  /** `snapshotId(asOf, contentHash)`: sorts by asOf, unique per content. */
  readonly id: string;
  /** When the export was read (ISO 8601). */
  readonly takenAt: string;
  /** The time the export describes (ISO 8601): its newest `Last seen`, or an `--as-of` date. */
  readonly asOf: string;
  /** sha256 (hex) of the export bytes. */
  readonly contentHash: string;
  /** Display name of the source. */
  readonly source: string;
}

/** State codes in `SnapshotHosts.state` (low two bits); `STALE_BIT` is or-ed in. */
export const STATE_CODE = Object.freeze({ migrated: 0, pending: 1, unknown: 2 });
export const STALE_BIT = 4;

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

export interface SnapshotColumn {
  readonly codes: CodeArray;
  readonly values: readonly string[];
}

/** Per-host columns. Numeric ids are sorted ascending (a diff is then one merge pass). */
export interface SnapshotHosts {
  readonly count: number;
  readonly ids: HostIds;
  readonly team: SnapshotColumn;
  readonly environment: SnapshotColumn;
  readonly distribution: SnapshotColumn;
  readonly version: SnapshotColumn;
  /** Java major per version value (`versionMajor[version.codes[i]]`). */
  readonly versionMajor: readonly (number | null)[];
  /** `STATE_CODE` of each host, plus `STALE_BIT` when the host was stale. */
  readonly state: Uint8Array;
}

export interface Snapshot {
  readonly meta: SnapshotMeta;
  readonly report: ReportModel;
  readonly hosts: SnapshotHosts;
}

/** What trends need from a snapshot, stored beside it so a trend never decodes host columns. */
export interface SnapshotSummary extends SnapshotMeta {
  readonly totals: Counts;
  /** One entry per team (`name` is the team), in the report's order. */
  readonly teams: readonly NamedCounts[];
}
