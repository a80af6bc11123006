/**
 * pendingHosts' order on larger random fleets, against a plain filter and
 * comparator sort written here: the same list whether the fleet comes in id
 * order (as the bot's loader hands it over) or in file order, with numeric or
 * text ids, for one team and for the whole fleet.
 */
import { describe, expect, it } from 'vitest';
import type { Fleet } from '../../../src/core/inventory/fleet.ts';
import { pendingHosts } from '../../../src/core/report/pending-hosts.ts';
import { sortFleetById } from '../../../src/core/snapshot/sort-fleet-by-id.ts';
import { stateOf, syntheticFleet } from '../snapshot/synthetic-fleet.ts';

function expected(fleet: Fleet, team: string | null, target: number): string[] {
  const teamOf = (i: number) => fleet.team.values[fleet.team.codes[i]];
  const isLive = (i: number) => fleet.environment.values[fleet.environment.codes[i]] === 'LIVE';
  const id = (i: number) => fleet.ids.values[i];
  const rows = Array.from({ length: fleet.hosts }, (_, i) => i).filter(
    (i) => (team === null || teamOf(i) === team) && stateOf(fleet, i, target) !== 'migrated',
  );
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  rows.sort(
    (a, b) =>
      (team === null ? collator.compare(teamOf(a), teamOf(b)) : 0) ||
      Number(isLive(b)) - Number(isLive(a)) ||
      (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0),
  );
  return rows.map((i) => `${team === null ? `${teamOf(i)} ` : ''}${id(i)}`);
}

const listed = (fleet: Fleet, team: string | null, target: number) =>
  pendingHosts(fleet, team, target).map((h) => `${h.team === undefined ? '' : `${h.team} `}${h.id}`);

describe('pendingHosts order', () => {
  for (const ids of ['numeric', 'text'] as const) {
    it(`matches a plain sort for ${ids} ids, in file order and in id order`, () => {
      const fleet = syntheticFleet({ hosts: 3000, seed: 11, ids, teams: 12 });
      for (const f of [fleet, sortFleetById(fleet)]) {
        for (const target of [11, 17]) {
          expect(listed(f, 'Team 3', target)).toEqual(expected(f, 'Team 3', target));
          expect(listed(f, null, target)).toEqual(expected(f, null, target));
        }
      }
    });
  }
});
