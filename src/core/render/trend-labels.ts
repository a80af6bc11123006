/**
 * The words on the trend chart: legend entries that carry each line's latest
 * figure and forecast, so the chart answers "who is late" without a table.
 */
import type { Forecast } from '../report/history-model.ts';
import { formatDay, toEpochMs } from './trend-dates.ts';

const pct = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(1)} %`);

const lateness = (daysLate: number | null): string => {
  if (daysLate === null || daysLate <= 0) return '';
  return daysLate < 14 ? `, ${daysLate} d late` : `, ${Math.round(daysLate / 7)} wk late`;
};

/**
 * How a forecast reads in a legend: `done 3 Mar 2025, 5 wk late`, `stalled`, ...
 * @example forecastPhrase({ status: 'late', doneOn: '2025-03-03', daysLate: 35, ... }) // 'done 3 Mar 2025, 5 wk late'
 */
export function forecastPhrase(forecast: Forecast | undefined): string {
  if (!forecast) return '';
  switch (forecast.status) {
    case 'done':
      return 'goal reached';
    case 'stalled':
      return 'stalled';
    case 'no-data':
      return '';
    default:
      return forecast.doneOn
        ? `done ${formatDay(toEpochMs(forecast.doneOn), true)}${lateness(forecast.daysLate)}`
        : '';
  }
}

/**
 * Legend entry for a line: name, latest progress, forecast.
 * @example seriesLabel('Team Red', 18, forecast) // 'Team Red · 18.0 % · done 3 Mar 2025, 5 wk late'
 */
export function seriesLabel(name: string, progress: number | null, forecast: Forecast | undefined): string {
  const phrase = forecastPhrase(forecast);
  return [name, pct(progress), phrase].filter(Boolean).join(' · ');
}

/**
 * Pace in points per week for the subtitle: `+1.2 pts/week`.
 * @example paceText(1.234) // '+1.2 pts/week'
 */
export function paceText(pointsPerWeek: number | null): string {
  if (pointsPerWeek === null) return 'pace: needs two snapshots';
  const sign = pointsPerWeek > 0 ? '+' : pointsPerWeek < 0 ? '−' : '±';
  return `${sign}${Math.abs(pointsPerWeek).toFixed(1)} pts/week`;
}
