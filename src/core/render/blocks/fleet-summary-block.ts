/**
 * The fleet's headline section, shared by the status message, the App Home
 * tab and the weekly digest: progress bar, percent on the target and the
 * change in points, with the counts as fields.
 */
import type { Counts, ReportModel } from '../../report/report-model.ts';
import { section } from './block-builders.ts';
import type { SectionBlock } from './block-kit.ts';
import { formatCount, formatDay, formatPercent, formatPoints, progressBar } from './format-figures.ts';

/**
 * The counts as section fields, in the order every summary shows them (fleet and team alike).
 * @example countFields(team)[0] // '*Migrated*\n1,204'
 */
export function countFields(counts: Counts): string[] {
  return [
    `*Migrated*\n${formatCount(counts.migrated)}`,
    `*Pending*\n${formatCount(counts.pending)}`,
    `*Unknown version*\n${formatCount(counts.unknown)}`,
    `*Stale*\n${formatCount(counts.stale)}`,
    `*Hosts*\n${formatCount(counts.hosts)}`,
  ];
}

export interface FleetFigures {
  readonly totals: Counts;
  readonly campaign: ReportModel['campaign'];
  readonly teams: readonly unknown[];
}

/** Progress change in points since `since` (ISO 8601); no delta is shown when the points are null. */
export interface ProgressChange {
  readonly progressDeltaPoints: number | null;
  readonly since: string;
}

export interface FleetSummaryOptions {
  /** Add a Goal field when the campaign's goal is below 100 % (the status message does). */
  readonly withGoal?: boolean;
}

/**
 * The summary section of `fleet`, with the change since the earlier snapshot when there is one.
 * @example fleetSummaryBlock(report, null).fields?.[0].text // '*Migrated*\n1,234'
 */
export function fleetSummaryBlock(
  fleet: FleetFigures,
  change: ProgressChange | null,
  options: FleetSummaryOptions = {},
): SectionBlock {
  const { totals, campaign } = fleet;
  const delta =
    change && change.progressDeltaPoints !== null
      ? ` · ${formatPoints(change.progressDeltaPoints)} since ${formatDay(change.since)}`
      : '';
  const fields = [...countFields(totals), `*Teams*\n${formatCount(fleet.teams.length)}`];
  if (campaign.deadline) fields.push(`*Deadline*\n${formatDay(campaign.deadline)}`);
  if (options.withGoal && campaign.goalPercent < 100)
    fields.push(`*Goal*\n${formatPercent(campaign.goalPercent)}`);
  return section(
    `\`${progressBar(totals.progressPercent)}\` *${formatPercent(totals.progressPercent)}* on Java ${campaign.target}+${delta}`,
    fields,
  );
}
