/**
 * What history adds to a report: the change between two snapshots, progress
 * over time, and a forecast. Computed in the core from snapshots; renderers
 * only format these. (Owned by the history work; refine freely, keep it pure.)
 */

/** Change between an earlier snapshot and the current one. */
export interface SnapshotDiff {
  /** `asOf` of the earlier and later snapshot (ISO 8601). */
  readonly from: string;
  readonly to: string;
  /** Progress now minus progress then, in percentage points; null if either is null. */
  readonly progressDeltaPoints: number | null;
  /** Hosts present in both whose state went pending/unknown -> migrated. */
  readonly migrated: number;
  /** Hosts present in both whose state went migrated -> pending/unknown. */
  readonly regressed: number;
  /** Hosts only in the later snapshot. */
  readonly added: number;
  /** Hosts only in the earlier snapshot. */
  readonly removed: number;
  readonly teams: readonly TeamDiff[];
}

export interface TeamDiff {
  readonly team: string;
  readonly progressDeltaPoints: number | null;
  readonly migrated: number;
  readonly regressed: number;
  readonly added: number;
  readonly removed: number;
  /** Host ids that moved (migrated or regressed), first few in id order, for the team report. */
  readonly moved: readonly MovedHost[];
}

/** A host whose state changed between two snapshots; `from` / `to` are its versions (`` when blank). */
export interface MovedHost {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly change: 'migrated' | 'regressed';
}

export interface TrendPoint {
  /** Snapshot `asOf` (ISO 8601). */
  readonly at: string;
  readonly progressPercent: number | null;
  readonly migrated: number;
  readonly pending: number;
}

export interface TrendSeries {
  /** `Fleet` for the whole fleet, else the team name. */
  readonly name: string;
  readonly points: readonly TrendPoint[];
}

export type ForecastStatus = 'done' | 'on-track' | 'late' | 'stalled' | 'no-data';

export interface Forecast {
  readonly name: string;
  readonly progressPercent: number | null;
  /** Recent pace, percentage points per week; null with fewer than two points. */
  readonly pointsPerWeek: number | null;
  /** Date (YYYY-MM-DD) the goal is reached at the current pace; null if never / no data. */
  readonly doneOn: string | null;
  readonly deadline: string | null;
  /** Days after the deadline (positive = late); null without a deadline or a date. */
  readonly daysLate: number | null;
  readonly status: ForecastStatus;
}

export interface TrendModel {
  readonly fleet: TrendSeries;
  /** The teams shown in the chart (furthest behind first) and any team asked for. */
  readonly teams: readonly TrendSeries[];
  readonly forecasts: { readonly fleet: Forecast; readonly teams: readonly Forecast[] };
  /**
   * The campaign measured against: its name for chart titles, its goal for the
   * goal line and the forecast's end point. Optional; charts assume a 100 % goal without it.
   */
  readonly campaign?: { readonly name: string; readonly goalPercent: number };
}
