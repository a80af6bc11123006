/**
 * SIGTERM / SIGINT: fail readiness, stop taking new work, wait for the work in
 * flight (at most `graceMs`), close the rest (Redis, scheduler, health server),
 * exit 0. A second signal exits at once with 1.
 */
import type { Logger } from 'pino';
import type { InFlight } from './create-in-flight.ts';

export interface ShutdownStep {
  readonly name: string;
  run(): unknown;
}

export interface GracefulShutdownOptions {
  readonly logger: Logger;
  readonly inFlight: InFlight;
  readonly graceMs: number;
  readonly readiness?: { markShuttingDown(): void };
  /** Stop new work coming in: Bolt's `app.stop()` (HTTP server, Socket Mode connection). */
  readonly stopIntake: readonly ShutdownStep[];
  /** After the work in flight: Redis clients, the digest scheduler, the health server. */
  readonly close: readonly ShutdownStep[];
  /** Bound for each step, so one hung close cannot hold the process. */
  readonly stepTimeoutMs?: number;
  readonly signals?: readonly NodeJS.Signals[];
  readonly exit?: (code: number) => void;
  readonly proc?: Pick<NodeJS.Process, 'on' | 'off'>;
}

export interface GracefulShutdown {
  /** Run the shutdown now (as a signal would); resolves with the exit code. */
  shutdown(reason: string): Promise<number>;
  uninstall(): void;
}

async function runStep(step: ShutdownStep, timeoutMs: number, logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not finish in ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([Promise.resolve().then(() => step.run()), timeout]);
    return true;
  } catch (err) {
    logger.warn({ step: step.name, err }, `shutdown step ${step.name} failed`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function installGracefulShutdown(options: GracefulShutdownOptions): GracefulShutdown {
  const { logger, inFlight } = options;
  const proc = options.proc ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const stepTimeoutMs = options.stepTimeoutMs ?? 5000;
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let running: Promise<number> | null = null;

  const shutdown = (reason: string): Promise<number> => {
    if (running) return running;
    running = (async () => {
      const started = Date.now();
      logger.info({ reason, inFlight: inFlight.count, graceMs: options.graceMs }, 'shutting down');
      options.readiness?.markShuttingDown();
      let ok = true;
      for (const step of options.stopIntake) ok = (await runStep(step, stepTimeoutMs, logger)) && ok;
      const idle = await inFlight.idle(options.graceMs);
      if (!idle)
        logger.warn(
          { inFlight: inFlight.count },
          `gave up waiting for work in flight after ${options.graceMs} ms`,
        );
      for (const step of options.close) ok = (await runStep(step, stepTimeoutMs, logger)) && ok;
      const code = ok ? 0 : 1;
      logger.info({ code, durationMs: Date.now() - started, finishedInFlight: idle }, 'shut down');
      return code;
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (running) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    shutdown(signal).then(exit, (err) => {
      logger.error({ err }, 'shutdown failed');
      exit(1);
    });
  };
  for (const s of signals) proc.on(s, onSignal);
  return {
    shutdown,
    uninstall: () => {
      for (const s of signals) proc.off(s, onSignal);
    },
  };
}
