/**
 * Parts 2 and 3, on one Redis the benchmark starts: history gets last week's
 * 1M-host export and then this week's, through the real service (worker-thread
 * loader, Redis history, chart renderer); then
 *  - warm status: `service.status()` + `service.heatmapPng(report)` timed over
 *    many calls after one warm-up (the inventory is cached, its snapshot taken,
 *    the week-ago diff made, the heatmap drawn: what every command between two
 *    reads costs), with the chart renderer as the bot composes it (cached per report);
 *  - snapshot: this week's blob in Redis (STRLEN, MEMORY USAGE), and loading it
 *    back (GET + decode) timed over several calls.
 */
import { Redis } from 'ioredis';
import { cacheChartRenderer } from '../../src/adapters/chart/cache-chart-renderer.ts';
import { createChartRenderer } from '../../src/adapters/chart/create-chart-renderer.ts';
import { createFleetLoader } from '../../src/adapters/inventory/create-fleet-loader.ts';
import { openHistoryStore } from '../../src/adapters/store/open-history-store.ts';
import { createMigrationService } from '../../src/app/create-migration-service.ts';
import { createHistory } from '../../src/app/history.ts';
import type { Logger } from '../../src/app/ports.ts';
import { DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { decodeSnapshot } from '../../src/core/snapshot/decode-snapshot.ts';
import { startRedis } from '../../test/support/redis-server.ts';
import { median } from './stats.ts';

export interface WarmResult {
  readonly warmStatusMs: number;
  readonly warmCalls: number;
  readonly hosts: number;
  readonly snapshotBytes: number;
  readonly snapshotMemoryBytes: number;
  readonly snapshotLoadMs: number;
  readonly snapshotLoads: number;
}

const PREFIX = 'bench:';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export async function runWarmAndSnapshot(
  lastWeek: string,
  thisWeek: string,
  counts: { readonly warmCalls: number; readonly snapshotLoads: number },
): Promise<WarmResult> {
  const redis = await startRedis();
  const opened = openHistoryStore({ store: { redisUrl: redis.url, dataDir: '' } }, { prefix: PREFIX });
  const raw = new Redis(redis.url);
  const campaign = DEFAULT_CAMPAIGN;
  const clock = { now: () => new Date() };
  const history = createHistory({ store: opened.store, campaign, clock, logger: quiet, keepAllDays: 90 });
  const charts = cacheChartRenderer(createChartRenderer());
  const serviceOf = (location: string) => {
    const loader = createFleetLoader({
      location,
      timeoutMs: 600_000,
      maxBytes: 2 ** 31,
      maxBadRowsPercent: 1,
    });
    const service = createMigrationService({
      loader,
      campaign,
      clock,
      charts,
      logger: quiet,
      history,
    });
    return { service, loader };
  };
  const week5 = serviceOf(lastWeek);
  const week6 = serviceOf(thisWeek);
  try {
    await week5.service.status(); // last week's snapshot into history
    const first = await week6.service.status();
    if (!first.diff) throw new Error('no week-ago diff: the two exports should be a week apart');
    await week6.service.heatmapPng(first.report);
    const times: number[] = [];
    for (let i = 0; i < counts.warmCalls; i++) {
      const started = performance.now();
      const view = await week6.service.status();
      await week6.service.heatmapPng(view.report);
      times.push(performance.now() - started);
    }

    // Oldest first: this week's export is the last.
    const id = (await opened.store.summaries()).at(-1)!.id;
    const key = `${PREFIX}snapshot:${id}`;
    const snapshotBytes = await raw.strlen(key);
    const snapshotMemoryBytes = Number(await raw.call('MEMORY', 'USAGE', key));
    const loads: number[] = [];
    for (let i = 0; i < counts.snapshotLoads; i++) {
      const started = performance.now();
      const stored = await opened.store.get(id);
      if (!stored) throw new Error(`snapshot ${id} is not in Redis`);
      decodeSnapshot(stored.bytes);
      loads.push(performance.now() - started);
    }
    return {
      warmStatusMs: median(times),
      warmCalls: counts.warmCalls,
      hosts: first.report.totals.hosts,
      snapshotBytes,
      snapshotMemoryBytes,
      snapshotLoadMs: median(loads),
      snapshotLoads: counts.snapshotLoads,
    };
  } finally {
    await Promise.all([week5.loader.close(), week6.loader.close()]);
    raw.disconnect();
    await opened.close();
    await redis.close();
  }
}
