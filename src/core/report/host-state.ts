/**
 * A host's state in the campaign from its Java major: migrated at or above
 * the target, pending below it, unknown when the version is blank or unreadable.
 *
 * @example hostState(8, 11) // 'pending'
 * @example hostState(null, 11) // 'unknown'
 */
import type { HostState } from '../inventory/fleet.ts';

export function hostState(major: number | null, target: number): HostState {
  if (major === null) return 'unknown';
  return major >= target ? 'migrated' : 'pending';
}
