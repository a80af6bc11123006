import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { parsePrometheus } from './parse-prometheus.ts';

describe('createMetrics', () => {
  it('keeps one registry per instance, so two apps in one process count apart', async () => {
    const a = createMetrics({ processMetrics: false });
    const b = createMetrics({ processMetrics: false });
    a.commands.inc({ command: 'status', outcome: 'ok' });
    a.commands.inc({ command: 'status', outcome: 'ok' });
    b.commands.inc({ command: 'team', outcome: 'not_found' });
    const ea = parsePrometheus(await a.registry.metrics());
    const eb = parsePrometheus(await b.registry.metrics());
    expect(ea.value('java_migration_commands_total', { command: 'status', outcome: 'ok' })).toBe(2);
    expect(
      ea.value('java_migration_commands_total', { command: 'team', outcome: 'not_found' }),
    ).toBeUndefined();
    expect(eb.value('java_migration_commands_total', { command: 'team', outcome: 'not_found' })).toBe(1);
  });

  it('declares every family the issue asks for, with process metrics when enabled', async () => {
    const m = createMetrics();
    const e = parsePrometheus(await m.registry.metrics());
    for (const [name, type] of [
      ['java_migration_commands_total', 'counter'],
      ['java_migration_command_duration_seconds', 'histogram'],
      ['java_migration_inventory_fetch_duration_seconds', 'histogram'],
      ['java_migration_inventory_bytes', 'gauge'],
      ['java_migration_snapshot_age_seconds', 'gauge'],
      ['java_migration_digests_posted_total', 'counter'],
      ['java_migration_slack_api_errors_total', 'counter'],
      ['java_migration_process_resident_memory_bytes', 'gauge'],
    ]) {
      expect(e.types.get(name), name).toBe(type);
    }
  });

  it('reports the snapshot age against the clock at scrape time, and NaN before a snapshot', async () => {
    let now = Date.parse('2025-06-02T12:00:00Z');
    const m = createMetrics({ now: () => now, processMetrics: false });
    expect(
      parsePrometheus(await m.registry.metrics()).value('java_migration_snapshot_age_seconds'),
    ).toBeNaN();
    m.setSnapshotAsOf(Date.parse('2025-06-02T09:00:00Z'));
    expect(parsePrometheus(await m.registry.metrics()).value('java_migration_snapshot_age_seconds')).toBe(
      3 * 3600,
    );
    now += 90_000;
    expect(parsePrometheus(await m.registry.metrics()).value('java_migration_snapshot_age_seconds')).toBe(
      3 * 3600 + 90,
    );
  });
});
