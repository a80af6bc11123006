/** Decoding the header row's names, and the errors for input that never had one. */
import type { CsvScanner } from './csv-scanner.ts';
import { InventoryFormatError } from './inventory-format-error.ts';
import type { FieldUnquoter } from './unquote-field.ts';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The header's names as written (unquoted, not trimmed), from the scanner's current record.
 * @example readHeaderNames(scanner, unquoter, 3) // ['CMDB_Id', ' Team', 'Installed version']
 */
export function readHeaderNames(scanner: CsvScanner, unquoter: FieldUnquoter, count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = scanner.bounds[i] + 1;
    const end = scanner.bounds[i + 1];
    const bytes =
      scanner.quotedFields > 0 && scanner.quoted[i] === 1
        ? unquoter.bytes.subarray(0, unquoter.unquote(scanner.buf, start, end))
        : scanner.buf.subarray(start, end);
    names.push(utf8.decode(bytes));
  }
  return names;
}

/**
 * The error for an export with no header row at all.
 * @example rejectEmpty(0).message // 'The inventory is empty (0 bytes): …'
 */
export function rejectEmpty(bytes: number): InventoryFormatError {
  return new InventoryFormatError(
    'empty',
    bytes === 0
      ? 'The inventory is empty (0 bytes): the export produced no data. Check the export job or the inventory location.'
      : `The inventory has no header row: its ${bytes} bytes are only blank lines. Check the export job or the inventory location.`,
  );
}

/**
 * The error for input without a line break in its first `maxBytes`.
 * @example rejectLongHeader(1048576).code // 'header-too-long'
 */
export function rejectLongHeader(maxBytes: number): InventoryFormatError {
  return new InventoryFormatError(
    'header-too-long',
    `The inventory has no header line in its first ${maxBytes / 1048576} MiB: it is not a CSV export (or has no line breaks).`,
  );
}
