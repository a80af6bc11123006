/**
 * An inventory export on disk, gunzipped when the name ends in `.gz` or the
 * bytes start with the gzip magic. The validators are made from size and
 * mtime, so an unchanged file is not read again.
 *
 * A plain file is read in 1 MiB chunks into one reused buffer: a chunk is
 * valid until the next one is asked for (the reader copies what it keeps),
 * which spares a fresh megabyte (and its page faults) per chunk. A gzip file
 * streams through the decompressor, which gets chunks of its own.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decompressBody } from './decompress-body.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';
import type { OpenedSource, SourceRequest } from './inventory-source.ts';

const CHUNK = 1 << 20;

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
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  const gzip = /\.gz$/i.test(path) || (await startsWithGzipMagic(handle, path));
  if (gzip) {
    const stream = createReadStream(path, { fd: handle, highWaterMark: CHUNK, signal: request.signal });
    return {
      status: 'ok',
      body: decompressBody(readStream(stream, path), 'gzip', `Reading ${path}`),
      validators,
      dispose: () => stream.destroy(),
    };
  }
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void handle.close().catch(() => {});
  };
  return {
    status: 'ok',
    body: readReusing(handle, path, request.signal, close),
    validators,
    sizeHint: info.size,
    dispose: close,
  };
}

async function startsWithGzipMagic(handle: FileHandle, path: string): Promise<boolean> {
  const head = Buffer.alloc(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0).catch((error: NodeJS.ErrnoException) => {
    void handle.close().catch(() => {});
    throw fileError(path, error);
  });
  return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function* readReusing(
  handle: FileHandle,
  path: string,
  signal: AbortSignal,
  close: () => void,
): AsyncGenerator<Uint8Array> {
  // Two buffers: the next chunk is read into one while the caller works on the other.
  const buffers = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
  let position = 0;
  const readInto = (buffer: Buffer) => {
    const at = position;
    const read = handle.read(buffer, 0, CHUNK, at).then(
      ({ bytesRead }) => bytesRead,
      (error: NodeJS.ErrnoException) => {
        throw fileError(path, error);
      },
    );
    read.catch(() => {}); // awaited below; a failure then surfaces there
    return read;
  };
  try {
    let turn = 0;
    let pending = readInto(buffers[0]);
    for (;;) {
      const bytesRead = await pending;
      signal.throwIfAborted();
      if (bytesRead === 0) return;
      position += bytesRead;
      const chunk = buffers[turn].subarray(0, bytesRead);
      turn ^= 1;
      pending = readInto(buffers[turn]);
      yield chunk;
    }
  } finally {
    close();
  }
}

async function* readStream(stream: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
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
