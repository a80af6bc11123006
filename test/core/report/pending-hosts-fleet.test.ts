import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import { cleanInventory } from '../../../src/core/inventory/clean-inventory.ts';
import { pendingHosts } from '../../../src/core/report/pending-hosts.ts';
import { inventoryFromRecords } from '../../support/inventory-from-records.ts';

const seen = '2024-05-01 10:00';
// Teams appear out of name order (Team 10 first), so the dictionary order is not the display order.
const records = [
  { id: '9', team: 'Team 10', environment: 'dev', version: '8u202', lastSeen: seen },
  { id: '3', team: 'Team 2', environment: 'dev', version: '', lastSeen: seen },
  { id: '8', team: 'Team 2', environment: 'live', version: '1.8.0_202', lastSeen: seen },
  { id: '1', team: 'Team 2', environment: 'live', version: '11.0.2', lastSeen: seen },
  { id: '5', team: '', environment: 'qa', version: '8u202', lastSeen: seen },
  { id: '2', team: 'Team 10', environment: 'live', version: '17.0.9', lastSeen: seen },
];

describe('pendingHosts for the whole fleet', () => {
  it('lists every pending and unknown host with its team: by team name, LIVE first, then by id', () => {
    const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
    const hosts = pendingHosts(fleet, null, 11);
    expect(hosts.map((h) => [h.team, h.id, h.environment, h.state])).toEqual([
      ['(no team)', '5', 'QA', 'pending'],
      ['Team 2', '8', 'LIVE', 'pending'],
      ['Team 2', '3', 'DEV', 'unknown'],
      ['Team 10', '9', 'DEV', 'pending'],
    ]);
  });

  it('a team’s own list leaves the team out', () => {
    const fleet = cleanInventory(inventoryFromRecords(records), DEFAULT_CAMPAIGN);
    expect(pendingHosts(fleet, 'Team 2', 11).map((h) => h.team)).toEqual([undefined, undefined]);
  });
});
