/**
 * Collapses the fleet into a small "cube": one row per distinct (team,
 * version, environment, distribution, stale) with a host count. A million
 * hosts become a few thousand rows, which Arquero then aggregates cheaply.
 * Counting runs on the dictionary codes with typed arrays; no per-host
 * strings or objects are made.
 *
 * @example buildCube(fleet, 11).count // Uint32Array [40, 1, 1, ...]
 */
import type { Fleet } from '../inventory/fleet.ts';
import { hostState } from './host-state.ts';

export interface Cube {
  readonly team: string[];
  readonly version: string[];
  readonly major: (number | null)[];
  readonly state: string[];
  readonly environment: string[];
  readonly distribution: string[];
  readonly stale: Uint8Array;
  readonly count: Uint32Array;
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
  const key = (i: number) =>
    (((team[i] * V + version[i]) * E + environment[i]) * D + distribution[i]) * 2 + stale[i];
  const cells = new Map<number, number>();
  if (size <= DENSE_LIMIT) {
    const dense = new Uint32Array(size);
    for (let i = 0; i < fleet.hosts; i++) dense[key(i)]++;
    for (let k = 0; k < size; k++) if (dense[k] > 0) cells.set(k, dense[k]);
  } else {
    for (let i = 0; i < fleet.hosts; i++) {
      const k = key(i);
      cells.set(k, (cells.get(k) ?? 0) + 1);
    }
  }
  return cells;
}

export function buildCube(fleet: Fleet, target: number): Cube {
  const dims = [fleet.team, fleet.version, fleet.environment, fleet.distribution].map((c) =>
    Math.max(c.values.length, 1),
  );
  const [, V, E, D] = dims;
  const cells = countCells(fleet, dims);
  const n = cells.size;
  const cube: Cube = {
    team: new Array(n),
    version: new Array(n),
    major: new Array(n),
    state: new Array(n),
    environment: new Array(n),
    distribution: new Array(n),
    stale: new Uint8Array(n),
    count: new Uint32Array(n),
  };
  let row = 0;
  for (const [key, count] of cells) {
    let rest = key;
    const stale = rest % 2;
    rest = (rest - stale) / 2;
    const d = rest % D;
    rest = (rest - d) / D;
    const e = rest % E;
    rest = (rest - e) / E;
    const v = rest % V;
    const t = (rest - v) / V;
    const major = fleet.versionMajor[v];
    cube.team[row] = fleet.team.values[t];
    cube.version[row] = fleet.version.values[v];
    cube.major[row] = major;
    cube.state[row] = hostState(major, target);
    cube.environment[row] = fleet.environment.values[e];
    cube.distribution[row] = fleet.distribution.values[d];
    cube.stale[row] = stale;
    cube.count[row] = count;
    row++;
  }
  return cube;
}
