/**
 * Snapshots for diff and trend tests, made through the real pipeline
 * (records -> inventory -> cleanInventory -> buildReport -> takeSnapshot),
 * plus a random week-to-week change whose effects the tests count themselves.
 */
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import type { Snapshot } from '../../../src/core/snapshot/snapshot.ts';
import { takeSnapshot } from '../../../src/core/snapshot/take-snapshot.ts';
import { type InventoryRecord, inventoryFromRecords } from '../../support/inventory-from-records.ts';
import { rng } from '../snapshot/synthetic-fleet.ts';

export const OLD = '8.202.b08-66(amd64)';
export const NEW = '11.0.2+9-3(amd64)';
export const TEAMS = ['Team Blue', 'Team Red', 'Team Green'];

/** migrated / pending / unknown for the three versions the fixtures use. */
export const stateOfVersion = (v: string | undefined) =>
  v === NEW ? 'migrated' : v === OLD ? 'pending' : 'unknown';

export function snapshotOf(
  records: readonly InventoryRecord[],
  asOf: string,
  hash = 'c0ffee'.repeat(8),
): Snapshot {
  const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
  const takenAt = new Date(asOf);
  const report = buildReport(fleet, DEFAULT_CAMPAIGN, { readAt: takenAt, source: 'test.csv', warnings: [] });
  return takeSnapshot({
    fleet,
    report,
    contentHash: hash,
    source: 'test.csv',
    takenAt,
    asOf: takenAt,
    target: 11,
  });
}

export function weekZero(hosts: number, seed: number, textIds = false): InventoryRecord[] {
  const r = rng(seed);
  const ids = new Set<number>();
  while (ids.size < hosts) ids.add(1 + Math.floor(r() * 9_999_999));
  return [...ids].map((n) => ({
    id: textIds ? `srv-${n.toString(36)}` : String(n),
    team: TEAMS[Math.floor(r() * TEAMS.length)],
    environment: r() < 0.5 ? 'LIVE' : 'DEV',
    version: r() < 0.4 ? NEW : r() < 0.9 ? OLD : '',
    lastSeen: '2024-01-01 06:00',
  }));
}

/** Next week: some hosts upgrade, a few regress or move team, some go, some arrive. */
export function nextWeek(
  records: readonly InventoryRecord[],
  seed: number,
  textIds = false,
): InventoryRecord[] {
  const r = rng(seed);
  const out: InventoryRecord[] = [];
  for (const h of records) {
    const x = r();
    if (x < 0.05) continue; // removed
    let next = { ...h, lastSeen: '2024-01-08 06:00' };
    if (x < 0.25) next = { ...next, version: NEW };
    else if (x < 0.3) next = { ...next, version: OLD };
    else if (x < 0.33) next = { ...next, version: '' };
    if (r() < 0.05) next = { ...next, team: TEAMS[Math.floor(r() * TEAMS.length)] };
    out.push(next);
  }
  for (let i = 0; i < 20; i++) {
    const n = 20_000_000 + seed * 100 + i; // new ids each week
    out.push({
      id: textIds ? `new-${n}` : String(n),
      team: TEAMS[i % 3],
      environment: 'QA',
      version: i % 2 ? NEW : OLD,
      lastSeen: '2024-01-08 06:00',
    });
  }
  return out.reverse(); // a different row order than last week
}
