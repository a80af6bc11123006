/**
 * The same fleet with its hosts in ascending numeric id order, the order a
 * snapshot keeps them in: the fleet worker sorts once off the event loop, so
 * snapshotting on the main thread is a copy instead of a million-host sort.
 * Text ids and fleets already in order come back as they are.
 *
 * @example sortFleetById(fleet).ids.values // Float64Array [101, 205, 317, ...]
 */
import type { Fleet, FleetColumn } from '../inventory/fleet.ts';
import { sortOrder } from './sort-order.ts';

// One loop per array type: a loop shared by several element kinds runs several times slower.
function gatherCodes(source: Uint32Array, order: Uint32Array): Uint32Array {
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = source[order[i]];
  return out;
}

function gatherNumbers(source: Float64Array, order: Uint32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = source[order[i]];
  return out;
}

function gatherFlags(source: Uint8Array, order: Uint32Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = source[order[i]];
  return out;
}

const column = (c: FleetColumn, order: Uint32Array): FleetColumn => ({
  codes: gatherCodes(c.codes, order),
  values: c.values,
});

export function sortFleetById(fleet: Fleet): Fleet {
  if (fleet.ids.kind !== 'numeric') return fleet;
  const ids = fleet.ids.values;
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) if (ids[i - 1] > ids[i]) sorted = false;
  if (sorted) return fleet;
  const order = sortOrder(ids);
  return {
    ...fleet,
    ids: { kind: 'numeric', values: gatherNumbers(ids, order) },
    team: column(fleet.team, order),
    environment: column(fleet.environment, order),
    distribution: column(fleet.distribution, order),
    version: column(fleet.version, order),
    lastSeen: gatherNumbers(fleet.lastSeen, order),
    stale: gatherFlags(fleet.stale, order),
  };
}
