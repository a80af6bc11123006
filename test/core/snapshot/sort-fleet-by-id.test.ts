import { describe, expect, it } from 'vitest';
import type { Fleet } from '../../../src/core/inventory/fleet.ts';
import { sortFleetById } from '../../../src/core/snapshot/sort-fleet-by-id.ts';
import { syntheticFleet } from './synthetic-fleet.ts';

/** Every host as one line of its values, keyed by id. */
function hostsById(fleet: Fleet): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < fleet.hosts; i++) {
    const cells = [
      fleet.team.values[fleet.team.codes[i]],
      fleet.environment.values[fleet.environment.codes[i]],
      fleet.distribution.values[fleet.distribution.codes[i]],
      fleet.version.values[fleet.version.codes[i]],
      fleet.lastSeen[i],
      fleet.stale[i],
    ];
    out.set(String(fleet.ids.values[i]), cells.join('|'));
  }
  return out;
}

describe('sortFleetById', () => {
  it('puts numeric ids in ascending order, each host keeping its own values', () => {
    const fleet = syntheticFleet({ hosts: 5000, seed: 3 });
    const sorted = sortFleetById(fleet);
    const ids = Array.from(sorted.ids.values as Float64Array);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(hostsById(sorted)).toEqual(hostsById(fleet));
    expect(sorted.hosts).toBe(fleet.hosts);
    expect(sorted.versionMajor).toBe(fleet.versionMajor);
    expect(sorted.asOf).toBe(fleet.asOf);
  });

  it('returns a fleet already in order, or with text ids, as it is', () => {
    const sorted = sortFleetById(syntheticFleet({ hosts: 200, seed: 4 }));
    expect(sortFleetById(sorted)).toBe(sorted);
    const text = syntheticFleet({ hosts: 200, seed: 5, ids: 'text' });
    expect(sortFleetById(text)).toBe(text);
  });
});
