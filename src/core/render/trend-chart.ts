/**
 * Progress over time as a Chart.js line config: the fleet, the teams furthest
 * behind (at most seven lines), the goal line, the deadline, and the fleet's
 * forecast. Pure: the canvas adapter draws it with the marker plugin.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TrendModel } from '../report/history-model.ts';
import type { CornerStampOptions } from './heatmap-overlays.ts';
import { timeAxis } from './trend-axis.ts';
import { formatDay, formatStamp, toEpochMs } from './trend-dates.ts';
import { forecastDoneAt, seriesPoints, type TrendPointXY, trendDatasets } from './trend-datasets.ts';
import { paceText } from './trend-labels.ts';
import { trendLegend } from './trend-legend.ts';
import { trendRange } from './trend-range.ts';

export type { TrendPointXY } from './trend-datasets.ts';

export interface TrendChartOptions {
  /** Team lines drawn at most (the fleet is always drawn). Default 7. */
  readonly maxTeams?: number;
  readonly width?: number;
}

export interface TrendChart {
  readonly width: number;
  readonly height: number;
  readonly config: ChartConfiguration<'line', TrendPointXY[]>;
  /** Names of the series drawn, fleet first. */
  readonly series: readonly string[];
}

const TEXT = '#222222';
const MUTED = '#555555';
const GRID = '#e6e6e6';
const AXIS = '#999999';

const subtitleOf = (trend: TrendModel, shown: number, hasData: boolean): string[] => {
  if (!hasData) return ['No snapshots yet: the trend starts with the first inventory read'];
  const teams = shown === 1 ? 'the team' : `the ${shown} teams`;
  const more = trend.teams.length > shown ? ` (${trend.teams.length - shown} more not drawn)` : '';
  return [
    `Fleet ${paceText(trend.forecasts.fleet.pointsPerWeek)} · ${teams} furthest behind${more} · progress = migrated / (migrated + pending)`,
  ];
};

/**
 * Line chart config and canvas size for a trend.
 * @example trendChart(trend).config.type // 'line'
 */
export function trendChart(trend: TrendModel, options: TrendChartOptions = {}): TrendChart {
  const goal = trend.campaign?.goalPercent ?? 100;
  const fleet = seriesPoints(trend.fleet);
  const teams = trend.teams
    .slice(0, options.maxTeams ?? 7)
    .map((series) => ({ series, points: seriesPoints(series) }));
  const times = [fleet, ...teams.map((t) => t.points)].flat().map((p) => p.x);
  const hasData = times.length > 0;
  const last = hasData ? Math.max(...times) : 0;
  const deadlineAt = trend.forecasts.fleet.deadline ? toEpochMs(trend.forecasts.fleet.deadline) : null;
  const range = trendRange({
    first: hasData ? Math.min(...times) : 0,
    last,
    deadline: deadlineAt,
    doneOn: forecastDoneAt(trend.forecasts.fleet),
  });
  // Without snapshots no date is worth labelling (an axis from 1970 would only mislead).
  const axis = { ...timeAxis(range.start, range.end), ...(hasData ? {} : { ticks: [] }) };
  const tickLabels = new Map(axis.ticks.map((t) => [t.value, t.label]));
  const datasets = trendDatasets({ trend, fleet, teams, goal, end: range.end });
  const stamp: CornerStampOptions = {
    text: hasData ? `Latest snapshot ${formatStamp(new Date(last).toISOString())}` : '',
    fontSize: 12,
    color: MUTED,
  };
  const deadlineShown = deadlineAt !== null && deadlineAt >= axis.min && deadlineAt <= axis.max;
  return {
    width: options.width ?? 1000,
    // Room for the legend: three entries a row.
    height: 560 + Math.ceil(datasets.length / 3) * 24,
    series: ['Fleet', ...teams.map((t) => t.series.name)],
    config: {
      type: 'line',
      data: { datasets },
      options: {
        devicePixelRatio: 1,
        layout: { padding: { top: 14, right: 28, bottom: 30, left: 16 } },
        plugins: {
          title: {
            display: true,
            text: `${trend.campaign?.name ?? 'Migration'}: progress over time`,
            align: 'start',
            color: TEXT,
            font: { size: 22, weight: 'bold', lineHeight: 1.25 },
            padding: { top: 0, bottom: 8 },
          },
          subtitle: {
            display: true,
            text: subtitleOf(trend, teams.length, hasData),
            align: 'start',
            color: MUTED,
            font: { size: 14, lineHeight: 1.25 },
            padding: { top: 0, bottom: 14 },
          },
          legend: trendLegend(),
          tooltip: { enabled: false },
          trendMarkers: {
            goal: { value: goal, label: `goal ${goal} %` },
            deadline: deadlineShown
              ? { at: deadlineAt, label: `deadline ${formatDay(deadlineAt, true)}` }
              : null,
            color: '#444444',
            fontSize: 13,
          },
          cornerStamp: stamp,
        },
        scales: {
          x: {
            type: 'linear',
            min: axis.min,
            max: axis.max,
            grid: { color: GRID },
            border: { color: AXIS },
            afterBuildTicks: (scale) => {
              scale.ticks = axis.ticks.map((t) => ({ value: t.value }));
            },
            ticks: {
              autoSkip: false,
              maxRotation: 0,
              color: TEXT,
              font: { size: 13 },
              callback: (value) => tickLabels.get(Number(value)) ?? '',
            },
          },
          y: {
            type: 'linear',
            min: 0,
            max: 100,
            grid: { color: GRID },
            border: { color: AXIS },
            title: { display: true, text: 'hosts migrated (%)', color: TEXT, font: { size: 13 } },
            ticks: { stepSize: 20, color: TEXT, font: { size: 13 }, callback: (value) => `${value} %` },
          },
        },
      },
    },
  };
}
