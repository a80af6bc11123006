/**
 * Cleans a dictionary-encoded column by cleaning each DISTINCT value once and
 * remapping the row codes through a lookup table: a million rows with thirty
 * distinct versions cost thirty `clean` calls, not a million. Raw values that
 * clean to the same text (` Team Blue` and `Team Blue`) share one code.
 *
 * @example cleanDictColumn({ codes: Uint32Array.of(0, 1), values: ['qa', 'QA'] }, up, null)
 *   // { codes: Uint32Array [0, 0], values: ['QA'] }
 */
import type { DictColumn } from './inventory.ts';
import type { FleetColumn } from './fleet.ts';

/**
 * @param rows the row indices to keep, in order (after de-duplication), or null for every row.
 */
export function cleanDictColumn(
  column: DictColumn,
  clean: (raw: string) => string,
  rows: Uint32Array | null,
): FleetColumn {
  const lookup = new Uint32Array(column.values.length);
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < column.values.length; i++) {
    const cleaned = clean(column.values[i]);
    let code = codeOf.get(cleaned);
    if (code === undefined) {
      code = values.length;
      codeOf.set(cleaned, code);
      values.push(cleaned);
    }
    lookup[i] = code;
  }
  const source = column.codes;
  const n = rows ? rows.length : source.length;
  const codes = new Uint32Array(n);
  if (rows) for (let i = 0; i < n; i++) codes[i] = lookup[source[rows[i]]];
  else for (let i = 0; i < n; i++) codes[i] = lookup[source[i]];
  return { codes, values };
}
