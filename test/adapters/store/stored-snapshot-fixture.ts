/** Real encoded snapshots of small synthetic fleets, for the store tests. */
import type { StoredSnapshot } from '../../../src/app/ports.ts';
import { encodeSnapshot } from '../../../src/core/snapshot/encode-snapshot.ts';
import { summarizeSnapshot } from '../../../src/core/snapshot/summarize-snapshot.ts';
import { takeSnapshot } from '../../../src/core/snapshot/take-snapshot.ts';
import { minimalReport, syntheticFleet } from '../../core/snapshot/synthetic-fleet.ts';

export interface FixtureOptions {
  readonly asOf: string;
  readonly takenAt?: string;
  /** Seed for the fleet and the content hash: same seed, same content. */
  readonly seed?: number;
  readonly hosts?: number;
}

export function storedSnapshot({
  asOf,
  takenAt = asOf,
  seed = 1,
  hosts = 50,
}: FixtureOptions): StoredSnapshot {
  const fleet = syntheticFleet({ hosts, seed });
  const snapshot = takeSnapshot({
    fleet,
    report: minimalReport(fleet, takenAt),
    contentHash: seed.toString(16).padStart(8, '0').repeat(8),
    source: 'fixture.csv',
    takenAt: new Date(takenAt),
    asOf: new Date(asOf),
    target: 11,
  });
  return { summary: summarizeSnapshot(snapshot.meta, snapshot.report), bytes: encodeSnapshot(snapshot) };
}
