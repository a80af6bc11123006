/**
 * The per-host columns of a snapshot, taken from a cleaned Fleet: the host's
 * campaign state is fixed here (against the campaign target of the day), and
 * numeric ids are put in ascending order so two snapshots diff in one merge pass.
 */
import type { Fleet, FleetColumn } from '../inventory/fleet.ts';
import type { HostIds } from '../inventory/inventory.ts';
import { hostState } from '../report/host-state.ts';
import { sortOrder } from './sort-order.ts';
import {
  type CodeArray,
  STALE_BIT,
  STATE_CODE,
  type SnapshotColumn,
  type SnapshotHosts,
} from './snapshot.ts';

/** The smallest unsigned array that holds codes below `size`. */
function codeArrayFor(size: number, length: number): CodeArray {
  if (size <= 0x100) return new Uint8Array(length);
  if (size <= 0x10000) return new Uint16Array(length);
  return new Uint32Array(length);
}

function sortedOrder(ids: HostIds): Uint32Array | null {
  if (ids.kind !== 'numeric') return null;
  const v = ids.values;
  let sorted = true;
  for (let i = 1; i < v.length && sorted; i++) if (v[i - 1] > v[i]) sorted = false;
  return sorted ? null : sortOrder(v);
}

function column(source: FleetColumn, order: Uint32Array | null): SnapshotColumn {
  const codes = codeArrayFor(source.values.length, source.codes.length);
  if (order) for (let i = 0; i < order.length; i++) codes[i] = source.codes[order[i]];
  else codes.set(source.codes);
  return { codes, values: source.values };
}

/**
 * Snapshot host columns for `fleet`, hosts migrated when their Java major is at least `target`.
 *
 * @example snapshotHostsFromFleet(fleet, 11).state[0] // STATE_CODE.pending for a Java 8 host
 */
export function snapshotHostsFromFleet(fleet: Fleet, target: number): SnapshotHosts {
  const order = sortedOrder(fleet.ids);
  const n = fleet.hosts;
  const versionState = fleet.versionMajor.map((major) => STATE_CODE[hostState(major, target)]);
  const state = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = order ? order[i] : i;
    state[i] = versionState[fleet.version.codes[row]] | (fleet.stale[row] ? STALE_BIT : 0);
  }
  let ids: HostIds = fleet.ids;
  if (order && fleet.ids.kind === 'numeric') {
    const from = fleet.ids.values;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = from[order[i]];
    ids = { kind: 'numeric', values };
  }
  return {
    count: n,
    ids,
    team: column(fleet.team, order),
    environment: column(fleet.environment, order),
    distribution: column(fleet.distribution, order),
    version: column(fleet.version, order),
    versionMajor: fleet.versionMajor,
    state,
  };
}
