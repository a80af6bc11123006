import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { pendingHosts } from '../../../src/core/report/pending-hosts.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';

const seen = '2024-05-01 10:00';
const records = [
  {
    id: '30',
    team: 'Team Red',
    environment: 'dev',
    version: '8u202',
    lastSeen: seen,
    distribution: 'Debian 9.8',
  },
  {
    id: '20',
    team: 'Team Red',
    environment: 'LIVE',
    version: '',
    lastSeen: '2024-01-01',
    distribution: 'Debian 8.11',
  },
  { id: '5', team: 'Team Red', environment: 'qa', version: '11.0.2', lastSeen: seen },
  { id: '4', team: 'Team Blue', environment: 'live', version: '8u202', lastSeen: seen },
  { id: '100', team: 'Team Red', environment: 'live', version: '1.8.0_202', lastSeen: seen },
  { id: '7', team: 'Team Red', environment: '', version: '1.7.0_80', lastSeen: seen },
];

describe('pendingHosts', () => {
  it('lists pending and unknown hosts of one team, LIVE first, then by id', () => {
    const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
    expect(pendingHosts(fleet, 'Team Red', 11)).toEqual([
      {
        id: '20',
        distribution: 'Jessie [8]',
        environment: 'LIVE',
        version: '',
        state: 'unknown',
        stale: true,
      },
      {
        id: '100',
        distribution: '',
        environment: 'LIVE',
        version: '1.8.0_202',
        state: 'pending',
        stale: false,
      },
      { id: '7', distribution: '', environment: 'N/A', version: '1.7.0_80', state: 'pending', stale: false },
      {
        id: '30',
        distribution: 'Stretch [9]',
        environment: 'DEV',
        version: '8u202',
        state: 'pending',
        stale: false,
      },
    ]);
  });

  it('follows the target and sorts text ids as text', () => {
    const fleet = cleanInventory(
      inventoryFromRecords(records.map((r) => ({ ...r, id: `host-${r.id}` }))),
      DEFAULT_CAMPAIGN,
    );
    expect(pendingHosts(fleet, 'Team Red', 8).map((h) => h.id)).toEqual(['host-20', 'host-7']);
    expect(pendingHosts(fleet, 'Team Red', 17).map((h) => h.id)).toEqual([
      'host-100',
      'host-20',
      'host-30',
      'host-5',
      'host-7',
    ]);
  });

  it('is empty for a team that is not in the fleet', () => {
    const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
    expect(pendingHosts(fleet, 'Team Nobody', 11)).toEqual([]);
  });
});
