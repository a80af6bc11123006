/**
 * Retention: every snapshot from the last `keepAllDays` days is kept; older
 * ones are thinned to one a week (the newest of each Monday-to-Sunday UTC
 * week), which is all a trend needs from that far back.
 */
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-05 was a Monday: weeks counted from it start on Mondays. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

export interface RetentionPolicy {
  readonly keepAllDays: number;
  readonly now: Date;
}

type Dated = { readonly id: string; readonly asOf: string; readonly takenAt: string };

const newer = (a: Dated, b: Dated) =>
  Date.parse(a.asOf) - Date.parse(b.asOf) ||
  Date.parse(a.takenAt) - Date.parse(b.takenAt) ||
  (a.id > b.id ? 1 : -1);

/**
 * Ids of the snapshots the policy drops.
 *
 * @example selectPrunable(summaries, { keepAllDays: 730, now: clock.now() }) // ['001552891320000-ab12…']
 */
export function selectPrunable(snapshots: readonly Dated[], policy: RetentionPolicy): string[] {
  const cutoff = policy.now.getTime() - policy.keepAllDays * DAY_MS;
  const keptPerWeek = new Map<number, Dated>();
  const old = snapshots.filter((s) => Date.parse(s.asOf) < cutoff);
  for (const s of old) {
    const week = Math.floor((Date.parse(s.asOf) - FIRST_MONDAY_MS) / WEEK_MS);
    const kept = keptPerWeek.get(week);
    if (!kept || newer(s, kept) > 0) keptPerWeek.set(week, s);
  }
  const keep = new Set([...keptPerWeek.values()].map((s) => s.id));
  return old.filter((s) => !keep.has(s.id)).map((s) => s.id);
}
