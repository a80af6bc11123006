/** One GET over node:http(s), resolved with the response head; connection failures say what to check. */
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { describeUrl } from './describe-location.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';

export function requestUrl(
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InventoryFetchError(
      'bad-location',
      `INVENTORY_URL must be http(s) or a file path, not ${url.protocol}`,
    );
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'GET', headers, signal }, resolve);
    req.on('error', (error) => reject(connectionError(url, error as NodeJS.ErrnoException)));
    req.end();
  });
}

function connectionError(url: URL, error: NodeJS.ErrnoException): Error {
  if (error.name === 'AbortError') return error;
  const where = `GET ${describeUrl(url)} -> could not reach ${url.host}`;
  const code = error.code ?? '';
  const why =
    code === 'ECONNREFUSED'
      ? 'connection refused: is the inventory server running, and is INVENTORY_URL right?'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the host name does not resolve (DNS): check INVENTORY_URL.'
        : code === 'ECONNRESET' || error.message === 'socket hang up'
          ? 'the connection was closed before a response; the next refresh will try again.'
          : /CERT|SSL|TLS|SELF_SIGNED/i.test(code)
            ? `its TLS certificate was rejected (${code}).`
            : `${code || error.message}.`;
  return new InventoryFetchError('unreachable', `${where}: ${why}`);
}
