import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/adapters/store/create-file-store.ts';
import { createRedisClient } from '../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../src/adapters/store/create-redis-store.ts';
import { createHistory } from '../../src/app/history.ts';
import type { SnapshotStore } from '../../src/app/ports.ts';
import { DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import type { InventoryRecord } from '../support/inventory-from-records.ts';
import { startRedis } from '../support/redis-server.ts';
import { nextWeek, stateOfVersion, weekZero } from '../core/report/diff-fixture.ts';
import { inventoryOf, silentLogger } from './history-fixture.ts';

const dirs: string[] = [];
const redis = await startRedis();
afterAll(async () => {
  await redis.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function fileStore(): SnapshotStore {
  const dir = mkdtempSync(join(tmpdir(), 'jm-history-'));
  dirs.push(dir);
  return createFileStore(dir);
}

const history = (store: SnapshotStore) =>
  createHistory({
    store,
    campaign: { ...DEFAULT_CAMPAIGN, deadline: '2024-06-30' },
    clock: { now: () => new Date('2024-02-01T00:00:00Z') },
    logger: silentLogger,
    keepAllDays: 730,
  });

/** Weeks 0..n of one fleet, each a week apart (Last seen moves with them). */
function weeks(n: number): InventoryRecord[][] {
  const out = [weekZero(300, 21)];
  for (let w = 1; w <= n; w++) {
    const seen = `2024-01-${String(1 + 7 * w).padStart(2, '0')} 06:00`;
    out.push(nextWeek(out[w - 1], 100 + w).map((h) => ({ ...h, lastSeen: seen })));
  }
  return out;
}
const readAt = (w: number) => `2024-01-${String(1 + 7 * w).padStart(2, '0')}T09:00:00Z`;

function migratedBetween(before: readonly InventoryRecord[], after: readonly InventoryRecord[]) {
  const then = new Map(before.map((h) => [h.id, stateOfVersion(h.version)]));
  return after.filter(
    (h) => then.has(h.id) && then.get(h.id) !== 'migrated' && stateOfVersion(h.version) === 'migrated',
  ).length;
}

describe('history over the embedded store', () => {
  const series = weeks(3);

  it('records each new read once and diffs against the snapshot a week earlier', async () => {
    const store = fileStore();
    const h = history(store);
    expect(await h.status(inventoryOf(series[0], readAt(0)))).toEqual({ diff: null, notes: [] });
    const week1 = await h.status(inventoryOf(series[1], readAt(1)));
    expect(week1.notes).toEqual([]);
    expect(week1.diff?.migrated).toBe(migratedBetween(series[0], series[1]));
    // The same export read again: no new snapshot.
    await h.status(inventoryOf(series[1], '2024-01-08T15:00:00Z'));
    expect((await store.summaries()).length).toBe(2);
    await h.status(inventoryOf(series[2], readAt(2)));
    const week3 = await h.status(inventoryOf(series[3], readAt(3)));
    expect(week3.diff?.from).toBe('2024-01-15T06:00:00.000Z');
    expect(week3.diff?.migrated).toBe(migratedBetween(series[2], series[3]));
  });

  it('gives a team its diff, trend line and forecast, and the trend every point', async () => {
    const h = history(fileStore());
    const reads = series.map((records, w) => inventoryOf(records, readAt(w)));
    for (const read of reads) await h.status(read);
    const team = await h.team(reads[3], 'Team Red');
    expect(team.notes).toEqual([]);
    expect(team.diff?.team).toBe('Team Red');
    const redProgress = reads.map((r) => r.report.teams.find((t) => t.team === 'Team Red')?.progressPercent);
    expect(team.trend?.points.map((p) => p.progressPercent)).toEqual(redProgress);
    expect(team.forecast?.name).toBe('Team Red');
    expect(team.forecast?.deadline).toBe('2024-06-30');
    const { trend } = await h.trend(reads[3], ['Team Red']);
    expect(trend.fleet.points.map((p) => p.migrated)).toEqual(reads.map((r) => r.report.totals.migrated));
    expect(trend.teams.map((t) => t.name)).toContain('Team Red');
    expect(trend.forecasts.teams.map((f) => f.name).sort()).toEqual(['Team Blue', 'Team Green', 'Team Red']);
  });

  it('takes no second snapshot of the same content, even when its date comes from the read time', async () => {
    const store = fileStore();
    const h = history(store);
    const undated = series[0].map(({ lastSeen: _, ...host }) => host); // no Last seen: dated by the read
    await h.status(inventoryOf(undated, readAt(0)));
    const again = await h.status(inventoryOf(undated, readAt(1)));
    expect(again.notes).toEqual([]);
    expect((await store.summaries()).length).toBe(1);
  });

  it('rebuilds the latest stored snapshot as the last good inventory after a restart', async () => {
    const store = fileStore();
    const read = inventoryOf(series[2], readAt(2));
    await history(store).status(read);
    const restarted = await history(store).lastGood();
    expect(restarted?.origin).toBe('snapshot');
    expect(restarted?.report).toEqual(read.report);
    expect(restarted?.fleet.hosts).toBe(read.fleet.hosts);
    expect(restarted?.readAt.toISOString()).toBe(new Date(readAt(2)).toISOString());
  });
});

describe('history over Redis that goes away', () => {
  it('answers without history and says so, then recovers by itself', async () => {
    const series = weeks(1);
    const client = createRedisClient(redis.url);
    const h = history(createRedisStore(client, 'history-test:'));
    const week0 = inventoryOf(series[0], readAt(0));
    const week1 = inventoryOf(series[1], readAt(1));
    await h.status(week0);
    expect((await h.status(week1)).diff).not.toBeNull();

    await redis.stop();
    const down = await h.status(week1);
    expect(down.diff).toBeNull();
    expect(down.notes).toEqual([
      { level: 'warning', text: 'History unavailable (Redis unreachable) — showing current figures only' },
    ]);
    const trend = await h.trend(week1);
    expect(trend.trend.fleet.points).toHaveLength(1);
    expect(trend.notes).toHaveLength(1);

    await redis.start(); // empty: the same History object stores what it reads again
    await expect
      .poll(async () => (await h.status(week0)).notes, { timeout: 10_000, interval: 100 })
      .toEqual([]);
    const back = await h.status(week1);
    expect(back.notes).toEqual([]);
    expect(back.diff?.migrated).toBe(migratedBetween(series[0], series[1]));
    client.disconnect();
  });
});
