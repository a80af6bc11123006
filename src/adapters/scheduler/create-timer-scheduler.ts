/**
 * The digest schedule of a single process (the embedded store, no Redis): a
 * timer set for the next slot, computed with the same cron-parser as BullMQ,
 * in the configured time zone. A failed run is retried with backoff, then
 * the timer moves on to the slot after. Long waits are cut into steps (a
 * Node timer cannot wait more than ~24.8 days, and a step re-reads the clock).
 */
import type { Clock, Logger } from '../../app/ports.ts';
import { type DigestSchedule, nextSlot } from '../../core/digest/digest-slots.ts';
import type { DigestScheduler, RunSlot } from './digest-scheduler.ts';

export interface TimerSchedulerOptions {
  readonly schedule: DigestSchedule;
  readonly run: RunSlot;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Runs of one slot before it is given up (default 5). */
  readonly attempts?: number;
  /** First retry delay, doubling after (default 60 s). */
  readonly backoffMs?: number;
}

const MAX_STEP_MS = 6 * 3_600_000;

export function createTimerScheduler(options: TimerSchedulerOptions): DigestScheduler {
  const { schedule, logger } = options;
  const clock = options.clock ?? { now: () => new Date() };
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 60_000;
  let timer: NodeJS.Timeout | null = null;
  const retries = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let closed = false;

  const wait = (until: number, then: () => void) => {
    if (closed) return;
    const ms = Math.min(Math.max(0, until - clock.now().getTime()), MAX_STEP_MS);
    timer = setTimeout(() => (clock.now().getTime() >= until ? then() : wait(until, then)), ms);
  };

  /** Run `slot`, retrying with backoff; `then` runs once it is posted or given up on. */
  const fire = (slot: number, attempt: number, then: () => void) => {
    const run = (async () => {
      try {
        await options.run(slot);
      } catch (error) {
        const slotIso = new Date(slot).toISOString();
        if (attempt < attempts) {
          logger.warn({ err: error, slot: slotIso, attempt }, 'digest failed; retrying');
          later(clock.now().getTime() + backoffMs * 2 ** (attempt - 1), () => fire(slot, attempt + 1, then));
          return;
        }
        logger.error({ err: error, slot: slotIso, attempts }, 'digest failed; giving up on this slot');
      }
      then();
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };

  /** A retry, on its own timer so it never replaces the wait for the next slot. */
  const later = (at: number, then: () => void) => {
    if (closed) return;
    const t = setTimeout(
      () => {
        retries.delete(t);
        then();
      },
      Math.max(0, at - clock.now().getTime()),
    );
    retries.add(t);
  };

  /** Wait for the first slot after `after` (the last slot run, or now): a slow run never causes a burst. */
  function arm(after: number) {
    const from = Math.max(after, clock.now().getTime());
    const slot = nextSlot(schedule, new Date(from)).getTime();
    wait(slot, () => fire(slot, 1, () => arm(slot)));
  }

  return {
    kind: 'timer',
    async start() {
      closed = false;
      arm(clock.now().getTime());
    },
    async runLate(slotMs) {
      fire(slotMs, 1, () => {});
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const t of retries) clearTimeout(t);
      await Promise.all(running);
    },
  };
}
