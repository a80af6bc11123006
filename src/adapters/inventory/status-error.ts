/** A non-2xx answer as one line a person can act on, never with credentials or the query string. */
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import { describeUrl } from './describe-location.ts';
import { InventoryFetchError } from './inventory-fetch-error.ts';

export function statusError(
  url: URL,
  response: IncomingMessage,
  sentAuthorization: boolean,
): InventoryFetchError {
  const status = response.statusCode ?? 0;
  const text = STATUS_CODES[status] ?? response.statusMessage ?? '';
  return new InventoryFetchError(
    'http-status',
    `GET ${describeUrl(url)} -> ${status}${text ? ` ${text}` : ''}. ${hint(status, sentAuthorization)}`.trim(),
    status,
  );
}

function hint(status: number, sentAuthorization: boolean): string {
  if (status === 401) {
    return sentAuthorization
      ? 'The credentials were rejected: check INVENTORY_AUTHORIZATION (wrong or expired).'
      : 'The server wants credentials: set INVENTORY_AUTHORIZATION.';
  }
  if (status === 403) return 'Access denied: check that INVENTORY_AUTHORIZATION may read this export.';
  if (status === 404 || status === 410) return 'There is no export at this address: check INVENTORY_URL.';
  if (status === 429) return 'The server is rate-limiting; the next refresh will try again.';
  if (status >= 500) return 'The inventory server failed; the next refresh will try again.';
  if (status >= 300 && status < 400) return 'Too many redirects, or a redirect without a Location.';
  return '';
}
