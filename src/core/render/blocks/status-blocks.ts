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
import { changeCountsBlock } from './change-counts-block.ts';
import { environmentsBlock } from './environments-block.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { fleetSummaryBlock } from './fleet-summary-block.ts';
import { formatCount, formatDay, formatPercent, trendArrow } from './format-figures.ts';
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
    fleetSummaryBlock(
      report,
      view.diff && { progressDeltaPoints: view.diff.progressDeltaPoints, since: view.diff.from },
      { withGoal: true },
    ),
    view.diff ? changeCountsBlock(`*Since ${formatDay(view.diff.from)}:*`, view.diff) : null,
    behindLine(view, teams, options.behind ?? 5),
    environmentsBlock(report.environments),
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
