/**
 * Parts for the service-level history tests: a fleetgen series on disk, a
 * real HTTP inventory server (ETag, 304, swappable body, request counts), the
 * real loader, and a plain CSV reading of the exports for independent counts.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createChartRenderer } from '../../src/adapters/chart/create-chart-renderer.ts';
import { createFleetLoader } from '../../src/adapters/inventory/create-fleet-loader.ts';
import { createMigrationService } from '../../src/app/create-migration-service.ts';
import { createHistory } from '../../src/app/history.ts';
import type { SnapshotStore } from '../../src/app/ports.ts';
import { type Campaign, DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { silentLogger } from './history-fixture.ts';
import { FLEETGEN } from '../support/fleetgen.ts';

export const campaign: Campaign = { ...DEFAULT_CAMPAIGN, deadline: '2019-07-01' };
export const clock = { now: () => new Date('2019-07-01T12:00:00Z') };
const charts = createChartRenderer();

/** `week-00.csv` … `week-12.csv` of one 2,000-host fleet, written by fleetgen into `dir`. */
export function fleetgenWeeks(dir: string): string[] {
  execFileSync(process.execPath, [FLEETGEN, '--hosts', '2000', '--weeks', '0-12', '--out-dir', dir]);
  return Array.from({ length: 13 }, (_, w) => join(dir, `week-${String(w).padStart(2, '0')}.csv`));
}

export const loaderFor = (location: string) =>
  createFleetLoader({
    location,
    worker: false,
    timeoutMs: 10_000,
    maxBytes: 50_000_000,
    maxBadRowsPercent: 1,
  });

/**
 * The service over `store` and the export at `location`. `readOnly`: as the bot with no inventory
 * configured, it answers from history and records nothing into it.
 */
export function serviceOver(
  store: SnapshotStore,
  location: string,
  options: { freshnessMs?: number; readOnly?: boolean } = {},
) {
  return createMigrationService({
    loader: loaderFor(location),
    campaign,
    clock,
    charts,
    logger: silentLogger,
    freshnessMs: options.freshnessMs ?? 0,
    history: createHistory({
      store,
      campaign,
      clock,
      logger: silentLogger,
      keepAllDays: 730,
      record: !options.readOnly,
    }),
    preferHistory: options.readOnly,
  });
}

/** An HTTP inventory server: ETag from the body, 304 on a match, counts what it answered. */
export async function inventoryServer() {
  let body = Buffer.alloc(0);
  let contentType = 'text/csv';
  let etag = '';
  const seen = { requests: 0, notModified: 0 };
  const server = createServer((req, res) => {
    seen.requests++;
    if (etag && req.headers['if-none-match'] === etag) {
      seen.notModified++;
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, ...(etag ? { etag } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/export.csv`,
    seen,
    /** Serve `content`; its ETag follows the bytes unless `tag` says otherwise. */
    serve(content: string | Buffer, type = 'text/csv', tag?: string) {
      body = Buffer.from(content);
      contentType = type;
      etag = tag ?? `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PlainHost {
  readonly team: string;
  readonly state: 'migrated' | 'pending' | 'unknown';
}

/** The export read plainly (fleetgen without --messy has no quoted fields): id -> team and state. */
export function readHosts(file: string, target = 11): Map<string, PlainHost> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const col = header.split(',');
  const [id, team, version] = ['CMDB_Id', 'Team', 'Installed version'].map((c) => col.indexOf(c));
  const hosts = new Map<string, PlainHost>();
  for (const line of lines) {
    const f = line.split(',');
    const v = f[version].split('(')[0].trim();
    const major = /^(1\.8|8)\b/.test(v) ? 8 : /^(\d+)\./.test(v) ? Number(/^(\d+)\./.exec(v)![1]) : null;
    const state = major === null ? 'unknown' : major >= target ? 'migrated' : 'pending';
    hosts.set(f[id], { team: f[team].trim(), state });
  }
  return hosts;
}
