/**
 * The hook each command's work runs in (after its ack): one log line with the
 * command, its outcome and duration. The operations work replaces it with one
 * that also counts metrics and tracks in-flight work for graceful shutdown;
 * the shape is the same.
 */
import type { Logger } from '../../app/ports.ts';

export interface CommandOutcome {
  /** An outcome other than `ok`: `usage`, `not_found`, `not_in_channel`, `failed`, `slack_error`, `error`. */
  setOutcome(outcome: string): void;
}

export type ObserveCommand = <T>(
  name: string,
  fn: (ctx: CommandOutcome) => Promise<T>,
  fields?: Record<string, unknown>,
) => Promise<T>;

/** The default hook: one log line per command. */
export function logEachCommand(logger: Logger): ObserveCommand {
  return async (name, fn, fields = {}) => {
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await fn({ setOutcome: (o) => (outcome = o) });
    } catch (error) {
      outcome = 'error';
      logger.error({ ...fields, command: name, err: error }, `command ${name} failed`);
      throw error;
    } finally {
      const durationMs = Math.round(performance.now() - started);
      logger.info({ ...fields, command: name, outcome, durationMs }, `command ${name} ${outcome}`);
    }
  };
}
