/**
 * Builds an `Inventory` from plain records, dictionary-encoding each column
 * the way the scanner does, so core tests need no CSV parser. Ids become
 * numeric when every id is a plain integer of at most 15 digits.
 */
import type { DictColumn, HostIds, Inventory } from '../../src/core/inventory/inventory.ts';

export interface InventoryRecord {
  readonly id: string;
  readonly distribution?: string;
  readonly environment?: string;
  readonly team?: string;
  readonly lastSeen?: string;
  readonly version?: string;
}

function encode(texts: readonly string[]): DictColumn {
  const codeOf = new Map<string, number>();
  const values: string[] = [];
  const codes = new Uint32Array(texts.length);
  texts.forEach((text, i) => {
    let code = codeOf.get(text);
    if (code === undefined) {
      code = values.length;
      codeOf.set(text, code);
      values.push(text);
    }
    codes[i] = code;
  });
  return { codes, values };
}

function hostIds(ids: readonly string[]): HostIds {
  if (ids.every((id) => /^\d{1,15}$/.test(id)))
    return { kind: 'numeric', values: Float64Array.from(ids, Number) };
  return { kind: 'text', values: [...ids] };
}

export function inventoryFromRecords(records: readonly InventoryRecord[]): Inventory {
  const column = (key: Exclude<keyof InventoryRecord, 'id'>) => encode(records.map((r) => r[key] ?? ''));
  return {
    rows: records.length,
    ids: hostIds(records.map((r) => r.id)),
    distribution: column('distribution'),
    environment: column('environment'),
    team: column('team'),
    lastSeen: column('lastSeen'),
    version: column('version'),
    warnings: [],
    bytes: 0,
  };
}
