/**
 * Finds each needed column in the header row. Names match trimmed and
 * case-insensitively (`" cmdb_id "` is `CMDB_Id`), since exports differ in both.
 * When columns are missing, the message names them and lists what was found,
 * and says so when the header was split by another delimiter.
 */
import type { ColumnRole } from './inventory.ts';
import { InventoryFormatError } from './inventory-format-error.ts';

export type ColumnIndexes = Record<ColumnRole, number>;

const OTHER_DELIMITERS: readonly [string, string][] = [
  [';', 'semicolons (";")'],
  ['\t', 'tabs'],
  ['|', 'pipes ("|")'],
];

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * Column index per role, or an InventoryFormatError naming what is wrong.
 * @example resolveHeader(['CMDB_Id', 'Team', ...], DEFAULT_COLUMNS).team // 1
 */
export function resolveHeader(
  names: readonly string[],
  columns: Readonly<Record<ColumnRole, string>>,
): ColumnIndexes {
  const found = names.map(normalise);
  const roles = Object.keys(columns) as ColumnRole[];
  const indexes = {} as ColumnIndexes;
  const missing: string[] = [];
  for (const role of roles) {
    const wanted = normalise(columns[role]);
    const index = found.indexOf(wanted);
    if (index < 0) {
      missing.push(columns[role]);
      continue;
    }
    const again = found.indexOf(wanted, index + 1);
    if (again >= 0) {
      throw new InventoryFormatError(
        'duplicate-columns',
        `The inventory header has the column ${show(columns[role])} twice (columns ${index + 1} and ${again + 1}); keep one so it is clear which to read.`,
      );
    }
    indexes[role] = index;
  }
  if (missing.length === 0) return indexes;
  const line = names.join(',');
  for (const [delimiter, word] of OTHER_DELIMITERS) {
    const split = line.split(delimiter).map(normalise);
    if (split.length > 1 && roles.some((role) => split.includes(normalise(columns[role])))) {
      throw new InventoryFormatError(
        'wrong-delimiter',
        `The inventory is separated by ${word}, but commas (",") are expected: export it as comma-separated CSV. Header found: ${show(clip(line, 120))}.`,
      );
    }
  }
  const list = names.slice(0, 30).map((n) => show(clip(n.trim(), 40)));
  const more = names.length > 30 ? `, … (${names.length} in all)` : '';
  const hint =
    missing.length === roles.length
      ? ' None of the expected columns is there: is the first line a header row, and are the column names in the config right?'
      : ' Column names come from the config (columns:); fix the export or the config.';
  return failMissing(`${missing.map(show).join(', ')}. Columns found: ${list.join(', ')}${more}.${hint}`);
}

function failMissing(detail: string): never {
  throw new InventoryFormatError('missing-columns', `The inventory is missing required columns: ${detail}`);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function show(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return JSON.stringify(text.replace(/[\u0000-\u001f\u007f]+/g, ' '));
}
