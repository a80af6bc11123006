/**
 * The bot's Home tab for one viewer: the latest status (progress, counts,
 * change since last week, the teams furthest behind, environments, the team
 * table), the viewer's own team line when a team's owner list names them
 * (or a user group they are in),
 * the heatmap (see home-heatmap.ts), and where the figures came from. Every
 * figure comes from the view; inventory text is escaped.
 */
import type { StatusView, ViewNote } from '../../report/view-model.ts';
import { behindOrder } from './behind-order.ts';
import { context, header, section } from './block-builders.ts';
import type { Block } from './block-kit.ts';
import { changeCountsBlock } from './change-counts-block.ts';
import { environmentsBlock } from './environments-block.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fleetSummaryBlock } from './fleet-summary-block.ts';
import { formatCount, formatDay, formatPercent, trendArrow } from './format-figures.ts';
import { homeHeatmap, type ImageBlock } from './home-heatmap.ts';
import { homeYourTeams } from './home-your-teams.ts';
import { inventoryContext, notesContext } from './report-context.ts';
import { clip } from './slack-limits.ts';
import { teamTable } from './team-table.ts';

/** Slack's documented maximum of blocks in a Home tab view. */
export const HOME_MAX_BLOCKS = 100;

export type HomeBlock = Block | ImageBlock;

/** A `views.publish` view of type `home`. */
export interface HomeView {
  readonly type: 'home';
  readonly callback_id: string;
  readonly blocks: readonly HomeBlock[];
}

export interface HomeViewInput {
  readonly status: StatusView;
  /** The viewer's Slack user id (for "your team"). */
  readonly user: string;
  /** The user groups (`S…`) the viewer is in, as far as known: owners listed by group count too. */
  readonly userGroups?: ReadonlySet<string>;
  /** A public https URL of the heatmap PNG, or null (then a "send it to me" button). */
  readonly heatmapUrl?: string | null;
  /** Notes about this publication (e.g. the heatmap could not be sent), shown with the view's. */
  readonly notes?: readonly ViewNote[];
}

function behind(view: StatusView): Block | null {
  const arrows = new Map((view.diff?.teams ?? []).map((d) => [d.team, trendArrow(d.progressDeltaPoints)]));
  const shown = behindOrder(view.report)
    .filter((t) => t.progressPercent !== null)
    .slice(0, 5);
  if (shown.length === 0) return null;
  const lines = shown.map((t, i) => {
    const arrow = arrows.get(t.team);
    return `${i + 1}. ${escapeMrkdwn(clip(t.team, 60))} *${formatPercent(t.progressPercent)}*${arrow ? ` ${arrow}` : ''} · ${formatCount(t.pending)} pending`;
  });
  return section(`*Furthest behind*\n${lines.join('\n')}`);
}

/**
 * The Home tab view for `user`.
 * @example homeView({ status, user: 'U0ALICE' }).blocks[0].type // 'header'
 */
export function homeView(input: HomeViewInput): HomeView {
  const { status: view } = input;
  const { report } = view;
  const teams = behindOrder(report);
  const blocks: (HomeBlock | null)[] = [
    // plain_text: Slack shows it as is, so it is not escaped.
    header(`${clip(report.campaign.name, 100)} · ${formatPercent(report.totals.progressPercent)} done`),
    fleetSummaryBlock(
      report,
      view.diff && { progressDeltaPoints: view.diff.progressDeltaPoints, since: view.diff.from },
    ),
    ...homeYourTeams(view, input.user, input.userGroups),
    view.diff ? changeCountsBlock(`*Since ${formatDay(view.diff.from)}:*`, view.diff) : null,
    behind(view),
    environmentsBlock(report.environments),
    teams.length > 0
      ? section(teamTable('*Teams* · furthest behind first', teams, 20))
      : section('_No hosts in the inventory._'),
    ...homeHeatmap(report, input.heatmapUrl ?? null),
    notesContext([...view.notes, ...(input.notes ?? [])]),
    inventoryContext(report),
    context('This tab updates itself when a new inventory snapshot is taken.'),
  ];
  const present = blocks.filter((b): b is HomeBlock => b !== null);
  return { type: 'home', callback_id: 'jm_home', blocks: present.slice(0, HOME_MAX_BLOCKS) };
}
