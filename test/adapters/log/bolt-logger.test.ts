import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/log/bolt-logger.ts';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { captureLogs } from './capture-logs.ts';

describe('createBoltLogger', () => {
  it('follows setLevel and reports the level in Bolt terms', () => {
    const out = captureLogs();
    const log = createBoltLogger(createLogger({ destination: out.stream, level: 'trace' }));
    expect(log.getLevel()).toBe(LogLevel.DEBUG);
    log.setLevel(LogLevel.WARN);
    expect(log.getLevel()).toBe(LogLevel.WARN);
    log.info('dropped');
    log.warn('kept', 42);
    expect(out.records().map((r) => r.msg)).toEqual(['kept 42']);
  });

  it('names its lines and keeps the level across setName', () => {
    const out = captureLogs();
    const log = createBoltLogger(createLogger({ destination: out.stream }));
    log.setLevel(LogLevel.ERROR);
    log.setName('socket-mode');
    log.warn('dropped');
    log.error('kept');
    expect(out.records()).toEqual([expect.objectContaining({ lib: 'socket-mode', msg: 'kept' })]);
  });
});
