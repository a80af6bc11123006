/**
 * History for the use cases: records each new inventory read as a snapshot,
 * and adds to a view the change since last week, trend lines and forecasts.
 * It degrades instead of failing: when the store cannot be used the view
 * comes back without history and with a note, and the next call tries the
 * store again, so history returns by itself when Redis does.
 */
import type { Campaign } from '../core/campaign.ts';
import { buildTrend } from '../core/report/build-trend.ts';
import { diffBaseline } from '../core/report/diff-baseline.ts';
import { diffSnapshots } from '../core/report/diff-snapshots.ts';
import { forecast } from '../core/report/forecast.ts';
import type {
  Forecast,
  SnapshotDiff,
  TeamDiff,
  TrendModel,
  TrendSeries,
} from '../core/report/history-model.ts';
import { trendSeries } from '../core/report/trend-series.ts';
import type { ViewNote } from '../core/report/view-model.ts';
import type { Snapshot, SnapshotSummary } from '../core/snapshot/snapshot.ts';
import { summarizeSnapshot } from '../core/snapshot/summarize-snapshot.ts';
import type { CurrentInventory } from './current-inventory.ts';
import { historyUnavailableNote } from './history-notes.ts';
import { nextTurn } from './next-turn.ts';
import { createSnapshotCache } from './snapshot-cache.ts';
import { storeSnapshot } from './store-snapshot.ts';
import type { Clock, Logger, SnapshotStore } from './ports.ts';

export interface HistoryOptions {
  readonly store: SnapshotStore;
  readonly campaign: Campaign;
  readonly clock: Clock;
  readonly logger?: Logger;
  /** Keep every snapshot this many days, then one a week (config `history.keepAllDays`). */
  readonly keepAllDays: number;
  /** Moved hosts listed per team in a diff (default 10). */
  readonly movedPerTeam?: number;
  /**
   * Store each new read as a snapshot (default true). Without, history is read
   * only: the current read still counts in diffs and trends but is not kept
   * (the CLI's shipped sample inventory must not enter a team's history).
   */
  readonly record?: boolean;
}

type WithNotes<T> = T & { readonly notes: readonly ViewNote[] };

/** Forecasts are made as of the newest data in history (an import can be newer than the current read). */
const newestAsOf = (summaries: readonly SnapshotSummary[]) =>
  summaries.reduce(
    (newest, s) => (Date.parse(s.asOf) > Date.parse(newest) ? s.asOf : newest),
    summaries[0].asOf,
  );

export interface History {
  /** The latest stored snapshot as an inventory, for answering when the source fails; null if none. */
  lastGood(): Promise<CurrentInventory | null>;
  status(current: CurrentInventory): Promise<WithNotes<{ diff: SnapshotDiff | null }>>;
  team(
    current: CurrentInventory,
    team: string,
  ): Promise<WithNotes<{ diff: TeamDiff | null; trend: TrendSeries | null; forecast: Forecast | null }>>;
  trend(current: CurrentInventory, include?: readonly string[]): Promise<WithNotes<{ trend: TrendModel }>>;
}

export function createHistory(options: HistoryOptions): History {
  const { store, campaign, clock, logger } = options;
  const snapshots = createSnapshotCache(store, campaign.target, logger);

  // Snapshots being stored, by id: the commands that follow a new read share one encode and write.
  const storing = new Map<string, Promise<void>>();
  function storeOnce(now: Snapshot): Promise<void> {
    let pending = storing.get(now.meta.id);
    if (!pending) {
      pending = (async () => {
        if (await storeSnapshot(store, now))
          await store.prune({ keepAllDays: options.keepAllDays, now: clock.now() });
      })().finally(() => storing.delete(now.meta.id));
      storing.set(now.meta.id, pending);
    }
    return pending;
  }

  /** Every summary, the current read's included (stored first unless history is read only). */
  async function summariesWith(now: Snapshot): Promise<SnapshotSummary[]> {
    const summaries = await store.summaries();
    // Checked against the store rather than remembered: a Redis that restarted empty gets it again.
    // Same content is the same snapshot, even when its date had to come from the read time.
    if (summaries.some((s) => s.id === now.meta.id || s.contentHash === now.meta.contentHash))
      return summaries;
    if (options.record === false) return [...summaries, summarizeSnapshot(now.meta, now.report)];
    await storeOnce(now);
    return store.summaries();
  }

  /** Runs `use` on the stored history (recording `current` first); on a store failure, `fallback` plus a note. */
  async function withHistory<T>(
    current: CurrentInventory,
    use: (now: Snapshot, summaries: SnapshotSummary[]) => Promise<T>,
    fallback: (now: Snapshot) => T,
  ): Promise<WithNotes<T>> {
    const now = snapshots.of(current);
    try {
      return { ...(await use(now, await summariesWith(now))), notes: [] };
    } catch (error) {
      logger?.warn({ err: error }, 'history unavailable');
      return { ...fallback(now), notes: [historyUnavailableNote(error)] };
    }
  }

  // The last diff, by the pair of snapshots: commands between two reads ask for the same one, and
  // those that come together share one load of the baseline and one diff.
  let lastDiff: { key: string; diff: Promise<SnapshotDiff | null> } | null = null;

  function weekAgoDiff(now: Snapshot, summaries: SnapshotSummary[]): Promise<SnapshotDiff | null> {
    const base = diffBaseline(
      summaries.filter((s) => s.id !== now.meta.id),
      now.meta.asOf,
    );
    if (!base) return Promise.resolve(null);
    const key = `${base.id}>${now.meta.id}`;
    if (lastDiff?.key === key) return lastDiff.diff;
    const diff = snapshots.load(base.id).then(async (earlier) => {
      if (!earlier) return null;
      await nextTurn(); // the baseline was just decoded: requests waiting go before the diff
      return diffSnapshots(earlier, now, { movedPerTeam: options.movedPerTeam });
    });
    const entry = { key, diff };
    lastDiff = entry;
    // A failed load is not remembered: the next command tries again.
    diff.catch(() => {
      if (lastDiff === entry) lastDiff = null;
    });
    return diff;
  }

  return {
    lastGood: () => snapshots.latest(),

    status: (current) =>
      withHistory(
        current,
        async (now, summaries) => ({ diff: await weekAgoDiff(now, summaries) }),
        () => ({ diff: null }),
      ),

    team: (current, team) =>
      withHistory<{ diff: TeamDiff | null; trend: TrendSeries | null; forecast: Forecast | null }>(
        current,
        async (now, summaries) => {
          const diff = await weekAgoDiff(now, summaries);
          const series = trendSeries(summaries, team);
          return {
            diff: diff?.teams.find((t) => t.team === team) ?? null,
            trend: series.points.length ? series : null,
            forecast: forecast(series, campaign.goalPercent, campaign.deadline, newestAsOf(summaries)),
          };
        },
        () => ({ diff: null, trend: null, forecast: null }),
      ),

    trend: (current, include = []) =>
      withHistory(
        current,
        async (_now, summaries) => ({ trend: buildTrend(summaries, campaign, { include }) }),
        // Without the store, the current read is the only point: a trend of one, forecasts without data.
        (now) => ({ trend: buildTrend([summarizeSnapshot(now.meta, now.report)], campaign, { include }) }),
      ),
  };
}
