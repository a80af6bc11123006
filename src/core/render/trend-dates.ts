/**
 * Date formatting for chart labels and stamps, always in UTC so a chart
 * rendered on any machine shows the same text.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
export { DAY_MS };

/**
 * Epoch milliseconds of an ISO 8601 date or date-time (date-only means UTC midnight); NaN if unreadable.
 * @example toEpochMs('2024-12-02') // 1733097600000
 */
export function toEpochMs(iso: string): number {
  return new Date(iso).getTime();
}

/**
 * `2 Dec` or, with the year, `2 Dec 2024` (UTC).
 * @example formatDay(Date.UTC(2024, 11, 2), true) // '2 Dec 2024'
 */
export function formatDay(ms: number, withYear = false): string {
  const d = new Date(ms);
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${day} ${d.getUTCFullYear()}` : day;
}

/**
 * `18 Mar 2019 06:42 UTC` for a snapshot time; the input unchanged if it is not a date.
 * @example formatStamp('2019-03-18T06:42:00Z') // '18 Mar 2019 06:42 UTC'
 */
export function formatStamp(iso: string): string {
  const ms = toEpochMs(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(ms, true)} ${hh}:${mm} UTC`;
}
