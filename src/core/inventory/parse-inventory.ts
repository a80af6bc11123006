/** Reading a whole export already in memory (tests, small files). */
import { createInventoryReader, type InventoryReaderOptions } from './create-inventory-reader.ts';
import type { ColumnRole, Inventory } from './inventory.ts';

/**
 * The raw Inventory of a whole CSV buffer.
 * @example parseInventory(new TextEncoder().encode(csv), DEFAULT_COLUMNS).team.values // ['Team Blue']
 */
export function parseInventory(
  bytes: Uint8Array,
  columns: Readonly<Record<ColumnRole, string>>,
  options: InventoryReaderOptions = { maxBadRowsPercent: 1 },
): Inventory {
  const reader = createInventoryReader(columns, options);
  reader.push(bytes);
  return reader.end();
}
