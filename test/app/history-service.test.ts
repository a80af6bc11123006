/**
 * History through the MigrationService with real parts: the HTTP inventory
 * server and loader, the file store and a real redis-server, a fleetgen series.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/adapters/store/create-file-store.ts';
import { createRedisClient } from '../../src/adapters/store/create-redis-client.ts';
import { createRedisStore } from '../../src/adapters/store/create-redis-store.ts';
import { importExport } from '../../src/app/import-export.ts';
import { NoHistoryError } from '../../src/app/no-history-error.ts';
import type { ReportModel } from '../../src/core/report/report-model.ts';
import type { StatusView, TrendView } from '../../src/core/report/view-model.ts';
import { startRedis } from '../support/redis-server.ts';
import {
  campaign,
  clock,
  fleetgenWeeks,
  inventoryServer,
  loaderFor,
  readHosts,
  serviceOver,
} from './history-service-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'jm-history-service-'));
const weeks = fleetgenWeeks(join(dir, 'weeks'));
const server = await inventoryServer();
const redis = await startRedis();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await Promise.all([server.close(), redis.close()]);
  rmSync(dir, { recursive: true, force: true });
});

let storeCount = 0;
const newFileStore = () => createFileStore(join(dir, `store-${storeCount++}`));
const csv = (w: number) => readFileSync(weeks[w]);

/** Trend points (fleet and per team) as plain numbers, to compare with the weekly reports. */
function pointsOf(trend: TrendView['trend']) {
  const strip = (p: { at: string; progressPercent: number | null; migrated: number; pending: number }) => ({
    ...p,
  });
  return {
    fleet: trend.fleet.points.map(strip),
    teams: Object.fromEntries(trend.teams.map((t) => [t.name, t.points.map(strip)])),
  };
}

function pointsFromReports(reports: ReportModel[]) {
  const point = (r: ReportModel, c: ReportModel['totals']) => ({
    at: r.asOf!,
    progressPercent: c.progressPercent,
    migrated: c.migrated,
    pending: c.pending,
  });
  const teams = [...new Set(reports.flatMap((r) => r.teams.map((t) => t.team)))];
  return {
    fleet: reports.map((r) => point(r, r.totals)),
    teams: Object.fromEntries(
      teams.map((team) => [
        team,
        reports.flatMap((r) => r.teams.filter((t) => t.team === team).map((t) => point(r, t))),
      ]),
    ),
  };
}

describe('a fleetgen series, week by week through status and imported with its dates', () => {
  const reports: ReportModel[] = [];
  const statuses: StatusView[] = [];

  it('loads every week through status and snapshots each one', async () => {
    const store = newFileStore();
    const svc = serviceOver(store, server.url);
    for (let w = 0; w < weeks.length; w++) {
      server.serve(csv(w));
      const view = await svc.status();
      expect(view.notes).toEqual([]);
      reports.push(view.report);
      statuses.push(view);
    }
    expect((await store.summaries()).map((s) => s.asOf)).toEqual(reports.map((r) => r.asOf));
    const { trend, notes } = await svc.trend();
    expect(notes).toEqual([]);
    expect(pointsOf(trend)).toEqual(pointsFromReports(reports));
    expect(trend.forecasts.teams.map((f) => f.name).sort()).toEqual(
      reports[12].teams.map((t) => t.team).sort(),
    );
  });

  it('reads the source when asked to prefer history but history is empty', async () => {
    const store = newFileStore();
    const svc = serviceOver(store, server.url, { readOnly: true });
    server.serve(csv(1));
    expect((await svc.refresh()).report.asOf).toBe('2019-03-25T06:42:00.000Z');
    expect(await store.summaries()).toEqual([]); // read only: nothing recorded
  });

  it('has no trend from a single snapshot', async () => {
    const svc = serviceOver(newFileStore(), server.url);
    server.serve(csv(0));
    await expect(svc.trend()).rejects.toBeInstanceOf(NoHistoryError);
  });

  it('gives the same trend from the exports imported with their dates, and a second import changes nothing', async () => {
    const store = newFileStore();
    const deps = { store, campaign, clock, keepAllDays: 730 };
    for (const file of weeks) expect((await importExport(deps, loaderFor(file))).created).toBe(true);
    expect((await importExport(deps, loaderFor(weeks[3]))).created).toBe(false);
    expect((await store.summaries()).length).toBe(13);
    // A service that answers from history (nothing configured) sees the imported series.
    const svc = serviceOver(store, weeks[0], { readOnly: true });
    const { trend } = await svc.trend();
    expect(pointsOf(trend)).toEqual(pointsFromReports(reports));
    expect((await svc.status()).report).toEqual({ ...reports[12], source: 'week-12.csv' });
  });

  it('diffs each week against the one before, as a host-by-host reading of the two CSVs does', () => {
    for (let w = 1; w < weeks.length; w++) {
      const before = readHosts(weeks[w - 1]);
      const after = readHosts(weeks[w]);
      const expected: Record<
        string,
        { migrated: number; regressed: number; added: number; removed: number }
      > = {};
      const of = (team: string) => {
        expected[team] ??= { migrated: 0, regressed: 0, added: 0, removed: 0 };
        return expected[team];
      };
      for (const [id, now] of after) {
        const then = before.get(id);
        if (!then) of(now.team).added++;
        else if (then.state !== 'migrated' && now.state === 'migrated') of(now.team).migrated++;
        else if (then.state === 'migrated' && now.state !== 'migrated') of(now.team).regressed++;
      }
      for (const [id, then] of before) if (!after.has(id)) of(then.team).removed++;

      const diff = statuses[w].diff!;
      expect(diff.from).toBe(reports[w - 1].asOf);
      const got = Object.fromEntries(
        diff.teams.map((t) => [
          t.team,
          { migrated: t.migrated, regressed: t.regressed, added: t.added, removed: t.removed },
        ]),
      );
      for (const team of Object.keys(got)) of(team);
      expect(got).toEqual(expected);
      const sum = (k: 'migrated' | 'regressed' | 'added' | 'removed') =>
        Object.values(expected).reduce((n, t) => n + t[k], 0);
      expect([diff.migrated, diff.regressed, diff.added, diff.removed]).toEqual(
        (['migrated', 'regressed', 'added', 'removed'] as const).map(sum),
      );
    }
    expect(statuses.slice(1).some((s) => s.diff!.regressed > 0)).toBe(true);
  });
});

