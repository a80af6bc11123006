/** The file inventory source: plain and gzip files, unchanged files, missing files. */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFleet, NotModified } from '../../../src/app/ports.ts';
import { InventoryFetchError } from '../../../src/adapters/inventory/inventory-fetch-error.ts';
import { type LoadOptions, loadFleet } from '../../../src/adapters/inventory/load-fleet.ts';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';
import { sampleExport } from './sample-export.ts';

const CSV = sampleExport(3000);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inventory-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (location: string, extra: Partial<LoadOptions> = {}): LoadOptions => ({
  location,
  timeoutMs: 5000,
  maxBytes: 10 * 1024 * 1024,
  maxBadRowsPercent: 1,
  ...extra,
});

async function loaded(promise: Promise<LoadedFleet | NotModified>): Promise<LoadedFleet> {
  const result = await promise;
  if (result.status !== 'loaded') throw new Error(`expected a loaded fleet, got ${result.status}`);
  return result;
}

describe('file inventory source', () => {
  it('reads a plain CSV file; the source is its base name', async () => {
    const path = join(dir, 'export.csv');
    await writeFile(path, CSV);
    const result = await loaded(loadFleet(options(path), DEFAULT_CAMPAIGN));
    expect(result.rows).toBe(3000);
    expect(result.fleet.hosts).toBe(3000 - 60);
    expect(result.source).toBe('export.csv');
    expect(result.contentHash).toBe(createHash('sha256').update(CSV).digest('hex'));
  });

  it('reads a .gz file, and a gzip file without the .gz name', async () => {
    await writeFile(join(dir, 'export.csv.gz'), gzipSync(CSV));
    await writeFile(join(dir, 'export-gzipped.csv'), gzipSync(CSV));
    const gz = await loaded(loadFleet(options(join(dir, 'export.csv.gz')), DEFAULT_CAMPAIGN));
    const sniffed = await loaded(loadFleet(options(join(dir, 'export-gzipped.csv')), DEFAULT_CAMPAIGN));
    expect(gz.rows).toBe(3000);
    expect(sniffed.contentHash).toBe(gz.contentHash);
  });

  it('says not-modified for an unchanged file, and reads it again once it changes', async () => {
    const path = join(dir, 'weekly.csv');
    await writeFile(path, CSV);
    const first = await loaded(loadFleet(options(path), DEFAULT_CAMPAIGN));
    expect(await loadFleet(options(path), DEFAULT_CAMPAIGN, first.validators)).toEqual({
      status: 'not-modified',
    });
    await writeFile(path, sampleExport(100));
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const second = await loaded(loadFleet(options(path), DEFAULT_CAMPAIGN, first.validators));
    expect(second.rows).toBe(100);
  });

  it('a missing file names the path and INVENTORY_URL', async () => {
    const path = join(dir, 'nope.csv');
    const error = await loadFleet(options(path), DEFAULT_CAMPAIGN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryFetchError);
    expect((error as InventoryFetchError).message).toBe(
      `The inventory file ${path} does not exist. Check INVENTORY_URL (a file path or an http(s) URL).`,
    );
  });

  it('a directory is not an inventory', async () => {
    const error = await loadFleet(options(dir), DEFAULT_CAMPAIGN).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`The inventory path ${dir} is not a file. Check INVENTORY_URL.`);
  });

  it('a file over the size limit after decompression stops at the limit', async () => {
    const path = join(dir, 'big.csv.gz');
    await writeFile(path, gzipSync(CSV));
    const error = await loadFleet(options(path, { maxBytes: 10_000 }), DEFAULT_CAMPAIGN).catch(
      (e: unknown) => e,
    );
    expect((error as InventoryFetchError).code).toBe('too-large');
    expect((error as Error).message).toMatch(
      /^Reading .*big\.csv\.gz -> the export is larger than the 0\.01 MB limit/,
    );
  });

  it('a truncated .gz file is an error, not a short inventory', async () => {
    const path = join(dir, 'cut.csv.gz');
    const gz = gzipSync(CSV);
    await writeFile(path, gz.subarray(0, gz.length >> 1));
    const error = await loadFleet(options(path), DEFAULT_CAMPAIGN).catch((e: unknown) => e);
    expect((error as InventoryFetchError).code).toBe('truncated');
    expect((error as Error).message).toMatch(/the compressed data ends early \(unexpected end of file\)/);
  });

  it('ragged rows: a few are skipped with a warning, more fail the load with the line numbers', async () => {
    const path = join(dir, 'ragged.csv');
    const lines = CSV.split('\n');
    for (let at = 10; at <= 160; at += 10) lines[at] = `${lines[at]},extra`;
    await writeFile(path, lines.join('\n'));
    const skipped = await loaded(loadFleet(options(path), DEFAULT_CAMPAIGN));
    expect(skipped.rows).toBe(3000 - 16);
    expect(skipped.warnings).toEqual([
      '16 of 3000 data rows (0.53 %) do not have the 8 fields of the header: lines 11, 21, 31, 41, 51, 61, 71, 81, 91, 101, … (first 10 of 16). They were skipped.',
    ]);
    const error = await loadFleet(options(path, { maxBadRowsPercent: 0.5 }), DEFAULT_CAMPAIGN).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InventoryFormatError);
    expect((error as Error).message).toMatch(/^16 of 3000 data rows .* That is more than the 0.5 % allowed/);
  });
});
