/**
 * The cleaned fleet: one entry per host (duplicates resolved), every string
 * column cleaned per DESIGN.md's domain rules and still dictionary-encoded.
 * Produced by `cleanInventory(inventory, rules)`, read by the report builder,
 * the pending-host lists and the snapshot encoder.
 */
import type { HostIds } from './inventory.ts';

export type HostState = 'migrated' | 'pending' | 'unknown';

export interface FleetColumn {
  readonly codes: Uint32Array;
  readonly values: readonly string[];
}

export interface Fleet {
  readonly hosts: number;
  readonly ids: HostIds;
  /** Cleaned team names (trimmed, blank -> `(no team)`). */
  readonly team: FleetColumn;
  /** Cleaned environments (blank / `--` -> `N/A`, upper-cased). */
  readonly environment: FleetColumn;
  /** Canonical distributions (`Debian 8.11` -> `Jessie [8]`). */
  readonly distribution: FleetColumn;
  /** Cleaned version strings (`8.202.b08-66(amd64)` -> `8.202.b08-66`; blank stays ``). */
  readonly version: FleetColumn;
  /** Java major per version code (`versionMajor[version.codes[i]]`), null when unreadable. */
  readonly versionMajor: readonly (number | null)[];
  /** Last seen, epoch milliseconds, NaN when blank or unreadable. */
  readonly lastSeen: Float64Array;
  /** 1 when the host was last seen more than `staleDays` before `asOf`. */
  readonly stale: Uint8Array;
  /** Newest `Last seen` in the export (epoch ms), the export's "as of" time; NaN if none. */
  readonly asOf: number;
  /** Rows dropped as duplicates of a host id seen with a later `Last seen`. */
  readonly duplicatesDropped: number;
}
