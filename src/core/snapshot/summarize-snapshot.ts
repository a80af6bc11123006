/**
 * The small summary stored beside each snapshot: enough for a trend (totals
 * and per-team counts) without decoding the host columns.
 */
import type { Counts, ReportModel } from '../report/report-model.ts';
import type { SnapshotMeta, SnapshotSummary } from './snapshot.ts';

const counts = (c: Counts): Counts => ({
  hosts: c.hosts,
  migrated: c.migrated,
  pending: c.pending,
  unknown: c.unknown,
  stale: c.stale,
  progressPercent: c.progressPercent,
});

/**
 * Summary of a snapshot from its meta and report model.
 *
 * @example summarizeSnapshot(snapshot.meta, snapshot.report).totals.migrated
 */
export function summarizeSnapshot(meta: SnapshotMeta, report: ReportModel): SnapshotSummary {
  return {
    id: meta.id,
    takenAt: meta.takenAt,
    asOf: meta.asOf,
    contentHash: meta.contentHash,
    source: meta.source,
    totals: counts(report.totals),
    teams: report.teams.map((t) => ({ name: t.team, ...counts(t) })),
  };
}
