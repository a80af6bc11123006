/**
 * `/java-migration status` as Block Kit, after DESIGN.md's sketch: header with
 * progress, counts as fields, change since last week, the teams furthest
 * behind (with arrows when a diff exists), LIVE-first environments, a compact
 * team table, notes, where the figures came from, and the buttons (team
 * menu, trend, the fleet's pending hosts CSV).
 */
import type { TeamReport } from '../../report/report-model.ts';
import type { StatusView } from '../../report/view-model.ts';
import { ACTION_IDS, pendingCsvValue } from './action-ids.ts';
import { behindOrder } from './behind-order.ts';
import { actions, button, header, section } from './block-builders.ts';
import type { ActionElement, Block, SlackMessage } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import {
  formatCount,
  formatDay,
  formatPercent,
  formatPoints,
  progressBar,
  trendArrow,
} from './format-figures.ts';
import { inventoryContext, notesContext } from './report-context.ts';
import { clip } from './slack-limits.ts';
import { teamSelect } from './team-select.ts';
import { teamTable } from './team-table.ts';

export interface StatusBlocksOptions {
  /** Teams in the table (default 15); the rest are counted. */
  readonly tableRows?: number;
  /** Teams on the "furthest behind" line (default 5). */
  readonly behind?: number;
  /** Leave out the buttons (e.g. for a digest that adds its own). */
  readonly withActions?: boolean;
}

function summary(view: StatusView): Block {
  const { totals, campaign } = view.report;
  const delta =
    view.diff && view.diff.progressDeltaPoints !== null
      ? ` · ${formatPoints(view.diff.progressDeltaPoints)} since ${formatDay(view.diff.from)}`
      : '';
  const fields = [
    `*Migrated*\n${formatCount(totals.migrated)}`,
    `*Pending*\n${formatCount(totals.pending)}`,
    `*Unknown version*\n${formatCount(totals.unknown)}`,
    `*Stale*\n${formatCount(totals.stale)}`,
    `*Hosts*\n${formatCount(totals.hosts)}`,
    `*Teams*\n${formatCount(view.report.teams.length)}`,
  ];
  if (campaign.deadline) fields.push(`*Deadline*\n${formatDay(campaign.deadline)}`);
  if (campaign.goalPercent < 100) fields.push(`*Goal*\n${formatPercent(campaign.goalPercent)}`);
  return section(
    `\`${progressBar(totals.progressPercent)}\` *${formatPercent(totals.progressPercent)}* on Java ${campaign.target}+${delta}`,
    fields,
  );
}

function behindLine(view: StatusView, teams: readonly TeamReport[], count: number): Block | null {
  const arrows = new Map((view.diff?.teams ?? []).map((d) => [d.team, trendArrow(d.progressDeltaPoints)]));
  const shown = teams.filter((t) => t.progressPercent !== null).slice(0, count);
  if (shown.length === 0) return null;
  const parts = shown.map((t) => {
    const arrow = arrows.get(t.team);
    return `${escapeMrkdwn(clip(t.team, 40))} *${formatPercent(t.progressPercent)}*${arrow ? ` ${arrow}` : ''}`;
  });
  return section(`*Furthest behind*\n${parts.join('   ')}`);
}

function environmentLine(view: StatusView): Block | null {
  const envs = view.report.environments;
  if (envs.length === 0) return null;
  const shown = envs
    .slice(0, 8)
    .map((e) => `${escapeMrkdwn(clip(e.name, 30))} ${formatPercent(e.progressPercent)}`);
  const more = envs.length > shown.length ? ` · _…and ${envs.length - shown.length} more_` : '';
  return section(`*By environment*\n${shown.join(' · ')}${more}`);
}

function diffLine(view: StatusView): Block | null {
  const d = view.diff;
  if (!d) return null;
  return section(
    `*Since ${formatDay(d.from)}:* ${formatCount(d.migrated)} migrated · ${formatCount(d.regressed)} regressed · ${formatCount(d.added)} new · ${formatCount(d.removed)} gone`,
  );
}

function buttons(view: StatusView): Block {
  const elements: ActionElement[] = [];
  const select = teamSelect(
    ACTION_IDS.teamSelect,
    view.report.teams.map((t) => t.team),
  );
  if (select) elements.push(select);
  elements.push(button(ACTION_IDS.trend, 'Trend'));
  // Every host still to do (pending and unknown), with its team, for a spreadsheet.
  const todo = view.report.totals.pending + view.report.totals.unknown;
  if (todo > 0)
    elements.push(
      button(ACTION_IDS.pendingCsv, `Pending hosts CSV (${formatCount(todo)})`, pendingCsvValue(null)),
    );
  return actions(elements, 'jm_status_actions');
}

/**
 * The status message for a view.
 * @example statusBlocks(view).blocks[0].type // 'header'
 */
export function statusBlocks(view: StatusView, options: StatusBlocksOptions = {}): SlackMessage {
  const { report } = view;
  const teams = behindOrder(report);
  const title = `${escapeMrkdwn(report.campaign.name)} · ${formatPercent(report.totals.progressPercent)} done`;
  const blocks: (Block | null)[] = [
    header(title),
    summary(view),
    diffLine(view),
    behindLine(view, teams, options.behind ?? 5),
    environmentLine(view),
    teams.length > 0
      ? section(teamTable('*Teams* · furthest behind first', teams, options.tableRows ?? 15))
      : section('_No hosts in the inventory._'),
    notesContext(view.notes),
    inventoryContext(report),
    options.withActions === false ? null : buttons(view),
  ];
  const fallback = `${escapeMrkdwn(report.campaign.name)}: ${formatPercent(report.totals.progressPercent)} done (${formatCount(report.totals.migrated)} migrated, ${formatCount(report.totals.pending)} pending, ${formatCount(report.totals.unknown)} unknown)`;
  return fitMessage(
    fallback,
    blocks.filter((b): b is Block => b !== null),
  );
}
