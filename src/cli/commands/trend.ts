/**
 * `java-migration trend [options]`: progress over time and a forecast for the
 * fleet and every team (furthest behind first), as terminal text or, with
 * `--json`, the trend model; `--out DIR` also writes the trend chart PNG.
 */
import { terminalSafe } from '../../core/render/terminal-safe.ts';
import { textFooter } from '../../core/render/text-footer.ts';
import { textPercent, textTime } from '../../core/render/text-format.ts';
import { textTable } from '../../core/render/text-table.ts';
import { forecastPhrase, paceText } from '../../core/render/trend-labels.ts';
import type { Forecast } from '../../core/report/history-model.ts';
import type { TrendView } from '../../core/report/view-model.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand } from '../cli-io.ts';
import { parseReportOptions, REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { UsageError } from '../usage-error.ts';
import { writePng } from '../write-png.ts';

const USAGE = `java-migration trend ${REPORT_OPTIONS_USAGE}`;

const forecastRow = (f: Forecast) => [
  terminalSafe(f.name),
  textPercent(f.progressPercent),
  f.pointsPerWeek === null ? 'n/a' : paceText(f.pointsPerWeek),
  forecastPhrase(f) || (f.status === 'no-data' ? 'not enough history' : f.status),
];

/** The trend for a terminal: a forecast table (fleet first), then the fleet's points. */
function trendText(view: TrendView): string {
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

export const trendCommand: CliCommand = {
  summary: 'progress over time per team, with a forecast against the deadline',
  usage: USAGE,
  async run(args, io) {
    const options = parseReportOptions(args, USAGE);
    if (options.help) {
      io.out(`usage: ${USAGE}`);
      return 0;
    }
    if (options.positionals.length)
      throw new UsageError(`unexpected argument "${options.positionals[0]}"`, USAGE);
    // A trend is history: kept even for `--inventory FILE` (that file is the latest point).
    const { service } = buildService(options, io, { history: true });
    const view = await service.trend();
    const json = { campaign: view.report.campaign, asOf: view.report.asOf, ...view.trend, notes: view.notes };
    io.out(options.json ? JSON.stringify(json, null, 2) : trendText(view).trimEnd());
    if (options.out) {
      const path = await writePng(options.out, 'trend.png', await service.trendPng(view.trend), io.cwd);
      (options.json ? io.err : io.out)(`Trend chart: ${path}`);
    }
    return 0;
  },
};
