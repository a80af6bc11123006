/**
 * How an inventory location is shown to people and in logs: a URL without
 * user info, query or fragment (tokens hide there), a file by its base name.
 */
import { basename } from 'node:path';

export function isHttpLocation(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** `https://user:pw@cmdb.example/export.csv?token=x` -> `https://cmdb.example/export.csv`. */
export function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** The display name of a location: the safe URL, or the file's base name. */
export function describeLocation(location: string): string {
  if (isHttpLocation(location)) {
    try {
      return describeUrl(new URL(location));
    } catch {
      return 'an invalid inventory URL';
    }
  }
  return basename(location.startsWith('file:') ? new URL(location).pathname : location);
}
