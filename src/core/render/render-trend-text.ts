/**
 * The trend for a terminal: a forecast table (fleet first), then the fleet's
 * progress by snapshot, then the footer with the notes.
 *
 * @example renderTrendText(view) // "Java 11+ migration · trend over 7 snapshot(s), …"
 */
import type { Forecast } from '../report/history-model.ts';
import type { TrendView } from '../report/view-model.ts';
import { terminalSafe } from './terminal-safe.ts';
import { textFooter } from './text-footer.ts';
import { textPercent, textTime } from './text-format.ts';
import { textTable } from './text-table.ts';
import { forecastPhrase, paceText } from './trend-labels.ts';

const forecastRow = (f: Forecast) => [
  terminalSafe(f.name),
  textPercent(f.progressPercent),
  f.pointsPerWeek === null ? 'n/a' : paceText(f.pointsPerWeek),
  forecastPhrase(f) || (f.status === 'no-data' ? 'not enough history' : f.status),
];

export function renderTrendText(view: TrendView): string {
  const { trend, report } = view;
  const points = trend.fleet.points;
  const span = points.length
    ? `${textTime(points[0].at)} to ${textTime(points[points.length - 1].at)}`
    : 'no snapshots';
  const deadline = report.campaign.deadline ? `, deadline ${report.campaign.deadline}` : '';
  const lines = [
    `${terminalSafe(report.campaign.name)} · trend over ${points.length} snapshot(s), ${span}`,
    `Goal ${report.campaign.goalPercent} %${deadline}`,
    '',
    ...textTable(
      [
        ['', 'Progress', 'Pace', 'Forecast'],
        ...[trend.forecasts.fleet, ...trend.forecasts.teams].map(forecastRow),
      ],
      ['left', 'right', 'right', 'left'],
    ),
    '',
    'Fleet progress by snapshot:',
    ...textTable(
      points.map((p) => [`  ${textTime(p.at)}`, textPercent(p.progressPercent), `${p.migrated} migrated`]),
      ['left', 'right', 'right'],
    ),
    '',
    ...textFooter(report, view.notes),
  ];
  return `${lines.join('\n')}\n`;
}
