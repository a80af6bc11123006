/**
 * When a series reaches the goal at its recent pace. The pace is the
 * least-squares slope of progress over the last six weeks of points (so one
 * noisy week does not swing it), in percentage points per week; the date is
 * projected from the latest figure people see, not from the fitted line.
 */
import type { Forecast, TrendPoint, TrendSeries } from './history-model.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const PACE_WINDOW_DAYS = 42;
/** Past this, "at the current pace" means never in practice: the series counts as stalled. */
const HORIZON_WEEKS = 520;

type Known = { readonly at: number; readonly progress: number };

function slopePerWeek(points: readonly Known[]): number | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => p.at / WEEK_MS);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = points.reduce((a, p) => a + p.progress, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    sxy += (xs[i] - mx) * (p.progress - my);
    sxx += (xs[i] - mx) ** 2;
  });
  return sxx === 0 ? null : sxy / sxx;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The first point of the final run at or above the goal: when it was reached. */
function reachedOn(points: readonly Known[], goal: number): number {
  let i = points.length - 1;
  while (i > 0 && points[i - 1].progress >= goal) i--;
  return points[i].at;
}

/**
 * Forecast for `series` as of `asOf` (points after it are ignored) against a `YYYY-MM-DD` deadline.
 *
 * @example forecast(series, 100, '2024-06-30', '2024-03-01T00:00:00Z') // { status: 'late', doneOn: '2024-08-12', daysLate: 43, … }
 */
export function forecast(
  series: TrendSeries,
  goalPercent: number,
  deadline: string | null,
  asOf: string,
): Forecast {
  const until = Date.parse(asOf);
  const known: Known[] = series.points
    .filter((p: TrendPoint) => p.progressPercent !== null && Date.parse(p.at) <= until)
    .map((p) => ({ at: Date.parse(p.at), progress: p.progressPercent as number }))
    .sort((a, b) => a.at - b.at);
  const base = { name: series.name, deadline };
  const latest = known.at(-1);
  if (!latest) {
    return {
      ...base,
      progressPercent: null,
      pointsPerWeek: null,
      doneOn: null,
      daysLate: null,
      status: 'no-data',
    };
  }
  const pace = slopePerWeek(known.filter((p) => p.at >= latest.at - PACE_WINDOW_DAYS * DAY_MS));
  const result = { ...base, progressPercent: latest.progress, pointsPerWeek: pace };
  const late = (doneOn: string) => (deadline ? daysBetween(deadline, doneOn) : null);
  if (latest.progress >= goalPercent) {
    const doneOn = day(reachedOn(known, goalPercent));
    return { ...result, doneOn, daysLate: late(doneOn), status: 'done' };
  }
  if (pace === null) return { ...result, doneOn: null, daysLate: null, status: 'no-data' };
  const weeks = pace > 0 ? (goalPercent - latest.progress) / pace : Number.POSITIVE_INFINITY;
  if (weeks > HORIZON_WEEKS) return { ...result, doneOn: null, daysLate: null, status: 'stalled' };
  const doneOn = day(latest.at + weeks * WEEK_MS);
  const daysLate = late(doneOn);
  return { ...result, doneOn, daysLate, status: daysLate !== null && daysLate > 0 ? 'late' : 'on-track' };
}
