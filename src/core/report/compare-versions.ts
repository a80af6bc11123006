/**
 * Version order for tables and charts: by Java major, then by every number in
 * the string compared numerically (so `b08-66` < `b08-85` and `11.0.2` <
 * `11.0.21`), then as text. Unreadable versions follow the readable ones and
 * the blank version comes last.
 *
 * @example ['17.0.9', '', '11.0.21', '8.202.b08-85', '11.0.2'].sort(compareVersions)
 *   // ['8.202.b08-85', '11.0.2', '11.0.21', '17.0.9', '']
 */
import { parseJavaMajor } from '../inventory/parse-java-major.ts';

const NUMBERS = /\d+/g;

function rank(version: string): number {
  if (version === '') return 2;
  return parseJavaMajor(version) === null ? 1 : 0;
}

export function compareVersions(a: string, b: string): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const byMajor = (parseJavaMajor(a) ?? 0) - (parseJavaMajor(b) ?? 0);
  if (byMajor !== 0) return byMajor;
  const na = a.match(NUMBERS) ?? [];
  const nb = b.match(NUMBERS) ?? [];
  for (let i = 0; i < Math.min(na.length, nb.length); i++) {
    const diff = Number(na[i]) - Number(nb[i]);
    if (diff !== 0) return diff;
  }
  if (na.length !== nb.length) return na.length - nb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
