/**
 * The policy for ragged rows (a field count other than the header's, or a row
 * cut off by an unterminated quote): when they are at most `maxBadRowsPercent`
 * of the data rows they are skipped with a warning, because a few broken lines
 * should not cost everyone the report; above that the load fails, because the
 * figures would then be off by more than the agreed tolerance (default 1 %).
 */
import type { InventoryWarning } from './inventory.ts';
import { InventoryFormatError } from './inventory-format-error.ts';
import type { LineTally } from './line-tally.ts';

export interface RaggedRows {
  readonly tally: LineTally;
  /** Data rows in all (kept, ragged, blank id). */
  readonly dataRows: number;
  readonly expectedFields: number;
  /** First line of a row left open by an unterminated quote at the end of input, if any. */
  readonly unterminatedLine: number | null;
}

/**
 * The warning for skipped ragged rows, null when there are none; throws when there are too many.
 * @example checkRaggedRows({ tally, dataRows: 1000, expectedFields: 8, unterminatedLine: null }, 1) // warning for 3 rows
 */
export function checkRaggedRows(rows: RaggedRows, maxBadRowsPercent: number): InventoryWarning | null {
  const { tally, dataRows, expectedFields, unterminatedLine } = rows;
  if (tally.count === 0) return null;
  const share = (tally.count / dataRows) * 100;
  const what =
    `${tally.count} of ${dataRows} data rows (${formatPercent(share)} %) do not have the ${expectedFields} fields of the header: ` +
    `${tally.describe()}.`;
  const truncated =
    unterminatedLine === null
      ? ''
      : ` The row at line ${unterminatedLine} has a quoted field that never closes: the export may be truncated.`;
  if (share > maxBadRowsPercent) {
    throw new InventoryFormatError(
      'ragged-rows',
      `${what}${truncated} That is more than the ${maxBadRowsPercent} % allowed (inventory.maxBadRowsPercent), so the inventory was not loaded. ` +
        'A comma or quote inside an unquoted value is the usual cause: fix the export or quote such values.',
    );
  }
  return {
    code: 'ragged-rows',
    message: `${what}${truncated} They were skipped.`,
    lines: [...tally.lines],
    count: tally.count,
  };
}

function formatPercent(value: number): string {
  if (value >= 10) return value.toFixed(1);
  return value >= 1 ? value.toFixed(2) : value.toPrecision(2);
}