describe('reading the inventory', () => {
  it('shares one fetch among concurrent callers, asks conditionally, and snapshots only new content', async () => {
    const store = newFileStore();
    const svc = serviceOver(store, server.url);
    server.serve(csv(2));
    const before = server.seen.requests;
    await Promise.all([svc.status(), svc.status(), svc.team('blue'), svc.refresh(), svc.status()]);
    expect(server.seen.requests - before).toBe(1);
    const notModified = server.seen.notModified;
    await svc.status();
    expect(server.seen.notModified).toBe(notModified + 1);
    server.serve(csv(2), 'text/csv', '"same-bytes-new-tag"');
    await svc.refresh();
    expect((await store.summaries()).length).toBe(1);
  });

  it('concurrent commands after a new read store its snapshot once and work out the diff once', async () => {
    const store = newFileStore();
    const calls = { put: 0, get: 0 };
    // The store as the history sees it, counting the expensive calls (a 1M-host snapshot is ~14 MB).
    const counted: typeof store = {
      ...store,
      put: (s) => {
        calls.put += 1;
        return store.put(s);
      },
      get: (id) => {
        calls.get += 1;
        return store.get(id);
      },
    };
    const svc = serviceOver(counted, server.url);
    server.serve(csv(3));
    await svc.status();
    expect(calls.put).toBe(1);
    server.serve(csv(4));
    const [first, ...others] = await Promise.all([
      svc.refresh(),
      svc.status(),
      svc.team('blue'),
      svc.status(),
      svc.team('red'),
    ]);
    expect(calls.put).toBe(2);
    expect(calls.get).toBe(1);
    expect(first.diff).not.toBeNull();
    for (const other of others) if ('diff' in other) expect(other.diff).toBe(first.diff);
  });

  it('answers from the cache while it is fresh', async () => {
    const svc = serviceOver(newFileStore(), server.url, { freshnessMs: 60_000 });
    server.serve(csv(4));
    await svc.status();
    const before = server.seen.requests;
    await svc.status();
    await svc.team('red');
    expect(server.seen.requests).toBe(before);
    await svc.refresh();
    expect(server.seen.requests).toBe(before + 1);
  });

  it('keeps the last good snapshot when a bad export arrives, and says which and why', async () => {
    const store = newFileStore();
    const svc = serviceOver(store, server.url);
    server.serve(csv(5));
    const good = (await svc.status()).report;
    server.serve('<!doctype html><html><body>Please log in</body></html>', 'text/html');
    const bad = await svc.status();
    expect(bad.report).toEqual(good);
    expect(bad.notes).toHaveLength(1);
    expect(bad.notes[0].text).toContain(`read ${good.readAt.slice(0, 16).replace('T', ' ')} UTC`);
    expect(bad.notes[0].text).toMatch(/because the latest inventory fetch failed: .*HTML/i);
    expect((await store.summaries()).length).toBe(1);
    const team = await svc.team('blue');
    expect(team.kind === 'found' && team.view.notes[0].text).toMatch(/last good snapshot/);

    // After a restart the last good snapshot comes from the store.
    const restarted = await serviceOver(store, server.url).status();
    expect(restarted.report).toEqual(good);
    expect(restarted.notes[0].text).toMatch(
      /^Showing the last good snapshot \(read .* UTC, inventory as of 2019-04-22 06:42 UTC\)/,
    );
    expect((await store.summaries()).length).toBe(1);
  });
});

describe('Redis going away mid-run', () => {
  it('keeps answering without history, says so, and recovers by itself', async () => {
    const client = createRedisClient(redis.url);
    const svc = serviceOver(createRedisStore(client, 'history-service:'), server.url);
    server.serve(csv(0));
    await svc.status();
    server.serve(csv(1));
    expect((await svc.status()).diff).not.toBeNull();

    await redis.stop();
    server.serve(csv(2));
    const down = await svc.status();
    expect(down.report.asOf).toBe('2019-04-01T06:42:00.000Z');
    expect(down.diff).toBeNull();
    const note = {
      level: 'warning',
      text: 'History unavailable (Redis unreachable) — showing current figures only',
    };
    expect(down.notes).toEqual([note]);
    const team = await svc.team('green');
    expect(team.kind === 'found' && [team.view.trend, team.view.notes]).toEqual([null, [note]]);
    expect((await svc.trend()).notes).toEqual([note]);

    await redis.start(); // back, and empty
    await expect.poll(async () => (await svc.status()).notes, { timeout: 10_000, interval: 100 }).toEqual([]);
    server.serve(csv(3));
    const back = await svc.status();
    expect(back.notes).toEqual([]);
    expect(back.diff?.from).toBe('2019-04-01T06:42:00.000Z');
    expect(unhandled).toEqual([]);
    client.disconnect();
  });
});
