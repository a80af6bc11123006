import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { observeFleetLoader } from '../../../src/adapters/metrics/observe-fleet-loader.ts';
import type { FleetLoader, LoadedFleet } from '../../../src/app/ports.ts';
import { DEFAULT_CAMPAIGN } from '../../../src/core/campaign.ts';
import type { Fleet } from '../../../src/core/inventory/fleet.ts';
import { parsePrometheus } from './parse-prometheus.ts';

const asOf = Date.parse('2025-06-02T08:00:00Z');
const loaded = {
  status: 'loaded',
  fleet: { asOf } as Fleet,
  contentHash: 'h',
  validators: {},
  source: 'test',
  bytes: 12_345,
  rows: 321,
  warnings: [],
  durationMs: 1,
} satisfies LoadedFleet;

describe('observeFleetLoader', () => {
  it('records duration by outcome, size, rows and the snapshot age, and reports loaded once', async () => {
    const answers: (() => Promise<LoadedFleet | { status: 'not-modified' }>)[] = [
      async () => loaded,
      async () => ({ status: 'not-modified' }),
      async () => {
        throw new Error('500 from the CMDB');
      },
    ];
    const inner: FleetLoader = { load: () => answers.shift()!() };
    let loads = 0;
    let clock = 0;
    const metrics = createMetrics({ now: () => asOf + 60_000, processMetrics: false });
    const loader = observeFleetLoader(
      inner,
      metrics,
      () => loads++,
      () => (clock += 500),
    );
    await loader.load(DEFAULT_CAMPAIGN);
    await loader.load(DEFAULT_CAMPAIGN);
    await expect(loader.load(DEFAULT_CAMPAIGN)).rejects.toThrow('500');
    expect(loads).toBe(2);
    const e = parsePrometheus(await metrics.registry.metrics());
    expect(e.value('java_migration_inventory_bytes')).toBe(12_345);
    expect(e.value('java_migration_inventory_rows')).toBe(321);
    expect(e.value('java_migration_snapshot_age_seconds')).toBe(60);
    for (const outcome of ['loaded', 'not_modified', 'error']) {
      expect(e.value('java_migration_inventory_fetch_duration_seconds_count', { outcome })).toBe(1);
      expect(e.value('java_migration_inventory_fetch_duration_seconds_sum', { outcome })).toBe(0.5);
    }
  });
});
