import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { narrowReport } from '../../../src/core/report/narrow-report.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';
import { articleCsv } from './article-fixture.ts';
import { readCsv } from './reference-report.ts';

const records = readCsv(articleCsv()).map((r) => ({
  id: r.CMDB_Id,
  team: r.Team,
  environment: r.Environment,
  version: r['Installed version'],
  lastSeen: r['Last seen'],
}));
const report = buildReport(
  cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN),
  DEFAULT_CAMPAIGN,
  {
    readAt: new Date(0),
    source: 'a.csv',
    warnings: [],
  },
);

describe('narrowReport', () => {
  it("keeps one team's row, its versions with its own counts, and its totals", () => {
    const green = report.teams.find((t) => t.team === 'Team Green')!;
    const narrow = narrowReport(report, green);
    expect(narrow.teams).toEqual([green]);
    expect(narrow.furthestBehind).toEqual(['Team Green']);
    // Team Green in the fixture: 6 on b08-66, 10 on b08-85, nothing else.
    expect(narrow.versions.map((v) => [v.version, v.count, v.state])).toEqual([
      ['8.202.b08-66', 6, 'pending'],
      ['8.202.b08-85', 10, 'pending'],
    ]);
    expect(narrow.totals).toEqual({
      hosts: 16,
      migrated: 0,
      pending: 16,
      unknown: 0,
      stale: 0,
      progressPercent: 0,
    });
    expect(narrow.environments).toBe(green.environments);
    expect(narrow.asOf).toBe(report.asOf);
  });
});
