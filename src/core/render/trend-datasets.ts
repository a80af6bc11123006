/**
 * The trend chart's lines: the fleet (thick, black), the teams (a colour, a
 * dash and a marker each), and the fleet's forecast as a dashed extension
 * from its latest figure to the goal on the forecast date.
 */
import type { ChartDataset } from 'chart.js';
import type { Forecast, TrendModel, TrendSeries } from '../report/history-model.ts';
import { FLEET_STYLE, type SeriesStyle, seriesStyle } from './color-categorical.ts';
import { formatDay, toEpochMs } from './trend-dates.ts';
import { seriesLabel } from './trend-labels.ts';

export interface TrendPointXY {
  /** Epoch ms. */
  readonly x: number;
  readonly y: number | null;
}

export type TrendDataset = ChartDataset<'line', TrendPointXY[]>;

/**
 * A series as chart points, oldest first.
 * @example seriesPoints(trend.fleet)[0] // { x: 1704067200000, y: 20 }
 */
export function seriesPoints(series: TrendSeries): TrendPointXY[] {
  return series.points.map((p) => ({ x: toEpochMs(p.at), y: p.progressPercent })).sort((a, b) => a.x - b.x);
}

const latest = (points: readonly TrendPointXY[]): TrendPointXY | undefined =>
  points.filter((p) => p.y !== null).at(-1);

const line = (
  label: string,
  data: TrendPointXY[],
  style: SeriesStyle,
  width: number,
  markers: boolean,
): TrendDataset => ({
  label,
  data,
  borderColor: style.color,
  backgroundColor: style.color,
  borderWidth: width,
  borderDash: [...style.dash],
  pointStyle: style.pointStyle,
  pointRadius: markers ? width + 1.5 : 0,
  pointBorderWidth: 1.5,
  tension: 0,
  spanGaps: false,
});

/** The forecast date (epoch ms) when the forecast has one worth drawing. */
export const forecastDoneAt = (forecast: Forecast): number | null =>
  forecast.doneOn && (forecast.status === 'on-track' || forecast.status === 'late')
    ? toEpochMs(forecast.doneOn)
    : null;

/** From the last fleet figure to the goal, cut at the axis end. */
const forecastPoints = (
  last: TrendPointXY,
  doneAt: number,
  goal: number,
  end: number,
): TrendPointXY[] | null => {
  if (last.y === null || !(doneAt > last.x)) return null;
  if (doneAt <= end) return [last, { x: doneAt, y: goal }];
  return [last, { x: end, y: last.y + ((goal - last.y) * (end - last.x)) / (doneAt - last.x) }];
};

export interface TrendDatasetsInput {
  readonly trend: TrendModel;
  readonly fleet: TrendPointXY[];
  readonly teams: readonly { readonly series: TrendSeries; readonly points: TrendPointXY[] }[];
  readonly goal: number;
  /** Epoch ms where the time axis ends. */
  readonly end: number;
}

/**
 * Datasets in legend order: fleet, fleet forecast, then the teams.
 * @example trendDatasets({ trend, fleet, teams, goal: 100, end }).map((d) => d.label)[0] // 'Fleet · 48.0 %'
 */
export function trendDatasets(input: TrendDatasetsInput): TrendDataset[] {
  const { trend, fleet, teams, goal, end } = input;
  const markers = Math.max(fleet.length, ...teams.map((t) => t.points.length)) <= 30;
  const fleetLatest = latest(fleet);
  const datasets = [
    line(seriesLabel('Fleet', fleetLatest?.y ?? null, undefined), fleet, FLEET_STYLE, 4, markers),
  ];
  const doneAt = forecastDoneAt(trend.forecasts.fleet);
  const projected = fleetLatest && doneAt !== null ? forecastPoints(fleetLatest, doneAt, goal, end) : null;
  if (projected && doneAt !== null) {
    const beyond = doneAt > end ? ', beyond the chart' : '';
    const label = `Fleet forecast: ${goal} % on ${formatDay(doneAt, true)}${beyond}`;
    // A dot marks the goal reached; a line cut at the edge ends without one.
    const pointRadius = [0, beyond ? 0 : 4];
    datasets.push({ ...line(label, projected, { ...FLEET_STYLE, dash: [8, 6] }, 2.5, false), pointRadius });
  }
  teams.forEach(({ series, points }, i) => {
    const forecast = trend.forecasts.teams.find((f) => f.name === series.name);
    datasets.push(
      line(
        seriesLabel(series.name, latest(points)?.y ?? null, forecast),
        points,
        seriesStyle(i),
        2.5,
        markers,
      ),
    );
  });
  return datasets;
}
