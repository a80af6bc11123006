/**
 * What the use cases hand to the adapters (Slack, CLI, digest): the report
 * model plus history and notes about where the figures came from. Renderers
 * format these; they never recompute a figure. The view types are plain data
 * defined in the core (so the pure renderers can read them) and re-exported here.
 */
import type { TrendModel } from '../core/report/history-model.ts';
import type { ReportModel } from '../core/report/report-model.ts';
import type { SnapshotSummary } from '../core/snapshot/snapshot.ts';
import type { StatusView, TeamLookup, TrendView } from '../core/report/view-model.ts';

export type {
  PendingHost,
  StatusView,
  TeamLookup,
  TeamView,
  TrendView,
  ViewNote,
} from '../core/report/view-model.ts';

/** The use cases every front end (Slack, CLI, digest, App Home) calls. */
export interface MigrationService {
  status(): Promise<StatusView>;
  team(query: string): Promise<TeamLookup>;
  /** Every pending/unknown host of a team (of the whole fleet, with a team column, for null) as a spreadsheet-safe CSV. */
  pendingCsv(
    team: string | null,
  ): Promise<{ readonly filename: string; readonly csv: string; readonly rows: number }>;
  trend(): Promise<TrendView>;
  /** Fetch the inventory now, ignoring the cache freshness. */
  refresh(): Promise<StatusView>;
  heatmapPng(report: ReportModel): Promise<Buffer>;
  trendPng(trend: TrendModel): Promise<Buffer>;
  /**
   * Call `listener` after each new snapshot (returns the function that stops it);
   * absent when the service has no history, or none that reports new snapshots.
   */
  onSnapshot?(listener: (summary: SnapshotSummary) => void): () => void;
}
