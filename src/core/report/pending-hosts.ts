/**
 * The hosts of one team still to migrate: pending and unknown (a host whose
 * version nobody can read is still work to do), LIVE first, then by host id.
 *
 * @example pendingHosts(fleet, 'Team Blue', 11)[0] // { id: '108380195', environment: 'LIVE', state: 'pending', ... }
 */
import type { Fleet } from '../inventory/fleet.ts';
import { hostState } from './host-state.ts';
import type { PendingHost } from './view-model.ts';

export type { PendingHost };

const FIRST_ENVIRONMENT = 'LIVE';

export function pendingHosts(fleet: Fleet, team: string, target: number): PendingHost[] {
  const teamCode = fleet.team.values.indexOf(team);
  if (teamCode < 0) return [];
  const todoVersion = fleet.versionMajor.map((major) => hostState(major, target) !== 'migrated');
  const rows: number[] = [];
  for (let i = 0; i < fleet.hosts; i++) {
    if (fleet.team.codes[i] === teamCode && todoVersion[fleet.version.codes[i]]) rows.push(i);
  }
  const ids = fleet.ids;
  const live = fleet.environment.values.indexOf(FIRST_ENVIRONMENT);
  const isLive = (row: number) => Number(fleet.environment.codes[row] === live);
  const byId =
    ids.kind === 'numeric'
      ? (a: number, b: number) => ids.values[a] - ids.values[b]
      : (a: number, b: number) =>
          ids.values[a] < ids.values[b] ? -1 : ids.values[a] > ids.values[b] ? 1 : 0;
  rows.sort((a, b) => isLive(b) - isLive(a) || byId(a, b));
  return rows.map((row) => {
    const version = fleet.version.codes[row];
    return {
      id: String(ids.values[row]),
      distribution: fleet.distribution.values[fleet.distribution.codes[row]],
      environment: fleet.environment.values[fleet.environment.codes[row]],
      version: fleet.version.values[version],
      state: fleet.versionMajor[version] === null ? 'unknown' : 'pending',
      stale: fleet.stale[row] === 1,
    };
  });
}
