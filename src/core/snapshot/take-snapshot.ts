/**
 * A snapshot of one read of the export: meta (id, times, hash, source), the
 * report model built from it, and the host columns.
 */
import type { Fleet } from '../inventory/fleet.ts';
import type { ReportModel } from '../report/report-model.ts';
import type { Snapshot } from './snapshot.ts';
import { snapshotHostsFromFleet } from './snapshot-hosts-from-fleet.ts';
import { snapshotId } from './snapshot-id.ts';

export interface SnapshotInput {
  readonly fleet: Fleet;
  readonly report: ReportModel;
  readonly contentHash: string;
  readonly source: string;
  /** When the export was read. */
  readonly takenAt: Date;
  /** The date the export describes; default: its newest `Last seen`, else `takenAt`. */
  readonly asOf?: Date;
  /** Campaign target major (hosts at or above it are migrated). */
  readonly target: number;
}

/** The date an export describes: an explicit one, else its newest `Last seen`, else when it was read. */
export function snapshotAsOf(fleet: Fleet, takenAt: Date, asOf?: Date): string {
  if (asOf) return asOf.toISOString();
  return new Date(Number.isFinite(fleet.asOf) ? fleet.asOf : takenAt.getTime()).toISOString();
}

/**
 * Take a snapshot of a loaded fleet and its report.
 *
 * @example takeSnapshot({ fleet, report, contentHash, source: 'cmdb.csv', takenAt: clock.now(), target: 11 }).meta.id
 */
export function takeSnapshot(input: SnapshotInput): Snapshot {
  const asOf = snapshotAsOf(input.fleet, input.takenAt, input.asOf);
  return {
    meta: {
      id: snapshotId(asOf, input.contentHash),
      takenAt: input.takenAt.toISOString(),
      asOf,
      contentHash: input.contentHash,
      source: input.source,
    },
    report: input.report,
    hosts: snapshotHostsFromFleet(input.fleet, input.target),
  };
}
