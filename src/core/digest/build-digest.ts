/**
 * The digest model from the current report, the diff since the previous
 * digest's snapshot and the trend's forecasts. A team needs action when it is
 * among the furthest behind, is forecast to miss the deadline, or has hosts
 * that regressed; only those teams get their owners mentioned.
 */
import type { Forecast, SnapshotDiff, TeamDiff, TrendModel } from '../report/history-model.ts';
import type { ReportModel, TeamReport } from '../report/report-model.ts';
import type { ViewNote } from '../report/view-model.ts';
import type { ActionReason, DigestModel, DigestTeam, LateTeam } from './digest-model.ts';

export interface DigestInput {
  /** The scheduled time the digest is for (ISO 8601). */
  readonly slot: string;
  readonly report: ReportModel;
  /** Change since the previous digest's snapshot; null without history. */
  readonly diff: SnapshotDiff | null;
  /** Trend with a forecast per team; null without history. */
  readonly trend: TrendModel | null;
  readonly notes?: readonly ViewNote[];
}

export interface DigestOptions {
  /** How many of the teams furthest behind are called out (default 5). */
  readonly behindCount?: number;
}

/** Will miss the deadline: finishing after it, or not finishing at all while there is one. */
function lateness(f: Forecast | undefined): LateTeam | null {
  if (!f?.deadline) return null;
  if (f.status === 'late' && f.daysLate !== null && f.daysLate > 0)
    return { team: f.name, daysLate: f.daysLate, doneOn: f.doneOn };
  if (f.status === 'stalled') return { team: f.name, daysLate: null, doneOn: null };
  return null;
}

const lateRank = (t: LateTeam) => t.daysLate ?? Number.MAX_SAFE_INTEGER;

function inOrder(report: ReportModel): TeamReport[] {
  const byName = new Map(report.teams.map((t) => [t.team, t]));
  const ordered = report.furthestBehind.flatMap((name) => byName.get(name) ?? []);
  const listed = new Set(ordered.map((t) => t.team));
  return [...ordered, ...report.teams.filter((t) => !listed.has(t.team))];
}

/**
 * Build the digest.
 *
 * @example buildDigest({ slot, report, diff, trend }).needsAction // ['Team Red', 'Team Blue']
 */
export function buildDigest(input: DigestInput, options: DigestOptions = {}): DigestModel {
  const { report, diff, trend } = input;
  const goal = report.campaign.goalPercent;
  const diffs = new Map<string, TeamDiff>((diff?.teams ?? []).map((d) => [d.team, d]));
  const forecasts = new Map<string, Forecast>((trend?.forecasts.teams ?? []).map((f) => [f.name, f]));
  const ordered = inOrder(report);
  const behind = ordered
    .filter((t) => t.progressPercent !== null && t.progressPercent < goal)
    .slice(0, options.behindCount ?? 5)
    .map((t) => t.team);
  const behindSet = new Set(behind);

  const teams: DigestTeam[] = ordered.map((t) => {
    const d = diffs.get(t.team);
    const forecast = forecasts.get(t.team) ?? null;
    const reasons: ActionReason[] = [];
    if (behindSet.has(t.team)) reasons.push('behind');
    if (lateness(forecast ?? undefined)) reasons.push('late');
    if ((d?.regressed ?? 0) > 0) reasons.push('regressed');
    return {
      team: t.team,
      hosts: t.hosts,
      migrated: t.migrated,
      pending: t.pending,
      unknown: t.unknown,
      progressPercent: t.progressPercent,
      deltaPoints: d?.progressDeltaPoints ?? null,
      regressed: d?.regressed ?? 0,
      migratedSince: d?.migrated ?? 0,
      forecast,
      reasons,
      mentions: reasons.length ? [...new Set(t.owners)] : [],
    };
  });

  const late = teams
    .flatMap((t) => lateness(t.forecast ?? undefined) ?? [])
    // Stalled (never finishing) first, then the latest; ties keep furthest-behind order.
    .sort((a, b) => lateRank(b) - lateRank(a));
  const regressed = teams
    .filter((t) => t.regressed > 0)
    .map((t) => ({ team: t.team, hosts: t.regressed }))
    .sort((a, b) => b.hosts - a.hosts);

  return {
    slot: input.slot,
    campaign: report.campaign,
    asOf: report.asOf,
    readAt: report.readAt,
    source: report.source,
    totals: report.totals,
    change: diff
      ? {
          since: diff.from,
          progressDeltaPoints: diff.progressDeltaPoints,
          migrated: diff.migrated,
          regressed: diff.regressed,
          added: diff.added,
          removed: diff.removed,
        }
      : null,
    fleetForecast: trend?.forecasts.fleet ?? null,
    teams,
    behind,
    late,
    regressed,
    needsAction: teams.filter((t) => t.reasons.length > 0).map((t) => t.team),
    notes: input.notes ?? [],
  };
}
