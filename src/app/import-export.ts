/**
 * `import`: one export a team kept from an earlier week becomes the snapshot
 * of its date (given, or the export's newest `Last seen`), so history can be
 * backfilled on day one. Importing the same export again finds the same
 * snapshot id (date + content hash) and changes nothing.
 */
import type { Campaign } from '../core/campaign.ts';
import { buildReport } from '../core/report/build-report.ts';
import type { RetentionPolicy } from '../core/snapshot/select-prunable.ts';
import { takeSnapshot } from '../core/snapshot/take-snapshot.ts';
import type { Clock, FleetLoader, SnapshotStore } from './ports.ts';
import { storeSnapshot } from './store-snapshot.ts';

export interface ImportDeps {
  readonly store: SnapshotStore;
  readonly campaign: Campaign;
  readonly clock: Clock;
  readonly keepAllDays: RetentionPolicy['keepAllDays'];
}

export interface ImportResult {
  readonly source: string;
  readonly id: string;
  readonly asOf: string;
  readonly hosts: number;
  readonly progressPercent: number | null;
  /** false when the same export was imported (or read) for that date before. */
  readonly created: boolean;
}

export async function importExport(
  deps: ImportDeps,
  loader: FleetLoader,
  asOf?: Date,
): Promise<ImportResult> {
  const { store, campaign, clock } = deps;
  const loaded = await loader.load(campaign);
  if (loaded.status !== 'loaded')
    throw new Error('the export answered "not modified" to a request without validators');
  const takenAt = clock.now();
  const report = loaded.report
    ? { ...loaded.report, readAt: takenAt.toISOString() }
    : buildReport(loaded.fleet, campaign, {
        readAt: takenAt,
        source: loaded.source,
        warnings: loaded.warnings,
      });
  const snapshot = takeSnapshot({ ...loaded, report, takenAt, asOf, target: campaign.target });
  const created = await storeSnapshot(store, snapshot);
  if (created) await store.prune({ keepAllDays: deps.keepAllDays, now: takenAt });
  return {
    source: loaded.source,
    id: snapshot.meta.id,
    asOf: snapshot.meta.asOf,
    hosts: loaded.fleet.hosts,
    progressPercent: report.totals.progressPercent,
    created,
  };
}
