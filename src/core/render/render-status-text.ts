/**
 * The fleet status for a terminal: headline progress with a bar, the counts,
 * the teams furthest behind, environments LIVE first, an aligned team table,
 * the fleet's versions, then where the figures come from and any warnings.
 *
 * @example renderStatusText({ report, diff: null, notes: [] })
 *   // 'Java 11+ migration · 62.4 % done\n▓▓▓▓▓▓▓▓▓▓▓▓░░░░░░░░ 62.4 %\n...'
 */
import type { SnapshotDiff } from '../report/history-model.ts';
import type { ReportModel } from '../report/report-model.ts';
import type { ViewNote } from '../report/view-model.ts';
import { progressBar } from './blocks/format-figures.ts';
import { terminalSafe } from './terminal-safe.ts';
import { textFooter } from './text-footer.ts';
import {
  BAR_CELLS,
  countsLine,
  textBar,
  textCount,
  textPercent,
  textPoints,
  versionLabel,
} from './text-format.ts';
import { textTable } from './text-table.ts';

/** What the status text needs; the app's `StatusView` is one. */
export interface StatusTextInput {
  readonly report: ReportModel;
  readonly diff: SnapshotDiff | null;
  readonly notes: readonly ViewNote[];
}

const FURTHEST_BEHIND_SHOWN = 3;

function headline({ report, diff }: StatusTextInput): string {
  const since =
    diff && diff.progressDeltaPoints !== null
      ? `  (${textPoints(diff.progressDeltaPoints)} since ${diff.from.slice(0, 10)})`
      : '';
  return `${terminalSafe(report.campaign.name)} · ${textPercent(report.totals.progressPercent)} done${since}`;
}

function teamTable(report: ReportModel): string[] {
  const header = ['Team', 'Hosts', 'Migrated', 'Pending', 'Unknown', 'Stale', 'Progress', ''];
  const row = (name: string, c: ReportModel['totals']) => [
    name,
    textCount(c.hosts),
    textCount(c.migrated),
    textCount(c.pending),
    textCount(c.unknown),
    textCount(c.stale),
    progressBar(c.progressPercent, BAR_CELLS / 2),
    textPercent(c.progressPercent),
  ];
  const rows = [
    header,
    ...report.teams.map((t) => row(terminalSafe(t.team), t)),
    row('All teams', report.totals),
  ];
  return textTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'right']);
}

export function renderStatusText(view: StatusTextInput): string {
  const { report } = view;
  const teamsByName = new Map(report.teams.map((t) => [t.team, t]));
  const behind = report.furthestBehind
    .slice(0, FURTHEST_BEHIND_SHOWN)
    .map((name) => `${terminalSafe(name)} ${textPercent(teamsByName.get(name)?.progressPercent ?? null)}`);
  const environments = report.environments.map(
    (e) => `${terminalSafe(e.name)} ${textPercent(e.progressPercent)}`,
  );
  const versions = textTable(
    report.versions.map((v) => [`  ${versionLabel(v.version)}`, v.state, textCount(v.count)]),
    ['left', 'left', 'right'],
  );
  const lines = [
    headline(view),
    textBar(report.totals.progressPercent),
    countsLine(report.totals),
    '',
    `Furthest behind: ${behind.join(' · ') || 'none'}`,
    `Environments:    ${environments.join(' · ') || 'none'}`,
    '',
    ...teamTable(report),
    '',
    `Versions (Java ${report.campaign.target}+ counts as migrated):`,
    ...versions,
    '',
    ...textFooter(report, view.notes),
  ];
  return `${lines.join('\n')}\n`;
}
