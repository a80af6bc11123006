/**
 * The heatmap's words: the subtitle (what the figures are, and what was
 * summed to keep the image readable) and the snapshot stamp for the corner.
 */
import type { ReportModel } from '../report/report-model.ts';
import type { HeatmapColumns } from './heatmap-columns.ts';
import type { HeatmapRows } from './heatmap-rows.ts';
import { formatStamp } from './trend-dates.ts';

const n = (value: number): string => value.toLocaleString('en-US');
const plural = (count: number, word: string): string => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

/**
 * Subtitle lines: campaign and progress, then one line per thing summed.
 * @example heatmapSubtitle(report, rows, columns)[0] // 'Java 11+ migration · 62.4 % done · 104 hosts in 4 teams · least migrated teams first'
 */
export function heatmapSubtitle(report: ReportModel, rows: HeatmapRows, columns: HeatmapColumns): string[] {
  const progress = report.totals.progressPercent;
  const done = progress === null ? 'no host migrated or pending' : `${progress.toFixed(1)} % done`;
  const order = report.teams.length > 1 ? ' · least migrated teams first' : '';
  const lines = [
    `${report.campaign.name} · ${done} · ${plural(report.totals.hosts, 'host')} in ${plural(report.teams.length, 'team')}${order}`,
  ];
  if (rows.summedTeams > 0) {
    const shown = rows.rows.length - 1;
    lines.push(
      `Showing the ${n(shown)} teams furthest behind; the other ${plural(rows.summedTeams, 'team')} (${plural(rows.summedHosts, 'host')}) are summed in the last row`,
    );
  }
  if (columns.summedVersions > 0) {
    lines.push(
      `${plural(columns.summedVersions, 'rare version')} (${plural(columns.summedHosts, 'host')}) summed into the "other" columns`,
    );
  }
  return lines;
}

/**
 * Corner stamp: when the inventory was current and when it was read.
 * @example heatmapStamp(report) // 'Inventory as of 18 Mar 2019 06:42 UTC · read 18 Mar 2019 09:02 UTC'
 */
export function heatmapStamp(report: Pick<ReportModel, 'asOf' | 'readAt'>): string {
  const read = `read ${formatStamp(report.readAt)}`;
  return report.asOf ? `Inventory as of ${formatStamp(report.asOf)} · ${read}` : `Inventory ${read}`;
}
