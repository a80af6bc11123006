/**
 * How a bad value appears in a config error: JSON-quoted, on one line, cut
 * when long; a secret only by its length, a URL with its password masked.
 */
import { maskUrl } from './mask-url.ts';

export interface ShowOptions {
  readonly secret?: boolean;
  readonly url?: boolean;
}

const MAX = 60;

export function showValue(value: unknown, options: ShowOptions = {}): string {
  if (value === undefined || value === null) return 'nothing';
  if (options.secret) {
    const length = typeof value === 'string' ? value.length : String(value).length;
    return `a value of ${length} characters (secret, not shown)`;
  }
  if (typeof value === 'string') {
    const text = options.url ? maskUrl(value) : value;
    const cut = text.length > MAX ? `${text.slice(0, MAX)}…` : text;
    // JSON.stringify escapes line breaks and control characters: the error stays one line.
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}
