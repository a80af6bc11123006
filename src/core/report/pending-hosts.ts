/**
 * The hosts of one team still to migrate: pending and unknown (a host whose
 * version nobody can read is still work to do), LIVE first, then by host id.
 * With `team` null, the whole fleet's, each host with its team: by team name
 * (as the report orders teams), then LIVE first, then by host id.
 *
 * Ordering costs one pass, not a sort, on a fleet in id order (as the bot's
 * loader hands it over): rows are put in id order first (a sort only when
 * they are not), then bucketed stably by team and LIVE.
 *
 * @example pendingHosts(fleet, 'Team Blue', 11)[0] // { id: '108380195', environment: 'LIVE', state: 'pending', ... }
 * @example pendingHosts(fleet, null, 11).map((h) => h.team) // ['Team Blue', 'Team Blue', 'Team Red', ...]
 */
import type { Fleet } from '../inventory/fleet.ts';
import { hostState } from './host-state.ts';
import { teamCollator } from './report-order.ts';
import type { PendingHost } from './view-model.ts';

export type { PendingHost };

const FIRST_ENVIRONMENT = 'LIVE';

/** Rank of each team code by the team's name, as the report orders teams. */
function teamRanks(names: readonly string[]): Uint32Array {
  const rank = new Uint32Array(names.length);
  names
    .map((_, code) => code)
    .sort((a, b) => teamCollator.compare(names[a], names[b]))
    .forEach((code, i) => {
      rank[code] = i;
    });
  return rank;
}

/** `rows` in ascending id order (in place; already ordered rows cost one check). */
function byId(fleet: Fleet, rows: Uint32Array): Uint32Array {
  const ids = fleet.ids;
  if (ids.kind === 'numeric') {
    const v = ids.values;
    for (let i = 1; i < rows.length; i++) {
      if (v[rows[i - 1]] > v[rows[i]]) return rows.sort((a, b) => v[a] - v[b]);
    }
    return rows;
  }
  const t = ids.values;
  return rows.sort((a, b) => (t[a] < t[b] ? -1 : t[a] > t[b] ? 1 : 0));
}

/** A stable counting sort of `rows` by `key(row)` in [0, keys). */
function bucket(rows: Uint32Array, keys: number, key: (row: number) => number): Uint32Array {
  const starts = new Uint32Array(keys + 1);
  for (let i = 0; i < rows.length; i++) starts[key(rows[i]) + 1]++;
  for (let k = 0; k < keys; k++) starts[k + 1] += starts[k];
  const out = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[starts[key(rows[i])]++] = rows[i];
  return out;
}

/**
 * The rows of `pendingHosts(fleet, team, target)`, in its order: 4 bytes a host,
 * so a caller can keep them per team and make host entries only for the rows it shows.
 * @example pendingHostRows(fleet, 'Team Blue', 11).length // the team's hosts still to migrate
 */
export function pendingHostRows(fleet: Fleet, team: string | null, target: number): Uint32Array {
  const teamCode = team === null ? -1 : fleet.team.values.indexOf(team);
  if (team !== null && teamCode < 0) return new Uint32Array(0);
  const todoVersion = Uint8Array.from(fleet.versionMajor, (major) =>
    hostState(major, target) !== 'migrated' ? 1 : 0,
  );
  const teams = fleet.team.codes;
  const versions = fleet.version.codes;
  const selected: number[] = [];
  if (team === null) {
    for (let i = 0; i < fleet.hosts; i++) if (todoVersion[versions[i]] === 1) selected.push(i);
  } else {
    for (let i = 0; i < fleet.hosts; i++) {
      if (teams[i] === teamCode && todoVersion[versions[i]] === 1) selected.push(i);
    }
  }
  const live = fleet.environment.values.indexOf(FIRST_ENVIRONMENT);
  const environments = fleet.environment.codes;
  const notLive = (row: number) => (environments[row] === live ? 0 : 1);
  const rows = byId(fleet, Uint32Array.from(selected));
  if (team !== null) return bucket(rows, 2, notLive);
  const rank = teamRanks(fleet.team.values);
  return bucket(rows, fleet.team.values.length * 2, (row) => rank[teams[row]] * 2 + notLive(row));
}

/**
 * Host entries for `rows[from, to)` of `pendingHostRows`; `withTeam` for fleet-wide lists.
 * @example pendingHostsAt(fleet, rows, false, 0, 10) // the first ten
 */
export function pendingHostsAt(
  fleet: Fleet,
  rows: Uint32Array,
  withTeam: boolean,
  from = 0,
  to = rows.length,
): PendingHost[] {
  const ids = fleet.ids;
  return Array.from(rows.subarray(from, to), (row) => {
    const version = fleet.version.codes[row];
    return {
      ...(withTeam ? { team: fleet.team.values[fleet.team.codes[row]] } : {}),
      id: String(ids.values[row]),
      distribution: fleet.distribution.values[fleet.distribution.codes[row]],
      environment: fleet.environment.values[fleet.environment.codes[row]],
      version: fleet.version.values[version],
      state: fleet.versionMajor[version] === null ? 'unknown' : 'pending',
      stale: fleet.stale[row] === 1,
    };
  });
}

export function pendingHosts(fleet: Fleet, team: string | null, target: number): PendingHost[] {
  return pendingHostsAt(fleet, pendingHostRows(fleet, team, target), team === null);
}
