/**
 * The hosts of one team still to migrate: pending and unknown (a host whose
 * version nobody can read is still work to do), LIVE first, then by host id.
 * With `team` null, the whole fleet's, each host with its team: by team name
 * (as the report orders teams), then LIVE first, then by host id.
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

/** Rows compared by their team's name, as the report orders teams. */
function teamOrder(names: readonly string[], codes: ArrayLike<number>): (a: number, b: number) => number {
  const rank = new Array<number>(names.length);
  names
    .map((_, code) => code)
    .sort((a, b) => teamCollator.compare(names[a], names[b]))
    .forEach((code, i) => {
      rank[code] = i;
    });
  return (a, b) => rank[codes[a]] - rank[codes[b]];
}

export function pendingHosts(fleet: Fleet, team: string | null, target: number): PendingHost[] {
  const teamCode = team === null ? -1 : fleet.team.values.indexOf(team);
  if (team !== null && teamCode < 0) return [];
  const todoVersion = fleet.versionMajor.map((major) => hostState(major, target) !== 'migrated');
  const rows: number[] = [];
  const teams = fleet.team.codes;
  for (let i = 0; i < fleet.hosts; i++) {
    if ((team === null || teams[i] === teamCode) && todoVersion[fleet.version.codes[i]]) rows.push(i);
  }
  const ids = fleet.ids;
  const live = fleet.environment.values.indexOf(FIRST_ENVIRONMENT);
  const isLive = (row: number) => Number(fleet.environment.codes[row] === live);
  const byId =
    ids.kind === 'numeric'
      ? (a: number, b: number) => ids.values[a] - ids.values[b]
      : (a: number, b: number) =>
          ids.values[a] < ids.values[b] ? -1 : ids.values[a] > ids.values[b] ? 1 : 0;
  const byTeam = team === null ? teamOrder(fleet.team.values, teams) : () => 0;
  rows.sort((a, b) => byTeam(a, b) || isLive(b) - isLive(a) || byId(a, b));
  return rows.map((row) => {
    const version = fleet.version.codes[row];
    return {
      ...(team === null ? { team: fleet.team.values[teams[row]] } : {}),
      id: String(ids.values[row]),
      distribution: fleet.distribution.values[fleet.distribution.codes[row]],
      environment: fleet.environment.values[fleet.environment.codes[row]],
      version: fleet.version.values[version],
      state: fleet.versionMajor[version] === null ? 'unknown' : 'pending',
      stale: fleet.stale[row] === 1,
    };
  });
}
