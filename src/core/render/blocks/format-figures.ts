/**
 * Number and date formatting shared by the Block Kit renderers. Figures come
 * from the report model; these only turn them into short text.
 */

/**
 * A percentage with one decimal, or `n/a` when there is nothing to count.
 * @example formatPercent(62.4444) // '62.4 %'
 */
export function formatPercent(percent: number | null): string {
  return percent === null || !Number.isFinite(percent) ? 'n/a' : `${percent.toFixed(1)} %`;
}

/**
 * A count with thousands separators.
 * @example formatCount(1914) // '1,914'
 */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * A change in percentage points, signed.
 * @example formatPoints(3.14) // '+3.1 pts'
 */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return '±0.0 pts';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)} pts`;
}

/**
 * An arrow for a change in points: up, down or flat (within 0.05 pts).
 * @example trendArrow(-2) // '▼'
 */
export function trendArrow(points: number | null): string {
  if (points === null) return '';
  if (points >= 0.05) return '▲';
  if (points <= -0.05) return '▼';
  return '▶';
}

/**
 * A ten-cell progress bar.
 * @example progressBar(62.4) // '▓▓▓▓▓▓░░░░'
 */
export function progressBar(percent: number | null, cells = 10): string {
  const filled = percent === null ? 0 : Math.min(cells, Math.max(0, Math.round((percent / 100) * cells)));
  return '▓'.repeat(filled) + '░'.repeat(cells - filled);
}

const SPARKS = '▁▂▃▄▅▆▇█';

/**
 * A sparkline of percentages (0-100), one character a point; gaps for null.
 * @example sparkline([0, 50, 100]) // '▁▅█'
 */
export function sparkline(values: readonly (number | null)[]): string {
  return values
    .map((v) => (v === null ? ' ' : SPARKS[Math.min(7, Math.max(0, Math.round((v / 100) * 7)))]))
    .join('');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A short UTC day from an ISO date or timestamp.
 * @example formatDay('2024-12-02T09:02:00Z') // 'Mon 2 Dec 2024'
 */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * The UTC time of day from an ISO timestamp.
 * @example formatUtcTime('2024-12-02T09:02:59Z') // '09:02 UTC'
 */
export function formatUtcTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}
