/**
 * createFleetLoader: the worker-thread path returns the same Fleet (in host id
 * order) and report as the in-process path, and errors cross the thread
 * boundary as the same classes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFleet, NotModified } from '../../../src/app/ports.ts';
import {
  type ClosableFleetLoader,
  createFleetLoader,
} from '../../../src/adapters/inventory/create-fleet-loader.ts';
import { InventoryFetchError } from '../../../src/adapters/inventory/inventory-fetch-error.ts';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';
import { sortFleetById } from '../../../src/core/snapshot/sort-fleet-by-id.ts';
import { type InventoryServer, startInventoryServer } from './inventory-server.ts';
import { sampleExport } from './sample-export.ts';

let dir: string;
let server: InventoryServer;
const loaders: ClosableFleetLoader[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fleet-loader-'));
  server = await startInventoryServer();
});
afterAll(async () => {
  await Promise.all(loaders.map((l) => l.close()));
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function loaderFor(location: string, worker: boolean, authorization: string | null = null) {
  const loader = createFleetLoader({
    location,
    authorization,
    timeoutMs: 10_000,
    maxBytes: 50 * 1024 * 1024,
    maxBadRowsPercent: 1,
    worker,
  });
  loaders.push(loader);
  return loader;
}

/** The result without what depends on the clock: the load's duration and its report's readAt. */
function withoutDuration(result: LoadedFleet | NotModified) {
  if (result.status !== 'loaded') throw new Error(`expected a loaded fleet, got ${result.status}`);
  const { durationMs, report, ...rest } = result;
  expect(durationMs).toBeGreaterThan(0);
  if (!report) throw new Error('expected the loader to build the report');
  const { readAt, ...figures } = report;
  expect(Date.parse(readAt)).toBeGreaterThan(0);
  return { ...rest, report: figures };
}

/** sampleExport with its data rows in reverse order: host ids descending. */
function reversedExport(rows: number): string {
  const [header, ...data] = sampleExport(rows).trimEnd().split('\n');
  return `${[header, ...data.reverse()].join('\n')}\n`;
}

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => new Error('expected the load to fail'),
    (e: unknown) => e as Error,
  );
}

describe('createFleetLoader', () => {
  it('the worker returns the same Fleet as the in-process path, in host id order, and the same report', async () => {
    const path = join(dir, 'export.csv');
    await writeFile(path, reversedExport(4000));
    const inProcess = withoutDuration(await loaderFor(path, false).load(DEFAULT_CAMPAIGN));
    const inWorker = withoutDuration(await loaderFor(path, true).load(DEFAULT_CAMPAIGN));
    expect(inWorker).toEqual({ ...inProcess, fleet: sortFleetById(inProcess.fleet) });
    const ids = inWorker.fleet.ids.values as Float64Array;
    expect(ids.every((id, i) => i === 0 || ids[i - 1] < id)).toBe(true);
    expect(inProcess.fleet.ids.values[0]).toBeGreaterThan(inProcess.fleet.ids.values[1] as number);
    expect(inWorker.fleet.hosts).toBe(4000 - 80);
    expect(inWorker.report.totals.hosts).toBe(4000 - 80);
    expect(inWorker.fleet.team.codes).toBeInstanceOf(Uint32Array);
    expect(inWorker.fleet.lastSeen).toBeInstanceOf(Float64Array);
  });

  it('warm() starts the worker before any load; loads then run on it', async () => {
    const path = join(dir, 'warm.csv');
    await writeFile(path, sampleExport(300));
    const loader = loaderFor(path, true);
    await loader.warm();
    const loaded = withoutDuration(await loader.load(DEFAULT_CAMPAIGN));
    expect(loaded.fleet.hosts).toBe(300 - 6);
  });

  it('reuses the worker for the next load, and fetches over http from it', async () => {
    server.handle('/export.csv', (_req, res) => res.writeHead(200).end(sampleExport(500)));
    const loader = loaderFor(`${server.url}/export.csv`, true, 'Bearer worker-token');
    const first = withoutDuration(await loader.load(DEFAULT_CAMPAIGN));
    const second = withoutDuration(await loader.load(DEFAULT_CAMPAIGN));
    expect(second).toEqual(first);
    expect(first.rows).toBe(500);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer worker-token');
  });

  it('errors from the worker arrive as the same classes with the same messages', async () => {
    const page = join(dir, 'login.csv');
    await writeFile(page, '<!DOCTYPE html><html><title>Log in</title></html>');
    const cases: [string, new (...args: never[]) => Error, string][] = [
      [page, InventoryFormatError, 'html'],
      [join(dir, 'missing.csv'), InventoryFetchError, 'not-found'],
      [`${server.url}/nowhere`, InventoryFetchError, 'http-status'],
    ];
    for (const [location, type, code] of cases) {
      const inProcess = await errorOf(loaderFor(location, false).load(DEFAULT_CAMPAIGN));
      const inWorker = await errorOf(loaderFor(location, true).load(DEFAULT_CAMPAIGN));
      expect(inProcess).toBeInstanceOf(type);
      expect(inWorker).toBeInstanceOf(type);
      expect(inWorker.message).toBe(inProcess.message);
      expect((inWorker as InventoryFormatError).code).toBe(code);
      expect((inWorker as InventoryFetchError).status).toBe((inProcess as InventoryFetchError).status);
    }
  });

  it('an aborted load rejects with the abort reason, and the loader still works after it', async () => {
    server.handle('/slow', (_req, res) => {
      res.writeHead(200);
      res.write(sampleExport(100).slice(0, 2000)); // then nothing
    });
    server.handle('/fine', (_req, res) => res.writeHead(200).end(sampleExport(100)));
    for (const worker of [true, false]) {
      const slow = loaderFor(`${server.url}/slow`, worker);
      const controller = new AbortController();
      const pending = slow.load(DEFAULT_CAMPAIGN, undefined, controller.signal);
      setTimeout(() => controller.abort(new Error('refresh cancelled')), 50);
      expect((await errorOf(pending)).message).toBe('refresh cancelled');
    }
    const fine = loaderFor(`${server.url}/fine`, true);
    expect(withoutDuration(await fine.load(DEFAULT_CAMPAIGN)).rows).toBe(100);
  });
});
