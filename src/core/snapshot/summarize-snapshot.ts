/**
 * The small summary stored beside each snapshot: enough for a trend (totals
 * and per-team counts) without decoding the host columns.
 */
import { countsOnly } from '../report/counts-only.ts';
import type { ReportModel } from '../report/report-model.ts';
import type { SnapshotMeta, SnapshotSummary } from './snapshot.ts';

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
    totals: countsOnly(report.totals),
    teams: report.teams.map((t) => ({ name: t.team, ...countsOnly(t) })),
  };
}
