/**
 * How far the trend chart's time axis reaches: the snapshots, plus the future
 * up to the deadline and the forecast date, but never so far that the history
 * shrinks to a sliver. A forecast beyond the reach is cut at the edge (and the
 * legend gives its date).
 */
import { WEEK_MS } from './trend-dates.ts';

export interface TrendRangeInput {
  /** Epoch ms of the first and last snapshot. */
  readonly first: number;
  readonly last: number;
  readonly deadline: number | null;
  readonly doneOn: number | null;
}

export interface TrendRange {
  readonly start: number;
  readonly end: number;
}

/** Deadlines further out than this are left off (a two-year-away line says little on a weekly chart). */
const DEADLINE_REACH = 104 * WEEK_MS;

/**
 * Start and end (epoch ms) of the time axis.
 * @example trendRange({ first: 0, last: 10 * WEEK_MS, deadline: null, doneOn: 14 * WEEK_MS }).end // 14 weeks
 */
export function trendRange(input: TrendRangeInput): TrendRange {
  const { first, last } = input;
  const history = Math.max(last - first, 4 * WEEK_MS);
  const deadline =
    input.deadline !== null && Math.abs(input.deadline - last) <= DEADLINE_REACH ? input.deadline : null;
  // The future may take as long as the history again (at least a quarter), or a
  // quarter past the deadline, so a late forecast shows how late it is.
  const reach = Math.max(
    last + Math.max(history, 13 * WEEK_MS),
    deadline === null ? last : deadline + 13 * WEEK_MS,
  );
  const wanted = Math.max(last, deadline ?? last, input.doneOn ?? last);
  const start = Math.min(first, deadline ?? first);
  let end = Math.min(wanted, reach);
  if (end - start < 4 * WEEK_MS) end = start + 4 * WEEK_MS;
  return { start, end };
}
