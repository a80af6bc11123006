/**
 * `/java-migration team NAME` as Block Kit: the team's progress and change,
 * its versions with counts and percents, environments (LIVE first), the first
 * pending hosts, what moved, the forecast, and the pending-hosts CSV button.
 * The team's owners are counted, not mentioned (see `summary`).
 */
import type { TeamView } from '../../report/view-model.ts';
import { ACTION_IDS, pendingCsvValue } from './action-ids.ts';
import { actions, button, header, section } from './block-builders.ts';
import type { Block, SlackMessage } from './block-kit.ts';
import { boundedLines } from './bounded-lines.ts';
import { escapeCode, escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { countFields } from './fleet-summary-block.ts';
import { forecastText } from './forecast-text.ts';
import {
  formatCount,
  formatDay,
  formatPercent,
  formatPoints,
  progressBar,
  sparkline,
} from './format-figures.ts';
import { inventoryContext, notesContext } from './report-context.ts';
import { clip } from './slack-limits.ts';

const STATE_ICON = {
  migrated: ':white_check_mark:',
  pending: ':hourglass_flowing_sand:',
  unknown: ':grey_question:',
};

function code(text: string, max = 40): string {
  return text === '' ? '_(blank)_' : `\`${escapeCode(clip(text, max))}\``;
}

function summary(view: TeamView): Block {
  const { team, report } = view;
  const delta =
    view.diff && view.diff.progressDeltaPoints !== null
      ? ` · ${formatPoints(view.diff.progressDeltaPoints)} since last snapshot`
      : '';
  const fields = countFields(team);
  // No mention here: `<@U…>` notifies wherever it appears in a message (section, field or
  // context alike), and anyone may run the team report as often as they like. The owners
  // are mentioned on purpose only by the weekly digest, when the team needs to act.
  if (team.owners.length)
    fields.push(`*Owners*\n${formatCount(team.owners.length)} on record · the weekly digest mentions them`);
  return section(
    `\`${progressBar(team.progressPercent)}\` *${formatPercent(team.progressPercent)}* on Java ${report.campaign.target}+${delta}`,
    fields,
  );
}

function versions(view: TeamView): Block | null {
  const info = new Map(view.report.versions.map((v) => [v.version, v]));
  const lines = view.team.versions.map((v) => {
    const state = info.get(v.version)?.state ?? (v.version === '' ? 'unknown' : 'pending');
    return `${STATE_ICON[state]} ${code(v.version)} ${formatCount(v.count)} host${v.count === 1 ? '' : 's'} · ${formatPercent(v.percent)}`;
  });
  return lines.length ? section(boundedLines('*Versions*', lines, 20, 'versions')) : null;
}

function environments(view: TeamView): Block | null {
  const envs = view.team.environments;
  if (!envs.length) return null;
  const parts = envs.map(
    (e) =>
      `${escapeMrkdwn(clip(e.name, 30))} *${formatPercent(e.progressPercent)}* (${formatCount(e.migrated)} of ${formatCount(e.migrated + e.pending)})`,
  );
  return section(boundedLines('*Environments*', parts, 12, 'environments'));
}

function pending(view: TeamView): Block | null {
  if (view.pendingTotal === 0) return section('*Pending hosts*\nNone :tada:');
  if (view.hostsHidden)
    return section(`*Pending hosts* · ${formatCount(view.pendingTotal)} (list not shown here)`);
  const lines = view.pending.map((h) => {
    const marks = [h.state === 'unknown' ? '_version unknown_' : '', h.stale ? '_stale_' : ''].filter(
      Boolean,
    );
    return `${code(h.id, 60)} ${escapeMrkdwn(clip(h.environment, 20))} · ${escapeMrkdwn(clip(h.distribution, 30))} · ${code(h.version)}${marks.length ? ` · ${marks.join(' · ')}` : ''}`;
  });
  const heading =
    view.pendingTotal > view.pending.length
      ? `*Pending hosts* · first ${view.pending.length} of ${formatCount(view.pendingTotal)} (full list: the CSV button)`
      : `*Pending hosts* · ${formatCount(view.pendingTotal)}`;
  return section(boundedLines(heading, lines, 10, 'hosts'));
}

function moved(view: TeamView): Block | null {
  const d = view.diff;
  if (!d) return null;
  const head = `*Since last snapshot:* ${formatCount(d.migrated)} migrated · ${formatCount(d.regressed)} regressed · ${formatCount(d.added)} new · ${formatCount(d.removed)} gone`;
  const lines = view.hostsHidden
    ? []
    : d.moved.map((m) => `${code(m.id, 60)} ${code(m.from)} → ${code(m.to)}`);
  return section(boundedLines(head, lines, 10, 'moved hosts'));
}

function outlook(view: TeamView): Block | null {
  const parts: string[] = [];
  const points = view.trend?.points ?? [];
  if (points.length > 1)
    parts.push(
      `\`${sparkline(points.map((p) => p.progressPercent))}\` since ${formatDay(points[0].at)} (${points.length} snapshots)`,
    );
  if (view.forecast) parts.push(forecastText(view.forecast));
  return parts.length ? section(`*Trend*\n${parts.join('\n')}`) : null;
}

/**
 * The team message for a found team.
 * @example teamBlocks(view).blocks[0].type // 'header'
 */
export function teamBlocks(view: TeamView): SlackMessage {
  const { team, report } = view;
  const name = escapeMrkdwn(clip(team.team, 100));
  const buttons = [button(ACTION_IDS.status, 'Fleet status')];
  if (view.pendingTotal > 0 && !view.hostsHidden)
    buttons.unshift(
      button(
        ACTION_IDS.pendingCsv,
        `Pending hosts CSV (${formatCount(view.pendingTotal)})`,
        pendingCsvValue(team.team),
        'primary',
      ),
    );
  const blocks: (Block | null)[] = [
    header(`${name} · ${formatPercent(team.progressPercent)} done`),
    summary(view),
    versions(view),
    environments(view),
    pending(view),
    moved(view),
    outlook(view),
    notesContext(view.notes),
    inventoryContext(report),
    actions(buttons, 'jm_team_actions'),
  ];
  const fallback = `${name}: ${formatPercent(team.progressPercent)} done (${formatCount(team.migrated)} migrated, ${formatCount(team.pending)} pending)`;
  return fitMessage(
    fallback,
    blocks.filter((b): b is Block => b !== null),
  );
}
