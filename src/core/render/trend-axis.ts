/**
 * The trend chart's time axis: a linear axis over epoch milliseconds with
 * date labels, so uneven snapshot gaps and the future up to the forecast
 * keep their true proportions (a category axis would space them evenly), and
 * no date adapter package is needed.
 */
import { formatDay, WEEK_MS } from './trend-dates.ts';

export interface TimeTick {
  readonly value: number;
  readonly label: string;
}

export interface TimeAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly TimeTick[];
}

const STEP_WEEKS = [1, 2, 4, 8, 13, 26, 52, 104];
const MAX_TICKS = 9;

/**
 * Range covering `first`..`end` with a little air, and ticks every 1, 2, 4, 8, 13, 26... weeks from `first`.
 * @example timeAxis(Date.UTC(2024, 0, 1), Date.UTC(2024, 2, 25)).ticks[0].label // '1 Jan 2024'
 */
export function timeAxis(first: number, end: number): TimeAxis {
  const span = Math.max(end - first, WEEK_MS);
  const weeks =
    STEP_WEEKS.find((w) => span / (w * WEEK_MS) <= MAX_TICKS - 1) ?? Math.ceil(span / WEEK_MS / MAX_TICKS);
  const step = weeks * WEEK_MS;
  const ticks: TimeTick[] = [];
  let year = Number.NaN;
  for (let value = first; value <= end + 1; value += step) {
    const y = new Date(value).getUTCFullYear();
    ticks.push({ value, label: formatDay(value, y !== year) });
    year = y;
  }
  const air = span * 0.03;
  return { min: first - air, max: Math.max(end, ticks.at(-1)?.value ?? end) + air, ticks };
}
