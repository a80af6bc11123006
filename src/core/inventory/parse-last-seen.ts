/**
 * A `Last seen` cell as epoch milliseconds: `YYYY-MM-DD HH:MM[:SS[.fff]]`, the
 * same with `T`, an optional `Z` or `±HH[:]MM` offset, or a bare date. Times
 * without a zone are UTC (CMDB exports are). Anything else is NaN.
 *
 * @example parseLastSeen('2019-03-18 06:42') // Date.UTC(2019, 2, 18, 6, 42)
 * @example parseLastSeen('yesterday') // NaN
 */

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

export function parseLastSeen(raw: string): number {
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return Number.NaN;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => Number(x ?? 0));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 2019-02-30 over to March: reject days the month does not have.
  if (new Date(utc).getUTCDate() !== day) return Number.NaN;
  return utc - offsetMinutes(m[8]) * 60_000;
}
