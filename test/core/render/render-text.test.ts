import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { pendingHosts } from '../../../src/core/report/pending-hosts.ts';
import { renderStatusText } from '../../../src/core/render/render-status-text.ts';
import { renderTeamText } from '../../../src/core/render/render-team-text.ts';
import { textTable } from '../../../src/core/render/text-table.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';

const seen = '2024-05-06 09:00';
const records = [
  ...Array.from({ length: 6 }, (_, i) => ({
    id: String(100 + i),
    team: 'Team Red',
    environment: i % 2 ? 'live' : 'dev',
    version: '8u202',
    lastSeen: seen,
  })),
  { id: '200', team: 'Team Red', environment: 'qa', version: '11.0.2+9-3(amd64)', lastSeen: seen },
  { id: '201', team: 'Team Blue', environment: 'LIVE', version: '17.0.9', lastSeen: seen },
  { id: '202', team: 'Team Blue', environment: '', version: '8.202.b08-85', lastSeen: '2024-01-01 00:00' },
  { id: '203', team: 'Team \u001b[31mEvil', environment: 'QA', version: '', lastSeen: '' },
];
const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
const report = buildReport(fleet, DEFAULT_CAMPAIGN, {
  readAt: new Date('2024-05-06T09:02:00Z'),
  source: 'cmdb.csv',
  warnings: ['2 ragged rows skipped (lines 7, 9)'],
});

describe('renderStatusText', () => {
  const text = renderStatusText({ report, diff: null, notes: [{ level: 'info', text: 'no history yet' }] });
  const lines = text.split('\n');

  it('leads with the progress figure and a bar', () => {
    // Red 1/7, Blue 1/2: 2 migrated of 9 decided.
    expect(lines[0]).toBe(`Java 11+ migration · ${((2 / 9) * 100).toFixed(1)} % done`);
    expect(lines[1]).toMatch(/^▓{4}░{16} 22\.2 %$/);
    expect(lines[2]).toBe('2 migrated · 7 pending · 1 unknown · 2 stale · 10 hosts');
  });

  it('names the teams furthest behind and the environments LIVE first', () => {
    expect(text).toContain(
      `Furthest behind: Team Red ${((1 / 7) * 100).toFixed(1)} % · Team Blue 50.0 % · Team ?[31mEvil n/a`,
    );
    expect(text).toMatch(/Environments: +LIVE 25\.0 % · /);
  });

  it('aligns the team table', () => {
    const header = lines.find((l) => l.startsWith('Team') && l.includes('Hosts'))!;
    const rows = lines.filter((l) => /^(Team (Red|Blue)|All teams)/.test(l));
    expect(rows).toHaveLength(3);
    const hostsEnd = header.indexOf('Hosts') + 'Hosts'.length;
    // Figures are right-aligned under their heading.
    for (const row of rows) expect(row[hostsEnd - 1]).toMatch(/\d/);
  });

  it('never passes control characters from the inventory to the terminal', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('ends with the source, warnings and notes', () => {
    expect(text).toContain('Inventory as of 2024-05-06 09:00 UTC, read 2024-05-06 09:02 UTC from cmdb.csv');
    expect(text).toContain('warning: 2 ragged rows skipped (lines 7, 9)');
    expect(text).toContain('warning: 1 host(s) have no readable "Last seen" and are counted as stale');
    expect(text).toContain('note: no history yet');
  });
});

describe('renderTeamText', () => {
  const red = report.teams.find((t) => t.team === 'Team Red')!;
  const all = pendingHosts(fleet, 'Team Red', 11);
  const text = renderTeamText({
    report,
    team: red,
    pending: all.slice(0, 4),
    pendingTotal: all.length,
    diff: null,
    forecast: null,
    notes: [],
  });

  it('shows the team progress, versions with percents, environments LIVE first', () => {
    expect(text.split('\n')[0]).toBe(`Team Red · Java 11+ migration · ${((1 / 7) * 100).toFixed(1)} % done`);
    expect(text).toMatch(/ {2}8u202 +pending +6 +85\.7 %/);
    expect(text).toMatch(/ {2}11\.0\.2\+9-3 +migrated +1 +14\.3 %/);
    const envs = text
      .split('Environments:\n')[1]
      .split('\n\n')[0]
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(envs).toEqual(['LIVE', 'DEV', 'QA']);
  });

  it('lists the first pending hosts, LIVE first, and says how many are left', () => {
    expect(text).toContain('Left to migrate: 6 host(s), first 4 (LIVE first):');
    const hostLines = text.split('(LIVE first):\n')[1].split('\n\n')[0].split('\n');
    expect(hostLines.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '101 LIVE',
      '103 LIVE',
      '105 LIVE',
      '100 DEV',
    ]);
  });

  it('says when nothing is left', () => {
    const blue = report.teams.find((t) => t.team === 'Team Blue')!;
    const done = renderTeamText({
      report,
      team: blue,
      pending: [],
      pendingTotal: 0,
      diff: null,
      forecast: null,
      notes: [],
    });
    expect(done).toContain('Nothing left to migrate.');
  });
});

describe('textTable', () => {
  it('pads text left and figures right, without trailing blanks', () => {
    expect(
      textTable(
        [
          ['Team', 'Hosts', ''],
          ['Team Blue', '42', ''],
          ['Red', '1,045', 'x'],
        ],
        ['left', 'right', 'left'],
      ),
    ).toEqual(['Team       Hosts', 'Team Blue     42', 'Red        1,045  x']);
  });
});
