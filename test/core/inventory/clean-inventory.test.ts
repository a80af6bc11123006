import { describe, expect, it } from 'vitest';
import { type Campaign, DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import type { Fleet } from '../../../src/core/inventory/fleet.ts';
import { type InventoryRecord, inventoryFromRecords } from '../../support/inventory-from-records.ts';

const campaign: Campaign = { ...DEFAULT_CAMPAIGN, staleDays: 30, teamAliases: { 'team azure': 'Team Blue' } };

/** Row i of the fleet as plain values, to compare with expectations. */
function host(fleet: Fleet, i: number) {
  return {
    id: String(fleet.ids.values[i]),
    team: fleet.team.values[fleet.team.codes[i]],
    environment: fleet.environment.values[fleet.environment.codes[i]],
    distribution: fleet.distribution.values[fleet.distribution.codes[i]],
    version: fleet.version.values[fleet.version.codes[i]],
    major: fleet.versionMajor[fleet.version.codes[i]],
    lastSeen: fleet.lastSeen[i],
    stale: fleet.stale[i],
  };
}

const rows = (fleet: Fleet) => Array.from({ length: fleet.hosts }, (_, i) => host(fleet, i));

describe('cleanInventory', () => {
  it('cleans every column per distinct value and merges values that clean alike', () => {
    const fleet = cleanInventory(
      inventoryFromRecords([
        {
          id: '1',
          team: ' Team Blue',
          environment: 'live',
          distribution: 'Debian 8.11',
          lastSeen: '2019-03-18 06:42',
          version: '8.202.b08-66(amd64)',
        },
        {
          id: '2',
          team: 'Team Azure',
          environment: '--',
          distribution: 'Debian 9.6',
          lastSeen: '2019-03-18 06:42',
          version: ' 11.0.2+9-3(amd64)',
        },
        {
          id: '3',
          team: '',
          environment: '',
          distribution: 'Debian 8.6',
          lastSeen: '2019-03-18T06:42:00Z',
          version: '',
        },
        {
          id: '4',
          team: 'Team Blue',
          environment: 'LIVE',
          distribution: 'Ubuntu 22.04',
          lastSeen: '2019-03-18 06:42',
          version: '11.0.2+9-3(arm64)',
        },
      ]),
      campaign,
    );
    expect(fleet.hosts).toBe(4);
    expect(
      rows(fleet).map(({ id, team, environment, distribution, version, major }) => [
        id,
        team,
        environment,
        distribution,
        version,
        major,
      ]),
    ).toEqual([
      ['1', 'Team Blue', 'LIVE', 'Jessie [8]', '8.202.b08-66', 8],
      ['2', 'Team Blue', 'N/A', 'Stretch [9]', '11.0.2+9-3', 11],
      ['3', '(no team)', 'N/A', 'Jessie [8]', '', null],
      ['4', 'Team Blue', 'LIVE', 'Ubuntu 22.04', '11.0.2+9-3', 11],
    ]);
    // Values that clean alike share one dictionary entry.
    expect(fleet.team.values).toEqual(['Team Blue', '(no team)']);
    expect(fleet.environment.values).toEqual(['LIVE', 'N/A']);
    expect(fleet.version.values).toEqual(['8.202.b08-66', '11.0.2+9-3', '']);
    expect(fleet.versionMajor).toEqual([8, 11, null]);
    expect(fleet.duplicatesDropped).toBe(0);
  });

  it('keeps the row with the latest Last seen for a repeated numeric id', () => {
    const fleet = cleanInventory(
      inventoryFromRecords([
        { id: '10', lastSeen: '2019-03-10 00:00', version: '8u212' },
        { id: '20', lastSeen: '2019-03-18 00:00', version: '8u212' },
        { id: '10', lastSeen: '2019-03-17 00:00', version: '11.0.2' },
        { id: '10', lastSeen: '2019-03-12 00:00', version: '1.7.0_80' },
        { id: '30', lastSeen: '2019-03-18 00:00', version: '17' },
      ]),
      campaign,
    );
    expect(fleet.ids.kind).toBe('numeric');
    expect(rows(fleet).map((h) => [h.id, h.version])).toEqual([
      ['20', '8u212'],
      ['10', '11.0.2'],
      ['30', '17'],
    ]);
    expect(fleet.duplicatesDropped).toBe(2);
  });

  it('on a Last seen tie the later row in the file wins; a readable date beats an unreadable one', () => {
    const fleet = cleanInventory(
      inventoryFromRecords([
        { id: 'web-1', lastSeen: '2019-03-18 06:42', version: 'first' },
        { id: 'web-1', lastSeen: '2019-03-18 06:42', version: 'second' },
        { id: 'db-1', lastSeen: '2019-03-01 00:00', version: 'dated' },
        { id: 'db-1', lastSeen: 'garbage', version: 'undated' },
        { id: 'db-2', lastSeen: '', version: 'a' },
        { id: 'db-2', lastSeen: '', version: 'b' },
      ]),
      campaign,
    );
    expect(fleet.ids.kind).toBe('text');
    expect(rows(fleet).map((h) => [h.id, h.version])).toEqual([
      ['web-1', 'second'],
      ['db-1', 'dated'],
      ['db-2', 'b'],
    ]);
    expect(fleet.duplicatesDropped).toBe(3);
  });

  it('marks hosts stale relative to the newest Last seen, unreadable dates included', () => {
    const asOf = '2019-03-18 06:42';
    const fleet = cleanInventory(
      inventoryFromRecords([
        { id: '1', lastSeen: asOf },
        { id: '2', lastSeen: '2019-02-16 06:42' }, // exactly 30 days before: not stale
        { id: '3', lastSeen: '2019-02-16 06:41' }, // a minute more: stale
        { id: '4', lastSeen: '' },
        { id: '5', lastSeen: 'last tuesday' },
        { id: '6', lastSeen: '2018-01-01' },
      ]),
      campaign,
    );
    expect(fleet.asOf).toBe(Date.UTC(2019, 2, 18, 6, 42));
    expect(Array.from(fleet.stale)).toEqual([0, 0, 1, 1, 1, 1]);
    expect(Number.isNaN(fleet.lastSeen[3])).toBe(true);
  });

  it('uses the configured stale days', () => {
    const records: InventoryRecord[] = [
      { id: '1', lastSeen: '2019-03-18' },
      { id: '2', lastSeen: '2019-03-10' },
    ];
    expect(
      Array.from(cleanInventory(inventoryFromRecords(records), { ...campaign, staleDays: 7 }).stale),
    ).toEqual([0, 1]);
    expect(
      Array.from(cleanInventory(inventoryFromRecords(records), { ...campaign, staleDays: 8 }).stale),
    ).toEqual([0, 0]);
  });

  it('has no asOf when no Last seen is readable', () => {
    const fleet = cleanInventory(inventoryFromRecords([{ id: '1' }, { id: '2', lastSeen: '?' }]), campaign);
    expect(fleet.asOf).toBeNaN();
    expect(Array.from(fleet.stale)).toEqual([1, 1]);
  });

  it('handles an empty inventory', () => {
    const fleet = cleanInventory(inventoryFromRecords([]), campaign);
    expect(fleet.hosts).toBe(0);
    expect(fleet.asOf).toBeNaN();
  });

  it('resolves many duplicates among many unique numeric ids', () => {
    const records: InventoryRecord[] = [];
    for (let i = 0; i < 5000; i++)
      records.push({ id: String(100000 + i), lastSeen: '2019-03-01', version: '8' });
    for (let i = 0; i < 5000; i += 5)
      records.push({ id: String(100000 + i), lastSeen: '2019-03-02', version: '11' });
    const fleet = cleanInventory(inventoryFromRecords(records), campaign);
    expect(fleet.hosts).toBe(5000);
    expect(fleet.duplicatesDropped).toBe(1000);
    const all = rows(fleet);
    expect(new Set(all.map((h) => h.id)).size).toBe(5000);
    expect(all.filter((h) => h.version === '11').length).toBe(1000);
    expect(all.every((h) => (Number(h.id) % 5 === 0) === (h.version === '11'))).toBe(true);
  });
});
