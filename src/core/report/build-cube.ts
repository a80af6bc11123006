/**
 * Collapses the fleet into a small "cube": one row per distinct (team,
 * version, environment, stale) with a host count, and beside it the counts per
 * distribution (the only figure read by distribution). A million hosts become
 * a few thousand rows, which Arquero then aggregates cheaply. Counting runs on
 * the dictionary codes with typed arrays; no per-host strings or objects are
 * made. Rows come in the order their combination first appears.
 *
 * @example buildCube(fleet, 11).cells.count // Uint32Array [40, 1, 1, ...]
 */
import type { Fleet } from '../inventory/fleet.ts';
import { hostState } from './host-state.ts';

export interface CubeCells {
  readonly team: string[];
  readonly version: string[];
  readonly major: (number | null)[];
  readonly state: string[];
  readonly environment: string[];
  readonly stale: Uint8Array;
  readonly count: Uint32Array;
}

/** Host counts per distribution, in the columns of a counted table. */
export interface DistributionCounts {
  readonly distribution: string[];
  readonly hosts: number[];
  readonly migrated: number[];
  readonly pending: number[];
  readonly unknown: number[];
  readonly stale: number[];
}

export interface Cube {
  readonly cells: CubeCells;
  readonly distributions: DistributionCounts;
}

/** Above this many possible cells, count in a Map instead of a dense array. */
const DENSE_LIMIT = 1 << 22;

function countCells(fleet: Fleet, dims: readonly number[]): Map<number, number> {
  const [, V, E, D] = dims;
  const team = fleet.team.codes;
  const version = fleet.version.codes;
  const environment = fleet.environment.codes;
  const distribution = fleet.distribution.codes;
  const stale = fleet.stale;
  const size = dims.reduce((a, b) => a * b, 2);
  const hosts = fleet.hosts;
  const cells = new Map<number, number>();
  if (size <= DENSE_LIMIT) {
    const dense = new Uint32Array(size);
    // The key spelt out in the loop: a million calls to a key function cost several times more.
    for (let i = 0; i < hosts; i++) {
      dense[(((team[i] * V + version[i]) * E + environment[i]) * D + distribution[i]) * 2 + stale[i]]++;
    }
    for (let k = 0; k < size; k++) if (dense[k] > 0) cells.set(k, dense[k]);
  } else {
    for (let i = 0; i < hosts; i++) {
      const k = (((team[i] * V + version[i]) * E + environment[i]) * D + distribution[i]) * 2 + stale[i];
      cells.set(k, (cells.get(k) ?? 0) + 1);
    }
  }
  return cells;
}

const STATE_FIGURE = { migrated: 'migrated', pending: 'pending', unknown: 'unknown' } as const;

export function buildCube(fleet: Fleet, target: number): Cube {
  const dims = [fleet.team, fleet.version, fleet.environment, fleet.distribution].map((c) =>
    Math.max(c.values.length, 1),
  );
  const [, V, E, D] = dims;
  // Summed over distribution: (team, version, environment, stale) -> hosts, in first-appearance order.
  const cellCounts = new Map<number, number>();
  const byDistribution = new Map<
    number,
    { hosts: number; migrated: number; pending: number; unknown: number; stale: number }
  >();
  for (const [key, count] of countCells(fleet, dims)) {
    const stale = key % 2;
    let rest = (key - stale) / 2;
    const d = rest % D;
    rest = (rest - d) / D;
    const cell = rest * 2 + stale; // ((team * V + version) * E + environment) * 2 + stale
    cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + count);
    const e = rest % E;
    const v = ((rest - e) / E) % V;
    let dist = byDistribution.get(d);
    if (!dist) {
      dist = { hosts: 0, migrated: 0, pending: 0, unknown: 0, stale: 0 };
      byDistribution.set(d, dist);
    }
    dist.hosts += count;
    dist[STATE_FIGURE[hostState(fleet.versionMajor[v], target)]] += count;
    dist.stale += stale * count;
  }
  const n = cellCounts.size;
  const cells: CubeCells = {
    team: new Array(n),
    version: new Array(n),
    major: new Array(n),
    state: new Array(n),
    environment: new Array(n),
    stale: new Uint8Array(n),
    count: new Uint32Array(n),
  };
  let row = 0;
  for (const [key, count] of cellCounts) {
    const stale = key % 2;
    let rest = (key - stale) / 2;
    const e = rest % E;
    rest = (rest - e) / E;
    const v = rest % V;
    const t = (rest - v) / V;
    const major = fleet.versionMajor[v];
    cells.team[row] = fleet.team.values[t];
    cells.version[row] = fleet.version.values[v];
    cells.major[row] = major;
    cells.state[row] = hostState(major, target);
    cells.environment[row] = fleet.environment.values[e];
    cells.stale[row] = stale;
    cells.count[row] = count;
    row++;
  }
  const dists = [...byDistribution];
  return {
    cells,
    distributions: {
      distribution: dists.map(([d]) => fleet.distribution.values[d]),
      hosts: dists.map(([, c]) => c.hosts),
      migrated: dists.map(([, c]) => c.migrated),
      pending: dists.map(([, c]) => c.pending),
      unknown: dists.map(([, c]) => c.unknown),
      stale: dists.map(([, c]) => c.stale),
    },
  };
}
