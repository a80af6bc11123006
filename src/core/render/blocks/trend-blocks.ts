/**
 * `/java-migration trend` as Block Kit: the fleet's progress over time as a
 * sparkline with its forecast, then the teams in the chart, and the teams
 * that will miss the deadline. The line chart itself goes up as a PNG.
 */
import type { Forecast, TrendSeries } from '../../report/history-model.ts';
import type { TrendView } from '../../report/view-model.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actions, button, header, section } from './block-builders.ts';
import type { Block, SlackMessage } from './block-kit.ts';
import { boundedLines } from './bounded-lines.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { fitMessage } from './fit-message.ts';
import { forecastText } from './forecast-text.ts';
import { formatDay, formatPercent, sparkline } from './format-figures.ts';
import { inventoryContext, notesContext } from './report-context.ts';
import { clip } from './slack-limits.ts';

function last(series: TrendSeries): number | null {
  return series.points.length ? series.points[series.points.length - 1].progressPercent : null;
}

function shortForecast(f: Forecast | undefined): string {
  if (!f) return '';
  switch (f.status) {
    case 'done':
      return 'done';
    case 'no-data':
      return 'no forecast yet';
    case 'stalled':
      return 'stalled';
    case 'late':
      return f.daysLate !== null ? `*${f.daysLate} days late*` : 'late';
    default:
      return f.doneOn ? `done by ${formatDay(f.doneOn)}` : 'on track';
  }
}

/**
 * The trend message.
 * @example trendBlocks(view).blocks[0].type // 'header'
 */
export function trendBlocks(view: TrendView): SlackMessage {
  const { trend, report } = view;
  const fleet = trend.fleet;
  const forecasts = new Map(trend.forecasts.teams.map((f) => [f.name, f]));
  const since = fleet.points.length
    ? ` since ${formatDay(fleet.points[0].at)} (${fleet.points.length} snapshots)`
    : '';
  const teamLines = trend.teams.map((s) => {
    const tail = shortForecast(forecasts.get(s.name));
    return `${escapeMrkdwn(clip(s.name, 40))} \`${sparkline(s.points.map((p) => p.progressPercent))}\` *${formatPercent(last(s))}*${tail ? ` · ${tail}` : ''}`;
  });
  const late = trend.forecasts.teams
    .filter((f) => f.status === 'late' || (f.status === 'stalled' && f.deadline))
    .map(
      (f) =>
        `${escapeMrkdwn(clip(f.name, 40))}: ${f.status === 'stalled' ? 'no progress' : `${f.daysLate ?? '?'} days late`}`,
    );
  const blocks: (Block | null)[] = [
    header(`${escapeMrkdwn(report.campaign.name)} · progress over time`),
    section(
      `*Fleet* \`${sparkline(fleet.points.map((p) => p.progressPercent))}\` *${formatPercent(last(fleet))}*${since}\n${forecastText(trend.forecasts.fleet)}`,
    ),
    teamLines.length ? section(boundedLines('*Teams*', teamLines, 15, 'teams')) : null,
    late.length ? section(boundedLines('*Will miss the deadline*', late, 15, 'teams')) : null,
    notesContext(view.notes),
    inventoryContext(report),
    actions([button(ACTION_IDS.status, 'Fleet status')], 'jm_trend_actions'),
  ];
  return fitMessage(
    `${escapeMrkdwn(report.campaign.name)}: ${formatPercent(last(fleet))} done`,
    blocks.filter((b): b is Block => b !== null),
  );
}
