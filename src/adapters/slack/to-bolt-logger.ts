/**
 * A Bolt Logger over the app's Logger port, for callers that have no pino
 * instance (tests, embedding). The service's own entry point passes the pino
 * based one from src/adapters/log instead. Bolt's debug lines include request
 * bodies, so they pass only when the level is debug.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

function line(parts: unknown[]): string {
  return parts
    .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
}

/** Bolt's logger writing `{ lib }` lines to `logger` from `level` up. */
export function toBoltLogger(logger: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  let lib = 'bolt';
  const at =
    (l: LogLevel, write: (obj: object, msg: string) => void) =>
    (...msg: unknown[]) => {
      if (RANK[l] >= RANK[current]) write({ lib }, line(msg));
    };
  return {
    debug: at(LogLevel.DEBUG, (o, m) => logger.debug(o, m)),
    info: at(LogLevel.INFO, (o, m) => logger.info(o, m)),
    warn: at(LogLevel.WARN, (o, m) => logger.warn(o, m)),
    error: at(LogLevel.ERROR, (o, m) => logger.error(o, m)),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (name) => {
      lib = name;
    },
  };
}
