import { describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/adapters/chart/create-chart-renderer.ts';
import { createMigrationService } from '../../src/app/create-migration-service.ts';
import { NoHistoryError } from '../../src/app/no-history-error.ts';
import type { FleetLoader, LoadedFleet, Logger } from '../../src/app/ports.ts';
import { TeamNotFoundError } from '../../src/app/team-not-found-error.ts';
import { type Campaign, DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { cleanInventory } from '../../src/core/inventory/clean-inventory.ts';
import { type InventoryRecord, inventoryFromRecords } from '../support/inventory-from-records.ts';

const seen = '2024-05-06 09:00';
const WEEK_1: InventoryRecord[] = [
  ...Array.from({ length: 12 }, (_, i) => ({
    id: String(1000 + i),
    team: 'Team Blue',
    environment: ['LIVE', 'DEV', 'QA'][i % 3],
    version: i < 3 ? '11.0.2+9-3' : '8.202.b08-85(amd64)',
    lastSeen: seen,
    distribution: 'Debian 9.8',
  })),
  { id: '2000', team: 'Team Red', environment: 'LIVE', version: '=1+2', lastSeen: seen },
  { id: '2001', team: 'Team Red', environment: 'LIVE', version: '17', lastSeen: seen },
];

/**
 * A FleetLoader over in-memory records, implementing the port's contract:
 * answers `not-modified` when the caller's etag matches the current content.
 */
function recordsLoader(initial: InventoryRecord[]) {
  let records = initial;
  let version = 1;
  const calls: (string | undefined)[] = [];
  let failNext: Error | null = null;
  const loader: FleetLoader = {
    async load(campaign: Campaign, previous) {
      calls.push(previous?.etag);
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      const etag = `"v${version}"`;
      if (previous?.etag === etag) return { status: 'not-modified' };
      const fleet = cleanInventory(inventoryFromRecords(records), campaign);
      const loaded: LoadedFleet = {
        status: 'loaded',
        fleet,
        contentHash: etag,
        validators: { etag },
        source: `records-v${version}.csv`,
        bytes: 0,
        rows: records.length,
        warnings: ['1 ragged row skipped (line 9)'],
        durationMs: 1,
      };
      return loaded;
    },
  };
  return {
    loader,
    calls,
    replace(next: InventoryRecord[]) {
      records = next;
      version++;
    },
    failOnce(error: Error) {
      failNext = error;
    },
  };
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const clock = { now: () => new Date('2024-05-06T09:30:00Z') };

function service(source = recordsLoader(WEEK_1), campaign: Campaign = DEFAULT_CAMPAIGN) {
  return {
    source,
    svc: createMigrationService({
      loader: source.loader,
      campaign,
      clock,
      charts: createChartRenderer(),
      logger: silent,
    }),
  };
}

describe('createMigrationService', () => {
  it('loads on first use and serves later calls from the cache', async () => {
    const { source, svc } = service();
    const status = await svc.status();
    expect(status.report.totals).toMatchObject({ hosts: 14, migrated: 4, pending: 9, unknown: 1 });
    expect(status.report.readAt).toBe('2024-05-06T09:30:00.000Z');
    expect(status.report.source).toBe('records-v1.csv');
    expect(status.report.warnings).toEqual(['1 ragged row skipped (line 9)']);
    expect(status.diff).toBeNull();
    await svc.team('blue');
    await svc.status();
    expect(source.calls).toEqual([undefined]);
  });

  it('reads once for concurrent first calls', async () => {
    const { source, svc } = service();
    await Promise.all([svc.status(), svc.team('red'), svc.status()]);
    expect(source.calls).toHaveLength(1);
  });

  it('finds a team forgivingly and lists its pending hosts, LIVE first, at most ten', async () => {
    const { svc } = service();
    const lookup = await svc.team('BLUE');
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    const { view } = lookup;
    expect(view.team.team).toBe('Team Blue');
    expect(view.pendingTotal).toBe(9);
    expect(view.pending).toHaveLength(9);
    expect(view.pending.map((h) => h.environment).slice(0, 3)).toEqual(['LIVE', 'LIVE', 'LIVE']);
    expect(view.diff).toBeNull();
    expect(view.forecast).toBeNull();
    const many = service(
      recordsLoader(Array.from({ length: 30 }, (_, i) => ({ id: String(i + 1), team: 'T', version: '8' }))),
    );
    const big = await many.svc.team('t');
    expect(big.kind === 'found' && [big.view.pending.length, big.view.pendingTotal]).toEqual([10, 30]);
  });

  it('answers an unknown team with the closest names', async () => {
    const { svc } = service();
    expect(await svc.team('Team Bleu')).toEqual({
      kind: 'not-found',
      query: 'Team Bleu',
      suggestions: ['Team Blue', 'Team Red'],
    });
  });

  it('makes a spreadsheet-safe CSV of every pending host of a team', async () => {
    const { svc } = service();
    const csv = await svc.pendingCsv('team red');
    expect(csv.filename).toBe('pending-hosts-team-red-2024-05-06.csv');
    expect(csv.rows).toBe(1);
    expect(csv.csv).toBe(
      "host,environment,distribution,version,state,stale\r\n2000,LIVE,,'=1+2,unknown,no\r\n",
    );
    await expect(svc.pendingCsv('nobody')).rejects.toBeInstanceOf(TeamNotFoundError);
  });

  it('refresh reads again, keeps the cache when the source is unchanged, and replaces it when changed', async () => {
    const { source, svc } = service();
    await svc.status();
    const same = await svc.refresh();
    expect(source.calls).toEqual([undefined, '"v1"']);
    expect(same.report.source).toBe('records-v1.csv');
    source.replace([{ id: '1', team: 'Team Green', version: '17', lastSeen: seen }]);
    const changed = await svc.refresh();
    expect(changed.report.teams.map((t) => t.team)).toEqual(['Team Green']);
    expect((await svc.status()).report.source).toBe('records-v2.csv');
  });

  it('does not cache a failed read', async () => {
    const { source, svc } = service();
    source.failOnce(new Error('connection refused'));
    await expect(svc.status()).rejects.toThrow('connection refused');
    expect((await svc.status()).report.totals.hosts).toBe(14);
  });

  it('has no trend yet', async () => {
    const { svc } = service();
    await expect(svc.trend()).rejects.toBeInstanceOf(NoHistoryError);
  });

  it('follows the campaign target', async () => {
    const { svc } = service(recordsLoader(WEEK_1), { ...DEFAULT_CAMPAIGN, target: 17 });
    expect((await svc.status()).report.totals).toMatchObject({ migrated: 1, pending: 12, unknown: 1 });
  });

  it('renders the heatmap of a report as a PNG', async () => {
    const { svc } = service();
    const png = await svc.heatmapPng((await svc.status()).report);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
  });
});
