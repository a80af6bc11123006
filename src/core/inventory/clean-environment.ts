/**
 * Canonical environment name, the article's rule: blank means `--`, `--`
 * means `N/A`, and everything is upper-cased (`live` and `LIVE` are one).
 *
 * @example cleanEnvironment(' qa ') // 'QA'
 * @example cleanEnvironment('') // 'N/A'
 */
export function cleanEnvironment(raw: string): string {
  const trimmed = raw.trim();
  return (trimmed === '' ? '--' : trimmed).replaceAll('--', 'N/A').toUpperCase();
}
