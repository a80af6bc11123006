/**
 * The end-of-read verdict on the rows that were not kept: no data rows at all
 * fails; ragged rows follow check-ragged-rows.ts; rows with a blank host id are
 * skipped with a warning (nothing can be said about a host without an id), but
 * an export where every row has one fails.
 */
import { checkRaggedRows } from './check-ragged-rows.ts';
import type { InventoryWarning } from './inventory.ts';
import { InventoryFormatError } from './inventory-format-error.ts';
import type { LineTally } from './line-tally.ts';

export interface RowProblems {
  readonly header: readonly string[];
  /** Header name of the host id column, for messages. */
  readonly idColumn: string;
  readonly kept: number;
  readonly ragged: LineTally;
  readonly blankIds: LineTally;
  readonly unterminatedLine: number | null;
}

/**
 * The warnings to attach to the inventory; throws when the rows make no usable inventory.
 * @example checkRowProblems({ header, idColumn: 'CMDB_Id', kept: 99, ragged, blankIds, unterminatedLine: null }, 1) // []
 */
export function checkRowProblems(rows: RowProblems, maxBadRowsPercent: number): InventoryWarning[] {
  const { ragged, blankIds } = rows;
  const dataRows = rows.kept + ragged.count + blankIds.count;
  if (dataRows === 0) {
    throw new InventoryFormatError(
      'no-data-rows',
      `The inventory has a header but no data rows (columns: ${rows.header.join(', ')}). The export may have failed or been cut off.`,
    );
  }
  const warnings: InventoryWarning[] = [];
  const raggedWarning = checkRaggedRows(
    { tally: ragged, dataRows, expectedFields: rows.header.length, unterminatedLine: rows.unterminatedLine },
    maxBadRowsPercent,
  );
  if (raggedWarning) warnings.push(raggedWarning);
  if (rows.kept === 0) {
    throw new InventoryFormatError(
      'no-data-rows',
      `The inventory has no usable rows: every data row has a blank ${rows.idColumn} (${blankIds.describe()}).`,
    );
  }
  const n = blankIds.count;
  if (n > 0) {
    warnings.push({
      code: 'blank-id',
      message: `${n} ${n === 1 ? 'row has' : 'rows have'} a blank ${rows.idColumn} and ${n === 1 ? 'was' : 'were'} skipped: ${blankIds.describe()}.`,
      lines: [...blankIds.lines],
      count: n,
    });
  }
  return warnings;
}
