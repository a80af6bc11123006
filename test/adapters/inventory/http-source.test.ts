/**
 * The http(s) inventory source against a real HTTP server on a loopback port:
 * each failure the inventory server can produce becomes one typed error whose
 * message says what happened and what to do, without credentials.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFleet, NotModified } from '../../../src/app/ports.ts';
import { InventoryFetchError } from '../../../src/adapters/inventory/inventory-fetch-error.ts';
import { type LoadOptions, loadFleet } from '../../../src/adapters/inventory/load-fleet.ts';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { InventoryFormatError } from '../../../src/core/inventory/inventory-format-error.ts';
import { freePort } from '../../support/free-port.ts';
import { type InventoryServer, startInventoryServer } from './inventory-server.ts';
import { sampleExport } from './sample-export.ts';

const CSV = sampleExport(2000);
const SECRET = 'Bearer s3cr3t-token-value';
let server: InventoryServer;

beforeAll(async () => {
  server = await startInventoryServer();
});
afterAll(() => server.close());

const options = (path: string, extra: Partial<LoadOptions> = {}): LoadOptions => ({
  location: `${server.url}${path}`,
  authorization: SECRET,
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

async function failure<T extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => T,
): Promise<T> {
  const error = await promise.then(
    () => new Error('expected the load to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as Error).message).not.toContain('s3cr3t');
  return error as T;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('http inventory source', () => {
  it('sends the Authorization header and loads the export', async () => {
    server.handle('/export.csv', (_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end(CSV));
    const result = await loaded(loadFleet(options('/export.csv'), DEFAULT_CAMPAIGN));
    expect(server.requests.at(-1)?.authorization).toBe(SECRET);
    expect(result.rows).toBe(2000);
    expect(result.fleet.hosts).toBe(2000 - 40); // every 50th row repeats the id before it
    expect(result.bytes).toBe(Buffer.byteLength(CSV));
    expect(result.contentHash).toBe(sha256(CSV));
    expect(result.source).toBe(`${server.url}/export.csv`);
  });

  it('gunzips a body sent with Content-Encoding: gzip, and hashes the decompressed bytes', async () => {
    server.handle('/gzip', (_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(CSV)),
    );
    const result = await loaded(loadFleet(options('/gzip'), DEFAULT_CAMPAIGN));
    expect(result.rows).toBe(2000);
    expect(result.contentHash).toBe(sha256(CSV));
  });

  it('gunzips a .gz file served without Content-Encoding (gzip magic bytes)', async () => {
    server.handle('/export.csv.gz', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(gzipSync(CSV)),
    );
    const result = await loaded(loadFleet(options('/export.csv.gz'), DEFAULT_CAMPAIGN));
    expect(result.rows).toBe(2000);
  });

  it('makes conditional requests: ETag / Last-Modified, 304 -> not-modified', async () => {
    const etag = '"v42"';
    const lastModified = 'Mon, 02 Dec 2024 09:00:00 GMT';
    server.handle('/conditional', (req, res) => {
      if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
      else res.writeHead(200, { etag, 'last-modified': lastModified }).end(CSV);
    });
    const first = await loaded(loadFleet(options('/conditional'), DEFAULT_CAMPAIGN));
    expect(first.validators).toEqual({ etag, lastModified });
    const second = await loadFleet(options('/conditional'), DEFAULT_CAMPAIGN, first.validators);
    expect(second).toEqual({ status: 'not-modified' });
    expect(server.requests.at(-1)?.['if-none-match']).toBe(etag);
    expect(server.requests.at(-1)?.['if-modified-since']).toBe(lastModified);
  });

  it('500: names the request and says the next refresh will try again', async () => {
    server.handle('/broken', (_req, res) => res.writeHead(500).end('oops'));
    const error = await failure(loadFleet(options('/broken'), DEFAULT_CAMPAIGN), InventoryFetchError);
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(500);
    expect(error.message).toBe(
      `GET ${server.url}/broken -> 500 Internal Server Error. The inventory server failed; the next refresh will try again.`,
    );
  });

  it('401 with an HTML login page: points at INVENTORY_AUTHORIZATION, no credentials or query in the message', async () => {
    server.handle('/private', (_req, res) =>
      res.writeHead(401, { 'content-type': 'text/html' }).end('<html><title>Sign in</title></html>'),
    );
    const location = `http://admin:hunter2@${server.url.slice(7)}/private?token=abc123`;
    const error = await failure(loadFleet(options('', { location }), DEFAULT_CAMPAIGN), InventoryFetchError);
    expect(error.message).toBe(
      `GET ${server.url}/private -> 401 Unauthorized. The credentials were rejected: check INVENTORY_AUTHORIZATION (wrong or expired).`,
    );
    expect(error.message).not.toMatch(/hunter2|abc123|admin/);
    const anonymous = await failure(
      loadFleet(options('/private', { authorization: null }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(anonymous.message).toContain(
      '-> 401 Unauthorized. The server wants credentials: set INVENTORY_AUTHORIZATION.',
    );
  });

  it('200 with an HTML login page is a format error that mentions INVENTORY_AUTHORIZATION', async () => {
    server.handle('/login', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>SSO login</title>'),
    );
    const error = await failure(loadFleet(options('/login'), DEFAULT_CAMPAIGN), InventoryFormatError);
    expect(error.code).toBe('html');
    expect(error.message).toContain('an HTML page titled "SSO login"');
    expect(error.message).toContain('INVENTORY_AUTHORIZATION');
  });

  it('a server that hangs mid-body hits the timeout', async () => {
    server.handle('/hang', (_req, res) => {
      res.writeHead(200, { 'content-length': String(CSV.length) });
      res.write(CSV.slice(0, 5000)); // and never the rest
    });
    const error = await failure(
      loadFleet(options('/hang', { timeoutMs: 300 }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(
      `GET ${server.url}/hang -> did not finish within 0.3 s (inventory.timeoutSeconds): the server is slow or hanging; the next refresh will try again.`,
    );
  });

  it('a server that never answers hits the timeout', async () => {
    server.handle('/silent', () => {});
    const error = await failure(
      loadFleet(options('/silent', { timeoutMs: 200 }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(error.code).toBe('timeout');
  });

  it('a body cut off mid-stream is an error, not a short inventory', async () => {
    server.handle('/cut', (req, res) => {
      res.writeHead(200, { 'content-length': String(CSV.length) });
      res.write(CSV.slice(0, 20_000), () => req.socket.destroy());
    });
    const error = await failure(loadFleet(options('/cut'), DEFAULT_CAMPAIGN), InventoryFetchError);
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(
      new RegExp(
        `^GET ${server.url}/cut -> the body was cut off after \\d+ of ${CSV.length} bytes \\(the connection closed early\\)`,
      ),
    );
  });

  it('a chunked body cut off mid-stream is an error too', async () => {
    server.handle('/cut-chunked', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.write(CSV.slice(0, 20_000), () => req.socket.destroy());
    });
    const error = await failure(loadFleet(options('/cut-chunked'), DEFAULT_CAMPAIGN), InventoryFetchError);
    expect(error.code).toBe('truncated');
  });

  it('a body over the size limit stops at the limit', async () => {
    server.handle('/big', (_req, res) => res.writeHead(200).end(CSV));
    const error = await failure(
      loadFleet(options('/big', { maxBytes: 50_000 }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      `GET ${server.url}/big -> the export is larger than the 0.05 MB limit (inventory.maxMegabytes, counted after decompression). Raise the limit if the fleet really is that big.`,
    );
  });

  it('a declared Content-Length over the limit fails before the body is read, and hangs up', async () => {
    let hungUp: Promise<void> = Promise.resolve();
    server.handle('/huge', (req, res) => {
      hungUp = new Promise((resolve) => req.socket.on('close', () => resolve()));
      res.writeHead(200, { 'content-length': String(64 * 1024 * 1024) });
      res.write(CSV); // the rest never comes; the load must not wait for it
    });
    const error = await failure(
      loadFleet(options('/huge', { maxBytes: 1024 * 1024 }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(error.code).toBe('too-large');
    await hungUp; // the client closed the connection instead of leaving it open
  });

  it('a gzip bomb (small compressed, huge decompressed) stops at the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a'), { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    server.handle('/bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const error = await failure(
      loadFleet(options('/bomb', { maxBytes: 1024 * 1024 }), DEFAULT_CAMPAIGN),
      InventoryFetchError,
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('counted after decompression');
  });

  it('garbage bytes are a format error', async () => {
    const garbage = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    server.handle('/garbage', (_req, res) => res.writeHead(200).end(garbage));
    const error = await failure(loadFleet(options('/garbage'), DEFAULT_CAMPAIGN), InventoryFormatError);
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/^The inventory is not CSV text: it contains NUL bytes/);
  });

  it('connection refused says the host could not be reached', async () => {
    const port = await freePort();
    const location = `http://127.0.0.1:${port}/export.csv?token=abc`;
    const error = await failure(loadFleet(options('', { location }), DEFAULT_CAMPAIGN), InventoryFetchError);
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe(
      `GET http://127.0.0.1:${port}/export.csv -> could not reach 127.0.0.1:${port}: connection refused: is the inventory server running, and is INVENTORY_URL right?`,
    );
  });

  it('follows a redirect and drops the credentials when it leaves the origin', async () => {
    const other = await startInventoryServer();
    try {
      other.handle('/moved.csv', (_req, res) => res.writeHead(200).end(CSV));
      server.handle('/old', (_req, res) => res.writeHead(302, { location: `${other.url}/moved.csv` }).end());
      const result = await loaded(loadFleet(options('/old'), DEFAULT_CAMPAIGN));
      expect(result.rows).toBe(2000);
      expect(server.requests.at(-1)?.authorization).toBe(SECRET);
      expect(other.requests.at(-1)?.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
