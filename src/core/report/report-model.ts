/**
 * The one report model. Every figure a person sees is computed here once;
 * renderers (terminal text, JSON, Block Kit, chart configs) only format it.
 */
import type { HostState } from '../inventory/fleet.ts';

export interface Counts {
  readonly hosts: number;
  readonly migrated: number;
  readonly pending: number;
  readonly unknown: number;
  readonly stale: number;
  /** migrated / (migrated + pending) x 100; null when both are 0. */
  readonly progressPercent: number | null;
}

/** One cleaned version string and what it means for the campaign. */
export interface VersionInfo {
  /** Cleaned version string; `` for blank. */
  readonly version: string;
  readonly major: number | null;
  readonly state: HostState;
  /** Hosts on this version, fleet-wide. */
  readonly count: number;
}

/** A team's share of one version: the article's percentage table. */
export interface VersionShare {
  readonly version: string;
  readonly count: number;
  /** count / team hosts x 100, full precision (blank versions included in the team's hosts). */
  readonly percent: number;
}

export interface NamedCounts extends Counts {
  readonly name: string;
}

export interface TeamReport extends Counts {
  readonly team: string;
  /** In version order (see `versions` on the model), only versions the team has. */
  readonly versions: readonly VersionShare[];
  /** LIVE first, then by hosts descending. */
  readonly environments: readonly NamedCounts[];
  /** Owners from the campaign config (Slack ids), possibly empty. */
  readonly owners: readonly string[];
}

export interface ReportModel {
  readonly campaign: {
    readonly name: string;
    readonly target: number;
    readonly goalPercent: number;
    readonly deadline: string | null;
  };
  /** Newest `Last seen` in the export (ISO 8601), or null when no row has one. */
  readonly asOf: string | null;
  /** When the inventory was read (ISO 8601), from the caller's clock. */
  readonly readAt: string;
  /** Where it was read from, for the context line (URL without credentials, or file name). */
  readonly source: string;
  readonly totals: Counts;
  /** Sorted by team name (locale-aware, numeric). */
  readonly teams: readonly TeamReport[];
  /** Team names, lowest progress first (null progress last), ties by name: "furthest behind". */
  readonly furthestBehind: readonly string[];
  /** LIVE first, then by hosts descending. */
  readonly environments: readonly NamedCounts[];
  /** By hosts descending. */
  readonly distributions: readonly NamedCounts[];
  /** Every cleaned version in the fleet, in version order (numeric, blank last). */
  readonly versions: readonly VersionInfo[];
  /** Rows dropped as duplicate host ids. */
  readonly duplicatesDropped: number;
  /** Human-readable warnings from reading and cleaning (skipped rows, ...). */
  readonly warnings: readonly string[];
}
