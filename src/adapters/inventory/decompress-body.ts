/**
 * Streamed decompression of an export body. The encoding comes from the
 * Content-Encoding header or the `.gz` file name; when neither says, the gzip
 * magic bytes decide (a `.csv.gz` served as application/octet-stream). Output
 * is pulled chunk by chunk, so a size limit downstream stops a gzip bomb early.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InventoryFetchError } from './inventory-fetch-error.ts';

const CHUNK = 256 * 1024;

/**
 * The decompressed bytes of `body`. `encoding` is the Content-Encoding (or 'gzip'
 * for a `.gz` name), undefined to sniff; `what` names the source in messages.
 */
export function decompressBody(
  body: AsyncIterable<Uint8Array>,
  encoding: string | undefined,
  what: string,
): AsyncIterable<Uint8Array> {
  const name = encoding?.trim().toLowerCase();
  if (name === undefined || name === '') return sniffGzip(body, what);
  if (name === 'identity') return body;
  if (name === 'gzip' || name === 'x-gzip') return inflate(body, createGunzip({ chunkSize: CHUNK }), what);
  if (name === 'deflate') return inflate(body, createInflate({ chunkSize: CHUNK }), what);
  if (name === 'br') return inflate(body, createBrotliDecompress({ chunkSize: CHUNK }), what);
  throw new InventoryFetchError(
    'bad-encoding',
    `${what} -> unsupported Content-Encoding ${JSON.stringify(name)}; serve the export plain or gzip-compressed.`,
  );
}

async function* sniffGzip(body: AsyncIterable<Uint8Array>, what: string): AsyncGenerator<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  // Two bytes decide; a first chunk may be shorter than that.
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    head = head.length === 0 ? next.value : Uint8Array.from([...head, ...next.value]);
  }
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  async function* whole(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    yield* rest;
  }
  if (head[0] === 0x1f && head[1] === 0x8b) yield* inflate(whole(), createGunzip({ chunkSize: CHUNK }), what);
  else yield* whole();
}

async function* inflate(
  body: AsyncIterable<Uint8Array>,
  decompressor: NodeJS.ReadWriteStream,
  what: string,
): AsyncGenerator<Uint8Array> {
  const input = Readable.from(body, { objectMode: false });
  const done = pipeline(input, decompressor).catch(() => {}); // errors surface through the iteration below
  try {
    for await (const chunk of decompressor as AsyncIterable<Uint8Array>) yield chunk;
  } catch (error) {
    throw zlibError(error, what);
  } finally {
    input.destroy();
    (decompressor as unknown as Readable).destroy();
    await done;
  }
}

function zlibError(error: unknown, what: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'Z_BUF_ERROR' || (error as Error).message === 'unexpected end of file') {
    return new InventoryFetchError(
      'truncated',
      `${what} -> the compressed data ends early (unexpected end of file): the transfer was cut off or the file is incomplete.`,
    );
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new InventoryFetchError(
      'bad-encoding',
      `${what} -> the compressed data is corrupt (${(error as Error).message}); check the export.`,
    );
  }
  return error;
}
