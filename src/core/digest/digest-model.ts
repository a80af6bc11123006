/**
 * The weekly digest as data: what changed since the previous digest, which
 * teams need action and why, and whom to mention. Built once by
 * `buildDigest`; the Block Kit and terminal renderers only format it.
 */
import type { Forecast } from '../report/history-model.ts';
import type { Counts, ReportModel } from '../report/report-model.ts';
import type { ViewNote } from '../report/view-model.ts';

/** Why a team is called out: among the furthest behind, forecast to miss the deadline, or hosts regressed. */
export type ActionReason = 'behind' | 'late' | 'regressed';

export interface DigestTeam {
  readonly team: string;
  readonly hosts: number;
  readonly migrated: number;
  readonly pending: number;
  readonly unknown: number;
  readonly progressPercent: number | null;
  /** Progress change since the previous digest's snapshot, in points; null without history. */
  readonly deltaPoints: number | null;
  /** Hosts that went back from migrated since the previous digest. */
  readonly regressed: number;
  /** Hosts that became migrated since the previous digest. */
  readonly migratedSince: number;
  readonly forecast: Forecast | null;
  /** Empty when the team needs nothing from anyone. */
  readonly reasons: readonly ActionReason[];
  /** Slack ids to mention (`U…`, `W…`, `S…`): the team's owners when it needs action, else none. */
  readonly mentions: readonly string[];
}

/** A team that will miss the deadline at its current pace. */
export interface LateTeam {
  readonly team: string;
  /** Days after the deadline; null when it will not finish at all at this pace (stalled). */
  readonly daysLate: number | null;
  readonly doneOn: string | null;
}

/** What changed fleet-wide since the previous digest's snapshot. */
export interface DigestChange {
  /** asOf of the snapshot compared against (ISO 8601). */
  readonly since: string;
  readonly progressDeltaPoints: number | null;
  readonly migrated: number;
  readonly regressed: number;
  readonly added: number;
  readonly removed: number;
}

export interface DigestModel {
  /** The scheduled time this digest is for (ISO 8601). */
  readonly slot: string;
  readonly campaign: ReportModel['campaign'];
  readonly asOf: string | null;
  readonly readAt: string;
  readonly source: string;
  readonly totals: Counts;
  /** Null without history to compare against. */
  readonly change: DigestChange | null;
  readonly fleetForecast: Forecast | null;
  /** Every team, furthest behind first. */
  readonly teams: readonly DigestTeam[];
  /** The teams furthest behind that have not reached the goal, lowest first. */
  readonly behind: readonly string[];
  /** Teams forecast to miss the deadline, latest first (stalled ones first of all). */
  readonly late: readonly LateTeam[];
  /** Teams with hosts that regressed since the previous digest, most first. */
  readonly regressed: readonly { readonly team: string; readonly hosts: number }[];
  /** Teams that need action, in the order they are listed (furthest behind first). */
  readonly needsAction: readonly string[];
  readonly notes: readonly ViewNote[];
}
