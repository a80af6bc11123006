/**
 * The weekly digest as Block Kit: headline progress and the change since the
 * previous digest, what moved, the fleet forecast, the teams that need action
 * (furthest behind, late, regressed) with their owners mentioned, a compact
 * team table with arrows, and where the figures came from. Every name is
 * escaped; the message stays within Slack's limits for any number of teams.
 */
import { context, header, section } from '../render/blocks/block-builders.ts';
import type { Block, SlackMessage } from '../render/blocks/block-kit.ts';
import { changeCountsBlock } from '../render/blocks/change-counts-block.ts';
import { escapeMrkdwn } from '../render/blocks/escape-mrkdwn.ts';
import { fitMessage } from '../render/blocks/fit-message.ts';
import { fleetSummaryBlock } from '../render/blocks/fleet-summary-block.ts';
import { forecastText } from '../render/blocks/forecast-text.ts';
import { formatDay, formatPercent, formatPoints, formatUtcTime } from '../render/blocks/format-figures.ts';
import { notesContext } from '../render/blocks/report-context.ts';
import { clip } from '../render/blocks/slack-limits.ts';
import { actionSections } from './digest-action-sections.ts';
import type { DigestModel } from './digest-model.ts';
import { digestTeamTable } from './digest-team-table.ts';

export interface DigestBlocksOptions {
  /** Rows in the team table (default 20); the rest are counted. */
  readonly tableRows?: number;
  /** Sections for the "needs action" list (default 4). */
  readonly actionSections?: number;
  /** A line for the context, e.g. "Heatmap and trend chart in the thread". */
  readonly footer?: string;
  /** Name owners without mentioning them (a private preview must not notify anyone). */
  readonly quietMentions?: boolean;
}

function sourceContext(model: DigestModel, footer: string | undefined): Block {
  const parts = [
    `Digest for ${formatDay(model.slot)} ${formatUtcTime(model.slot)}`,
    `inventory read ${formatUtcTime(model.readAt)} on ${formatDay(model.readAt)} from ${escapeMrkdwn(clip(model.source, 200))}`,
  ];
  if (model.asOf) parts.push(`newest host seen ${formatDay(model.asOf)}`);
  if (footer) parts.push(footer);
  return context(parts.join(' · '));
}

/**
 * The digest message.
 * @example digestBlocks(model).blocks[0].type // 'header'
 */
export function digestBlocks(model: DigestModel, options: DigestBlocksOptions = {}): SlackMessage {
  const name = escapeMrkdwn(model.campaign.name);
  const allDone = model.teams.length > 0 && model.needsAction.length === 0;
  const blocks: (Block | null)[] = [
    header(`Weekly digest · ${name} · ${formatPercent(model.totals.progressPercent)} done`),
    fleetSummaryBlock(model, model.change),
    model.change
      ? changeCountsBlock(`*Since the last digest* (${formatDay(model.change.since)}):`, model.change)
      : section('_No earlier snapshot yet: the next digest will show what moved._'),
    model.fleetForecast ? section(`*Fleet forecast:* ${forecastText(model.fleetForecast)}`) : null,
    ...actionSections(model, options.actionSections ?? 4, undefined, options.quietMentions).map((text) =>
      section(text),
    ),
    allDone ? section('*Needs action:* none this week :white_check_mark:') : null,
    model.teams.length
      ? section(digestTeamTable('*Teams* · furthest behind first', model.teams, options.tableRows ?? 20))
      : section('_No hosts in the inventory._'),
    notesContext(model.notes),
    sourceContext(model, options.footer),
  ];
  const delta =
    model.change?.progressDeltaPoints != null
      ? ` (${formatPoints(model.change.progressDeltaPoints)} since ${formatDay(model.change.since)})`
      : '';
  const action = model.needsAction.length
    ? `; ${model.needsAction.length} team${model.needsAction.length === 1 ? '' : 's'} need action`
    : '';
  return fitMessage(
    `Weekly digest: ${name} ${formatPercent(model.totals.progressPercent)} done${delta}${action}`,
    blocks.filter((b): b is Block => b !== null),
  );
}
