/**
 * The fleet's headline section, shared by the status message, the App Home
 * tab and the weekly digest: progress bar, percent on the target and the
 * change in points, with the counts as fields.
 */
import type { Counts, ReportModel } from '../../report/report-model.ts';
import { section } from './block-builders.ts';
import type { SectionBlock } from './block-kit.ts';
import { formatCount, formatDay, formatPercent, formatPoints, progressBar } from './format-figures.ts';

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
  const fields = [
    `*Migrated*\n${formatCount(totals.migrated)}`,
    `*Pending*\n${formatCount(totals.pending)}`,
    `*Unknown version*\n${formatCount(totals.unknown)}`,
    `*Stale*\n${formatCount(totals.stale)}`,
    `*Hosts*\n${formatCount(totals.hosts)}`,
    `*Teams*\n${formatCount(fleet.teams.length)}`,
  ];
  if (campaign.deadline) fields.push(`*Deadline*\n${formatDay(campaign.deadline)}`);
  if (options.withGoal && campaign.goalPercent < 100)
    fields.push(`*Goal*\n${formatPercent(campaign.goalPercent)}`);
  return section(
    `\`${progressBar(totals.progressPercent)}\` *${formatPercent(totals.progressPercent)}* on Java ${campaign.target}+${delta}`,
    fields,
  );
}
