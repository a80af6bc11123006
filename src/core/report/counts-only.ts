/**
 * The six figures of a group and nothing else: a team or an environment
 * carries more keys (name, versions, owners) that a stored summary or the
 * JSON's counts must not copy along. Keys keep the Counts order, so JSON
 * written from them stays byte-for-byte the same.
 */
import type { Counts } from './report-model.ts';

/**
 * Only the Counts keys of `c`.
 * @example countsOnly(teamReport) // { hosts: 42, migrated: 0, pending: 41, unknown: 1, stale: 0, progressPercent: 0 }
 */
export function countsOnly(c: Counts): Counts {
  return {
    hosts: c.hosts,
    migrated: c.migrated,
    pending: c.pending,
    unknown: c.unknown,
    stale: c.stale,
    progressPercent: c.progressPercent,
  };
}
