/**
 * Bolt's Logger interface over pino, so Bolt, its WebClient and the Socket
 * Mode client write the same JSON lines (with the same redaction) as the app.
 *
 * LOG_LEVEL decides for Bolt too: a Bolt App given no `logLevel` sets its
 * logger to info, which would hide Bolt's debug lines even at LOG_LEVEL=debug,
 * so `setLevel` is ignored unless `obeySetLevel` is asked for.
 */
import { format } from 'node:util';
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger as PinoLogger } from 'pino';

const LEVELS = new Set<string>(Object.values(LogLevel));

function split(args: unknown[]): [object, string] {
  // Bolt passes strings and sometimes an Error: keep the Error as a structured `err`.
  const err = args.find((a) => a instanceof Error);
  const rest = err ? args.filter((a) => a !== err) : args;
  const message = rest.length ? format(...rest) : err ? (err as Error).message : '';
  return [err ? { err } : {}, message];
}

export interface BoltLoggerOptions {
  readonly name?: string;
  /** Let Bolt change the level (tests); by default the pino logger's level (LOG_LEVEL) rules. */
  readonly obeySetLevel?: boolean;
}

export function createBoltLogger(base: PinoLogger, options: BoltLoggerOptions = {}): BoltLogger {
  let log = base.child({ lib: options.name ?? 'bolt' });
  return {
    debug: (...args: unknown[]) => log.debug(...split(args)),
    info: (...args: unknown[]) => log.info(...split(args)),
    warn: (...args: unknown[]) => log.warn(...split(args)),
    error: (...args: unknown[]) => log.error(...split(args)),
    setLevel: (level: LogLevel) => {
      if (options.obeySetLevel) log.level = level;
    },
    // Bolt only knows four levels; pino's trace and fatal map to their neighbours.
    getLevel: () => {
      const level =
        log.level === 'trace'
          ? 'debug'
          : log.level === 'fatal' || log.level === 'silent'
            ? 'error'
            : log.level;
      return (LEVELS.has(level) ? level : LogLevel.INFO) as LogLevel;
    },
    setName: (next: string) => {
      const level = log.level;
      log = base.child({ lib: next });
      log.level = level;
    },
  };
}
