/**
 * One team for a terminal: progress bar and counts, owners, its versions with
 * counts and percents (the article's table row), environments LIVE first,
 * the first pending hosts, what moved and the forecast when history has them.
 *
 * @example renderTeamText(view) // 'Team Blue · Java 11+ migration · 0.0 % done\n...'
 */
import type { Forecast, TeamDiff } from '../report/history-model.ts';
import type { ReportModel, TeamReport } from '../report/report-model.ts';
import type { PendingHost, ViewNote } from '../report/view-model.ts';
import { terminalSafe } from './terminal-safe.ts';
import { textFooter } from './text-footer.ts';
import { countsLine, textBar, textCount, textPercent, textPoints, versionLabel } from './text-format.ts';
import { textTable } from './text-table.ts';

/** What the team text needs; the app's `TeamView` is one. */
export interface TeamTextInput {
  readonly report: ReportModel;
  readonly team: TeamReport;
  readonly pending: readonly PendingHost[];
  readonly pendingTotal: number;
  readonly diff: TeamDiff | null;
  readonly forecast: Forecast | null;
  readonly notes: readonly ViewNote[];
}

function historyLines({ diff, forecast }: TeamTextInput): string[] {
  const lines: string[] = [];
  if (diff) {
    const points = diff.progressDeltaPoints === null ? '' : `${textPoints(diff.progressDeltaPoints)}, `;
    lines.push(
      `Since last week: ${points}${diff.migrated} migrated, ${diff.regressed} regressed, ${diff.added} new, ${diff.removed} gone`,
    );
    for (const m of diff.moved)
      lines.push(`  ${terminalSafe(m.id)}: ${terminalSafe(m.from)} -> ${terminalSafe(m.to)}`);
  }
  if (forecast?.doneOn) {
    const late =
      forecast.daysLate === null
        ? ''
        : forecast.daysLate > 0
          ? `, ${forecast.daysLate} days after the deadline`
          : ', before the deadline';
    lines.push(`Forecast: done on ${forecast.doneOn} at the current pace${late}`);
  } else if (forecast) lines.push(`Forecast: ${forecast.status}`);
  return lines.length ? ['', ...lines] : [];
}

export function renderTeamText(view: TeamTextInput): string {
  const { report, team } = view;
  const stateOf = new Map(report.versions.map((v) => [v.version, v.state]));
  const versions = textTable(
    team.versions.map((v) => [
      `  ${versionLabel(v.version)}`,
      stateOf.get(v.version) ?? '',
      textCount(v.count),
      textPercent(v.percent),
    ]),
    ['left', 'left', 'right', 'right'],
  );
  const environments = textTable(
    team.environments.map((e) => [
      `  ${terminalSafe(e.name)}`,
      `${textCount(e.hosts)} hosts`,
      textBar(e.progressPercent, 10),
    ]),
    ['left', 'right', 'left'],
  );
  const pending = textTable(
    view.pending.map((h) => [
      `  ${terminalSafe(h.id)}`,
      terminalSafe(h.environment),
      terminalSafe(h.distribution),
      versionLabel(h.version),
      h.stale ? 'stale' : '',
    ]),
    ['left', 'left', 'left', 'left', 'left'],
  );
  const owners = team.owners.length ? [`Owners: ${team.owners.map(terminalSafe).join(', ')}`] : [];
  const lines = [
    `${terminalSafe(team.team)} · ${terminalSafe(report.campaign.name)} · ${textPercent(team.progressPercent)} done`,
    textBar(team.progressPercent),
    countsLine(team),
    ...owners,
    '',
    'Versions:',
    ...versions,
    '',
    'Environments:',
    ...environments,
    '',
    view.pendingTotal === 0
      ? 'Nothing left to migrate.'
      : `Left to migrate: ${textCount(view.pendingTotal)} host(s)${view.pendingTotal > view.pending.length ? `, first ${view.pending.length} (LIVE first):` : ' (LIVE first):'}`,
    ...pending,
    ...historyLines(view),
    '',
    ...textFooter(report, view.notes),
  ];
  return `${lines.join('\n')}\n`;
}
