import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { renderStatusJson } from '../../../src/core/render/render-status-json.ts';
import { renderTeamJson } from '../../../src/core/render/render-team-json.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';
import { articleCsv } from '../report/article-fixture.ts';
import { readCsv } from '../report/reference-report.ts';

const inventory = inventoryFromRecords([
  ...readCsv(articleCsv()).map((r) => ({
    id: r.CMDB_Id,
    team: r.Team,
    environment: r.Environment,
    distribution: r.Distribution,
    lastSeen: r['Last seen'],
    version: r['Installed version'],
  })),
  { id: '1', team: 'Team Unknown', version: '', lastSeen: '2019-03-18 06:42' },
]);
const report = buildReport(cleanInventory(inventory, DEFAULT_CAMPAIGN), DEFAULT_CAMPAIGN, {
  readAt: new Date('2019-03-18T07:00:00Z'),
  source: 'cmdb-aoj.csv',
  warnings: [],
});

const COUNT_KEYS = ['hosts', 'migrated', 'pending', 'unknown', 'stale', 'progressPercent'];

describe('renderStatusJson', () => {
  const json = JSON.parse(renderStatusJson(report));

  it('has the documented shape', () => {
    expect(json.target).toBe(11);
    expect(Object.keys(json.totals).sort()).toEqual([...COUNT_KEYS].sort());
    for (const team of json.teams) {
      for (const key of ['team', ...COUNT_KEYS, 'versions']) expect(team).toHaveProperty(key);
      for (const v of team.versions) expect(Object.keys(v).sort()).toEqual(['count', 'percent', 'version']);
    }
  });

  it("carries the article's figures at full precision, blank version as an empty string", () => {
    const blue = json.teams.find((t: { team: string }) => t.team === 'Team Blue');
    expect(blue.hosts).toBe(42);
    expect(blue.versions).toEqual([
      { version: '8.202.b08-66', count: 1, percent: (100 * 1) / 42 },
      { version: '8.202.b08-85', count: 40, percent: (100 * 40) / 42 },
      { version: '', count: 1, percent: (100 * 1) / 42 },
    ]);
    expect(json.totals).toEqual({
      hosts: 105,
      migrated: 0,
      pending: 100,
      unknown: 5,
      stale: 0,
      progressPercent: 0,
    });
  });

  it('gives null progress when nothing is migrated or pending', () => {
    const unknownTeam = json.teams.find((t: { team: string }) => t.team === 'Team Unknown');
    expect(unknownTeam.progressPercent).toBeNull();
    expect(unknownTeam.versions).toEqual([{ version: '', count: 1, percent: 100 }]);
  });
});

describe('renderTeamJson', () => {
  it("prints the team's object of the status JSON", () => {
    const blue = report.teams.find((t) => t.team === 'Team Blue')!;
    const status = JSON.parse(renderStatusJson(report));
    expect(JSON.parse(renderTeamJson(blue))).toEqual(
      status.teams.find((t: { team: string }) => t.team === 'Team Blue'),
    );
  });
});
