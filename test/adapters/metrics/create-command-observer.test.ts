import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { createCommandObserver } from '../../../src/adapters/metrics/create-command-observer.ts';
import { createMetrics } from '../../../src/adapters/metrics/create-metrics.ts';
import { createInFlight } from '../../../src/adapters/process/create-in-flight.ts';
import { captureLogs } from '../log/capture-logs.ts';
import { parsePrometheus } from './parse-prometheus.ts';

function setup() {
  const out = captureLogs();
  const metrics = createMetrics({ processMetrics: false });
  const inFlight = createInFlight((n) => metrics.commandsInFlight.set(n));
  let clock = 1000;
  const observe = createCommandObserver({
    logger: createLogger({ destination: out.stream }),
    metrics,
    inFlight,
    now: () => clock,
  });
  return { out, metrics, inFlight, observe, tick: (ms: number) => (clock += ms) };
}

describe('createCommandObserver', () => {
  it('logs one line per command with name, outcome and duration, and counts it', async () => {
    const s = setup();
    const result = await s.observe(
      'status',
      async () => {
        s.tick(1250);
        return 'answer';
      },
      { channel: 'C1' },
    );
    expect(result).toBe('answer');
    await s.observe('team', async (ctx) => {
      s.tick(40);
      ctx.setOutcome('not_found');
    });
    expect(s.out.records()).toEqual([
      expect.objectContaining({
        level: 'info',
        command: 'status',
        outcome: 'ok',
        durationMs: 1250,
        channel: 'C1',
      }),
      expect.objectContaining({ level: 'info', command: 'team', outcome: 'not_found', durationMs: 40 }),
    ]);
    const e = parsePrometheus(await s.metrics.registry.metrics());
    expect(e.value('java_migration_commands_total', { command: 'status', outcome: 'ok' })).toBe(1);
    expect(e.value('java_migration_commands_total', { command: 'team', outcome: 'not_found' })).toBe(1);
    expect(e.value('java_migration_command_duration_seconds_sum', { command: 'status' })).toBeCloseTo(1.25);
    expect(e.value('java_migration_command_duration_seconds_bucket', { command: 'status', le: '1' })).toBe(0);
    expect(e.value('java_migration_command_duration_seconds_bucket', { command: 'status', le: '2' })).toBe(1);
  });

  it('logs and counts a failure as error, and rethrows it', async () => {
    const s = setup();
    await expect(
      s.observe('trend', async () => {
        throw new Error('redis gone');
      }),
    ).rejects.toThrow('redis gone');
    const [line] = s.out.records();
    expect(line).toMatchObject({ level: 'error', command: 'trend', outcome: 'error' });
    expect((line.err as { message: string }).message).toBe('redis gone');
    const e = parsePrometheus(await s.metrics.registry.metrics());
    expect(e.value('java_migration_commands_total', { command: 'trend', outcome: 'error' })).toBe(1);
  });

  it('counts the command as in flight until it settles', async () => {
    const s = setup();
    let release!: () => void;
    const running = s.observe('status', () => new Promise<void>((r) => (release = r)));
    expect(s.inFlight.count).toBe(1);
    expect(
      parsePrometheus(await s.metrics.registry.metrics()).value('java_migration_commands_in_flight'),
    ).toBe(1);
    release();
    await running;
    expect(s.inFlight.count).toBe(0);
  });

  it('never makes a label out of free text', async () => {
    const s = setup();
    await s.observe('team <!channel> Ops', async () => {});
    const e = parsePrometheus(await s.metrics.registry.metrics());
    expect(e.value('java_migration_commands_total', { command: 'other', outcome: 'ok' })).toBe(1);
  });
});
