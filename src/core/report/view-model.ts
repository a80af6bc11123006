/**
 * What the use cases hand to the front ends (Slack, CLI, digest): the report
 * model plus history and notes about where the figures came from. Renderers
 * format these; they never recompute a figure. These are plain data, so they
 * live in the core, where the pure renderers can read them; `src/app/views.ts`
 * re-exports them next to the MigrationService interface.
 */
import type { Forecast, SnapshotDiff, TeamDiff, TrendModel, TrendSeries } from './history-model.ts';
import type { ReportModel, TeamReport } from './report-model.ts';

/**
 * A note the user should see next to the figures, e.g. history unavailable
 * (Redis down) or "inventory fetch failed: ...; showing the snapshot of ...".
 */
export interface ViewNote {
  readonly level: 'info' | 'warning';
  readonly text: string;
}

export interface StatusView {
  readonly report: ReportModel;
  /** Change since the snapshot about a week earlier; null without history. */
  readonly diff: SnapshotDiff | null;
  readonly notes: readonly ViewNote[];
}

/** One host still to migrate (or unknown), for the team report and its CSV. */
export interface PendingHost {
  /** Its team; set in fleet-wide lists only (a team's own list leaves it out). */
  readonly team?: string;
  readonly id: string;
  readonly distribution: string;
  readonly environment: string;
  readonly version: string;
  readonly state: 'pending' | 'unknown';
  readonly stale: boolean;
}

export interface TeamView {
  readonly report: ReportModel;
  readonly team: TeamReport;
  /** The first pending hosts (LIVE first), at most 10. */
  readonly pending: readonly PendingHost[];
  readonly pendingTotal: number;
  readonly diff: TeamDiff | null;
  readonly trend: TrendSeries | null;
  readonly forecast: Forecast | null;
  readonly notes: readonly ViewNote[];
  /**
   * True when host ids may not be shown where this view goes (the access
   * rules' host-list allow-list): `pending` and `diff.moved` are empty, and
   * the renderers show counts only and no CSV button. Absent means shown.
   */
  readonly hostsHidden?: boolean;
}

export type TeamLookup =
  | { readonly kind: 'found'; readonly view: TeamView }
  | {
      readonly kind: 'not-found' | 'ambiguous';
      readonly query: string;
      readonly suggestions: readonly string[];
    };

export interface TrendView {
  readonly report: ReportModel;
  readonly trend: TrendModel;
  readonly notes: readonly ViewNote[];
}
