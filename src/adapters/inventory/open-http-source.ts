/**
 * An inventory export over http(s): the Authorization header when configured,
 * conditional requests from the last good fetch (304 -> not modified), gzip
 * through Content-Encoding, redirects (credentials never follow to another
 * origin), and a body cut off before its Content-Length is an error.
 */
import type { IncomingMessage } from 'node:http';
import { InventoryFetchError } from './inventory-fetch-error.ts';
import { decompressBody } from './decompress-body.ts';
import { describeUrl } from './describe-location.ts';
import type { OpenedSource, SourceRequest } from './inventory-source.ts';
import { requestUrl } from './request-url.ts';
import { statusError } from './status-error.ts';

const MAX_REDIRECTS = 5;

export async function openHttpSource(location: string, request: SourceRequest): Promise<OpenedSource> {
  let url = parseUrl(location);
  let authorization = request.authorization ?? null;
  for (let redirects = 0; ; redirects++) {
    const headers: Record<string, string> = {
      accept: 'text/csv, */*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (authorization) headers.authorization = authorization;
    if (request.previous?.etag) headers['if-none-match'] = request.previous.etag;
    if (request.previous?.lastModified) headers['if-modified-since'] = request.previous.lastModified;
    const response = await requestUrl(url, headers, request.signal);
    const status = response.statusCode ?? 0;
    if (status === 304) {
      response.resume();
      return { status: 'not-modified' };
    }
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location && redirects < MAX_REDIRECTS) {
      response.resume();
      const next = new URL(location, url);
      if (next.origin !== url.origin) authorization = null;
      url = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw statusError(url, response, Boolean(authorization));
    }
    const what = `GET ${describeUrl(url)}`;
    const encoding = response.headers['content-encoding'];
    const length = Number(response.headers['content-length'] ?? Number.NaN);
    return {
      status: 'ok',
      body: decompressBody(checkedBody(response, what), encoding, what),
      validators: {
        ...(response.headers.etag ? { etag: response.headers.etag } : {}),
        ...(response.headers['last-modified'] ? { lastModified: response.headers['last-modified'] } : {}),
      },
      ...(encoding || !Number.isFinite(length) ? {} : { sizeHint: length }),
      dispose: () => response.destroy(),
    };
  }
}

function parseUrl(location: string): URL {
  try {
    return new URL(location);
  } catch {
    throw new InventoryFetchError('bad-location', 'INVENTORY_URL is not a valid http(s) URL.');
  }
}

/** The raw body; a connection closed early, or fewer bytes than Content-Length, is an error. */
async function* checkedBody(response: IncomingMessage, what: string): AsyncGenerator<Uint8Array> {
  const expected = Number(response.headers['content-length'] ?? Number.NaN);
  let received = 0;
  try {
    for await (const chunk of response as AsyncIterable<Uint8Array>) {
      received += chunk.length;
      yield chunk;
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw cutOff(what, received, expected);
  } finally {
    response.destroy();
  }
  if (!response.complete || (Number.isFinite(expected) && received !== expected)) {
    throw cutOff(what, received, expected);
  }
}

function cutOff(what: string, received: number, expected: number): InventoryFetchError {
  const of = Number.isFinite(expected) ? ` of ${expected}` : '';
  return new InventoryFetchError(
    'truncated',
    `${what} -> the body was cut off after ${received}${of} bytes (the connection closed early); the next refresh will try again.`,
  );
}
