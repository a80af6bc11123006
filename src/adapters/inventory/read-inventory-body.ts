/**
 * Streams a decompressed export body through the inventory reader, hashing it
 * (sha256) and enforcing the size limit on the way, so the whole file is never
 * held in memory and an oversized body (or a gzip bomb) stops at the limit.
 */
import { createHash } from 'node:crypto';
import type { ColumnRole, Inventory } from '../../core/inventory/inventory.ts';
import { createInventoryReader } from '../../core/inventory/create-inventory-reader.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';

export interface BodyOptions {
  readonly columns: Readonly<Record<ColumnRole, string>>;
  readonly maxBytes: number;
  readonly maxBadRowsPercent: number;
  /** Names the source in messages: `GET https://…` or `Reading /path`. */
  readonly what: string;
  /** Expected decompressed size, when the source knows it. */
  readonly expectedBytes?: number;
  /** Awaited between chunks: lets interactive work go first (see foreground-signal.ts). */
  readonly pace?: () => Promise<void>;
}

export async function readInventoryBody(
  body: AsyncIterable<Uint8Array>,
  options: BodyOptions,
): Promise<{ inventory: Inventory; contentHash: string }> {
  // A declared size over the limit fails before reading anything.
  if ((options.expectedBytes ?? 0) > options.maxBytes) throw tooLarge(options);
  const reader = createInventoryReader(options.columns, {
    maxBadRowsPercent: options.maxBadRowsPercent,
    expectedBytes: options.expectedBytes,
  });
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > options.maxBytes) throw tooLarge(options);
    hash.update(chunk);
    reader.push(chunk);
    if (options.pace) await options.pace();
  }
  return { inventory: reader.end(), contentHash: hash.digest('hex') };
}

function tooLarge(options: BodyOptions): InventoryFetchError {
  const mb = options.maxBytes / (1024 * 1024);
  return new InventoryFetchError(
    'too-large',
    `${options.what} -> the export is larger than the ${Number(mb.toFixed(2))} MB limit (inventory.maxMegabytes, counted after decompression). ` +
      'Raise the limit if the fleet really is that big.',
  );
}
