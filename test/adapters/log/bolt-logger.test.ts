import { App, LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/log/bolt-logger.ts';
import { createLogger } from '../../../src/adapters/log/create-logger.ts';
import { captureLogs } from './capture-logs.ts';

describe('createBoltLogger', () => {
  it('keeps LOG_LEVEL when a Bolt App sets its default level, so debug lines still show at debug', () => {
    const out = captureLogs();
    const logger = createBoltLogger(createLogger({ destination: out.stream, level: 'debug' }));
    // A real App with no logLevel calls setLevel(info) on its logger.
    new App({ token: 'xoxb-1-2-x', signingSecret: 'abcdefghijkl', logger, deferInitialization: true });
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
    logger.debug('kept at debug');
    expect(out.records().map((r) => r.msg)).toContain('kept at debug');
  });

  it('follows setLevel when asked to, and reports the level in Bolt terms', () => {
    const out = captureLogs();
    const log = createBoltLogger(createLogger({ destination: out.stream, level: 'trace' }), {
      obeySetLevel: true,
    });
    expect(log.getLevel()).toBe(LogLevel.DEBUG);
    log.setLevel(LogLevel.WARN);
    expect(log.getLevel()).toBe(LogLevel.WARN);
    log.info('dropped');
    log.warn('kept', 42);
    expect(out.records().map((r) => r.msg)).toEqual(['kept 42']);
  });

  it('names its lines and keeps the level across setName', () => {
    const out = captureLogs();
    const log = createBoltLogger(createLogger({ destination: out.stream, level: 'error' }));
    log.setName('socket-mode');
    log.warn('dropped');
    log.error('kept');
    expect(out.records()).toEqual([expect.objectContaining({ lib: 'socket-mode', msg: 'kept' })]);
  });
});
