/**
 * Progress over time for the fleet or one team, from snapshot summaries: one
 * point per asOf (when two exports describe the same moment, the one read
 * last wins), oldest first. A team is absent from snapshots taken before it
 * existed, so its line simply starts later.
 */
import type { SnapshotSummary } from '../snapshot/snapshot.ts';
import type { TrendPoint, TrendSeries } from './history-model.ts';
import type { Counts } from './report-model.ts';

const FLEET_SERIES = 'Fleet';

/** One summary per asOf (the latest read), oldest asOf first. */
export function latestPerAsOf(summaries: readonly SnapshotSummary[]): SnapshotSummary[] {
  const byAsOf = new Map<number, SnapshotSummary>();
  for (const s of summaries) {
    const at = Date.parse(s.asOf);
    const kept = byAsOf.get(at);
    if (!kept || Date.parse(kept.takenAt) < Date.parse(s.takenAt)) byAsOf.set(at, s);
  }
  return [...byAsOf].sort(([a], [b]) => a - b).map(([, s]) => s);
}

const point = (at: string, c: Counts): TrendPoint => ({
  at,
  progressPercent: c.progressPercent,
  migrated: c.migrated,
  pending: c.pending,
});

/**
 * The series of `team` (or the whole fleet when `team` is null).
 *
 * @example trendSeries(summaries, 'Team Blue').points.at(-1)?.progressPercent // 31.2
 */
export function trendSeries(summaries: readonly SnapshotSummary[], team: string | null): TrendSeries {
  const points: TrendPoint[] = [];
  for (const s of latestPerAsOf(summaries)) {
    if (team === null) points.push(point(s.asOf, s.totals));
    else {
      const t = s.teams.find((x) => x.name === team);
      if (t) points.push(point(s.asOf, t));
    }
  }
  return { name: team ?? FLEET_SERIES, points };
}
