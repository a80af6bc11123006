/**
 * Which earlier snapshot "change since last week" compares against: the
 * latest one whose asOf is at least 7 days before the current asOf; when
 * history is younger than a week, the oldest earlier one (so a new install
 * shows the change since its first snapshot rather than nothing).
 */
const WEEK_MS = 7 * 86_400_000;

/**
 * The baseline among `candidates` for a snapshot dated `asOf`, or null when none is earlier.
 *
 * @example diffBaseline([{ asOf: '2024-01-01T00:00:00Z' }, { asOf: '2024-01-05T00:00:00Z' }], '2024-01-09T00:00:00Z') // the 1 Jan one
 */
export function diffBaseline<T extends { readonly asOf: string }>(
  candidates: readonly T[],
  asOf: string,
): T | null {
  const now = Date.parse(asOf);
  let weekAgo: T | null = null;
  let weekAgoAt = Number.NEGATIVE_INFINITY;
  let oldest: T | null = null;
  let oldestAt = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const at = Date.parse(c.asOf);
    if (!(at < now)) continue;
    if (at <= now - WEEK_MS && at > weekAgoAt) {
      weekAgo = c;
      weekAgoAt = at;
    }
    if (at < oldestAt) {
      oldest = c;
      oldestAt = at;
    }
  }
  return weekAgo ?? oldest;
}
