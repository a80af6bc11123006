/**
 * Weekly snapshot series for digest tests, made through the real pipeline
 * (records -> inventory -> cleanInventory -> buildReport -> takeSnapshot).
 * Each team is a plan: how many of its hosts run Java 11 each week (the
 * first N hosts by index), so a test can work out every figure by hand.
 */
import { type Campaign, DEFAULT_CAMPAIGN } from '../../src/core/campaign.ts';
import { cleanInventory } from '../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import type { Snapshot } from '../../src/core/snapshot/snapshot.ts';
import { takeSnapshot } from '../../src/core/snapshot/take-snapshot.ts';
import { type InventoryRecord, inventoryFromRecords } from './inventory-from-records.ts';

export const OLD_VERSION = '8.202.b08-66(amd64)';
export const NEW_VERSION = '11.0.2+9-3(amd64)';

export interface TeamPlan {
  readonly team: string;
  readonly hosts: number;
  /** Hosts on Java 11 in each week (same length as the weeks). */
  readonly migrated: readonly number[];
  readonly owners?: readonly string[];
}

/** Mondays, 06:00 UTC: the newest `Last seen` of each week's export. */
export function weeklyDates(first: string, count: number): string[] {
  const start = Date.parse(first);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 7 * 86_400_000).toISOString());
}

export function campaignFor(plans: readonly TeamPlan[], deadline: string | null): Campaign {
  const owners: Record<string, readonly string[]> = {};
  for (const p of plans) if (p.owners?.length) owners[p.team] = p.owners;
  return { ...DEFAULT_CAMPAIGN, deadline, teamOwners: owners };
}

export function weekRecords(plans: readonly TeamPlan[], week: number, asOf: string): InventoryRecord[] {
  const lastSeen = asOf.slice(0, 16).replace('T', ' ');
  return plans.flatMap((plan, t) =>
    Array.from({ length: plan.hosts }, (_, h) => ({
      id: String((t + 1) * 100_000 + h),
      team: plan.team,
      environment: h % 3 === 0 ? 'LIVE' : 'DEV',
      distribution: 'Debian 11.6',
      version: h < plan.migrated[week] ? NEW_VERSION : OLD_VERSION,
      lastSeen,
    })),
  );
}

/** One snapshot per week of the plans, read one hour after each week's asOf. */
export function seriesSnapshots(
  plans: readonly TeamPlan[],
  campaign: Campaign,
  dates: readonly string[],
): Snapshot[] {
  return dates.map((asOf, week) => {
    const fleet = cleanInventory(inventoryFromRecords(weekRecords(plans, week, asOf)), campaign);
    const takenAt = new Date(Date.parse(asOf) + 3_600_000);
    const report = buildReport(fleet, campaign, { readAt: takenAt, source: 'cmdb.csv', warnings: [] });
    const hash = week.toString(16).padStart(64, '0');
    return takeSnapshot({
      fleet,
      report,
      contentHash: hash,
      source: 'cmdb.csv',
      takenAt,
      target: campaign.target,
    });
  });
}
