/**
 * A Fleet rebuilt from a stored snapshot, so the use cases can answer from the
 * last good snapshot (inventory unreachable or bad) with the same code that
 * answers from a fresh read. What a snapshot does not keep is marked as
 * missing: `lastSeen` is NaN for every host (staleness is kept as a flag).
 */
import type { Fleet, FleetColumn } from '../inventory/fleet.ts';
import { STALE_BIT, type Snapshot, type SnapshotColumn } from './snapshot.ts';

const column = (c: SnapshotColumn): FleetColumn => ({
  codes: c.codes instanceof Uint32Array ? c.codes : Uint32Array.from(c.codes),
  values: c.values,
});

/**
 * Fleet view of a snapshot.
 *
 * @example fleetFromSnapshot(decodeSnapshot(bytes)).hosts === snapshot.hosts.count
 */
export function fleetFromSnapshot(snapshot: Snapshot): Fleet {
  const h = snapshot.hosts;
  const stale = new Uint8Array(h.count);
  for (let i = 0; i < h.count; i++) stale[i] = h.state[i] & STALE_BIT ? 1 : 0;
  return {
    hosts: h.count,
    ids: h.ids,
    team: column(h.team),
    environment: column(h.environment),
    distribution: column(h.distribution),
    version: column(h.version),
    versionMajor: h.versionMajor,
    lastSeen: new Float64Array(h.count).fill(Number.NaN),
    stale,
    asOf: Date.parse(snapshot.meta.asOf),
    duplicatesDropped: snapshot.report.duplicatesDropped,
  };
}
