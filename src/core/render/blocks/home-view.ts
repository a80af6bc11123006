/**
 * The bot's Home tab for one viewer: the latest status (progress, counts,
 * change since last week, the teams furthest behind, environments, the team
 * table), the viewer's own team line when a team's owner list names them,
 * the heatmap (see home-heatmap.ts), and where the figures came from. Every
 * figure comes from the view; inventory text is escaped.
 */
import type { StatusView, ViewNote } from '../../report/view-model.ts';
import { behindOrder } from './behind-order.ts';
import { context, header, section } from './block-builders.ts';
import type { Block } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import {
  formatCount,
  formatDay,
  formatPercent,
  formatPoints,
  progressBar,
  trendArrow,
} from './format-figures.ts';
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
  /** A public https URL of the heatmap PNG, or null (then a "send it to me" button). */
  readonly heatmapUrl?: string | null;
  /** Notes about this publication (e.g. the heatmap could not be sent), shown with the view's. */
  readonly notes?: readonly ViewNote[];
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
  return section(
    `\`${progressBar(totals.progressPercent)}\` *${formatPercent(totals.progressPercent)}* on Java ${campaign.target}+${delta}`,
    fields,
  );
}

function change(view: StatusView): Block | null {
  const d = view.diff;
  if (!d) return null;
  return section(
    `*Since ${formatDay(d.from)}:* ${formatCount(d.migrated)} migrated · ${formatCount(d.regressed)} regressed · ${formatCount(d.added)} new · ${formatCount(d.removed)} gone`,
  );
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

function environments(view: StatusView): Block | null {
  const envs = view.report.environments;
  if (envs.length === 0) return null;
  const shown = envs
    .slice(0, 8)
    .map((e) => `${escapeMrkdwn(clip(e.name, 30))} ${formatPercent(e.progressPercent)}`);
  const more = envs.length > shown.length ? ` · _…and ${envs.length - shown.length} more_` : '';
  return section(`*By environment*\n${shown.join(' · ')}${more}`);
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
    summary(view),
    ...homeYourTeams(view, input.user),
    change(view),
    behind(view),
    environments(view),
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
