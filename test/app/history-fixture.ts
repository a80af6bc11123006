/**
 * Inventory reads for history tests, made through the real core pipeline
 * (records -> cleanInventory -> buildReport), and a stopwatch-free logger.
 */
import { createHash } from 'node:crypto';
import type { CurrentInventory } from '../../src/app/current-inventory.ts';
import type { Logger } from '../../src/app/ports.ts';
import { DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { cleanInventory } from '../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { type InventoryRecord, inventoryFromRecords } from '../support/inventory-from-records.ts';

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function inventoryOf(records: readonly InventoryRecord[], readAt: string): CurrentInventory {
  const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
  const at = new Date(readAt);
  return {
    fleet,
    report: buildReport(fleet, DEFAULT_CAMPAIGN, { readAt: at, source: 'records.csv', warnings: [] }),
    contentHash: createHash('sha256').update(JSON.stringify(records)).digest('hex'),
    source: 'records.csv',
    readAt: at,
    validators: {},
    origin: 'fetch',
  };
}
