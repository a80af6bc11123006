/**
 * An inventory export on disk: streamed in 1 MiB chunks, gunzipped when the
 * name ends in `.gz` or the bytes start with the gzip magic. The validators are
 * made from size and mtime, so an unchanged file is not read again.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decompressBody } from './decompress-body.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';
import type { OpenedSource, SourceRequest } from './inventory-source.ts';

export async function openFileSource(location: string, request: SourceRequest): Promise<OpenedSource> {
  const path = location.startsWith('file:') ? fileURLToPath(location) : location;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  if (!info.isFile()) {
    throw new InventoryFetchError(
      'unreadable',
      `The inventory path ${path} is not a file. Check INVENTORY_URL.`,
    );
  }
  const validators = {
    etag: `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`,
    lastModified: info.mtime.toUTCString(),
  };
  if (request.previous?.etag === validators.etag) return { status: 'not-modified' };
  const stream = createReadStream(path, { highWaterMark: 1 << 20, signal: request.signal });
  const body = readFile(stream, path);
  const gzip = /\.gz$/i.test(path);
  return {
    status: 'ok',
    body: decompressBody(body, gzip ? 'gzip' : undefined, `Reading ${path}`),
    validators,
    sizeHint: gzip ? undefined : info.size,
    dispose: () => stream.destroy(),
  };
}

async function* readFile(stream: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* stream;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw fileError(path, error as NodeJS.ErrnoException);
  }
}

function fileError(path: string, error: NodeJS.ErrnoException): InventoryFetchError {
  if (error.code === 'ENOENT') {
    return new InventoryFetchError(
      'not-found',
      `The inventory file ${path} does not exist. Check INVENTORY_URL (a file path or an http(s) URL).`,
    );
  }
  const why = error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message);
  return new InventoryFetchError('unreadable', `The inventory file ${path} cannot be read (${why}).`);
}
