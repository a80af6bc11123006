/** Why the inventory bytes could not be fetched; each code has its own actionable message. */
export type InventoryFetchErrorCode =
  | 'unreachable'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'truncated'
  | 'not-found'
  | 'unreadable'
  | 'bad-encoding'
  | 'bad-location';

/**
 * Fetching the export failed. Messages name the request without credentials or
 * query (`GET https://cmdb.example/export.csv -> 401 Unauthorized`) plus what to do.
 */
export class InventoryFetchError extends Error {
  constructor(
    readonly code: InventoryFetchErrorCode,
    message: string,
    /** HTTP status, for 'http-status'. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'InventoryFetchError';
  }
}
