/**
 * Wrap one command's work (after its ack): one log line with its name,
 * outcome and duration, the command counter and latency histogram, and the
 * in-flight count that graceful shutdown waits on.
 *
 *   await observe('status', async (ctx) => { ...; ctx.setOutcome('not_in_channel'); }, { channel });
 */
import type { Logger } from 'pino';
import type { InFlight } from '../process/create-in-flight.ts';
import type { Metrics } from './create-metrics.ts';

export interface CommandContext {
  /** Outcome other than `ok`, e.g. `usage`, `not_found`, `not_in_channel`. A throw makes it `error`. */
  setOutcome(outcome: string): void;
}

export type ObserveCommand = <T>(
  name: string,
  fn: (ctx: CommandContext) => Promise<T>,
  fields?: Record<string, unknown>,
) => Promise<T>;

// Labels must stay a small fixed set: a name made from user text would grow the series without bound.
const LABEL = /^[a-z][a-z0-9_.:-]{0,39}$/;
const label = (s: string) => (LABEL.test(s) ? s : 'other');

export function createCommandObserver(deps: {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly inFlight: InFlight;
  readonly now?: () => number;
}): ObserveCommand {
  const now = deps.now ?? (() => performance.now());
  return (name, fn, fields = {}) =>
    deps.inFlight.track(async () => {
      const command = label(name);
      const started = now();
      let outcome = 'ok';
      const finish = (err?: unknown) => {
        const seconds = (now() - started) / 1000;
        deps.metrics.commands.inc({ command, outcome });
        deps.metrics.commandSeconds.observe({ command }, seconds);
        const line = {
          ...fields,
          command,
          outcome,
          durationMs: Math.round(seconds * 1000),
          ...(err ? { err } : {}),
        };
        if (err) deps.logger.error(line, `command ${command} failed`);
        else deps.logger.info(line, `command ${command} ${outcome}`);
      };
      try {
        const result = await fn({ setOutcome: (o) => (outcome = label(o)) });
        finish();
        return result;
      } catch (error) {
        outcome = 'error';
        finish(error);
        throw error;
      }
    });
}
