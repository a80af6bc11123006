/**
 * The digest schedule for a process: BullMQ when Redis is configured (every
 * replica runs a worker; each slot is one job), else an in-process timer.
 * Either way, start-up also catches up on the latest slot if every process
 * was down when it fired (posted once, within the catch-up window; never a
 * burst of older ones). The catch-up is run like a scheduled slot (a BullMQ
 * job, or the timer's retries), in the background: start-up does not wait
 * for Slack, and a replica killed while posting it is covered as a scheduled
 * run would be.
 */
import type { DigestService } from '../../app/digest-service.ts';
import type { Clock, Logger } from '../../app/ports.ts';
import { type BullmqSchedulerOptions, createBullmqScheduler } from './create-bullmq-scheduler.ts';
import { createTimerScheduler } from './create-timer-scheduler.ts';
import type { DigestScheduler } from './digest-scheduler.ts';

export interface DigestSchedulerOptions {
  readonly digest: DigestService;
  /** BullMQ when set; the in-process timer otherwise. */
  readonly redisUrl: string | null;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Retries (both kinds) and BullMQ locks (tests shorten them so a killed worker's job moves on quickly). */
  readonly tuning?: Pick<
    BullmqSchedulerOptions,
    'prefix' | 'lockDurationMs' | 'stalledIntervalMs' | 'attempts' | 'backoffMs'
  >;
  /** Catch up on a missed slot at start (default true). */
  readonly catchUp?: boolean;
}

export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { digest, logger } = options;
  const run = (slotMs: number) => digest.runScheduled(slotMs);
  const inner = options.redisUrl
    ? createBullmqScheduler({
        ...options.tuning,
        redisUrl: options.redisUrl,
        schedule: digest.schedule,
        run,
        logger,
      })
    : createTimerScheduler({
        schedule: digest.schedule,
        run,
        logger,
        clock: options.clock,
        attempts: options.tuning?.attempts,
        backoffMs: options.tuning?.backoffMs,
      });
  return {
    kind: inner.kind,
    async start() {
      await inner.start();
      logger.info(
        { scheduler: inner.kind, cron: digest.schedule.cron, timezone: digest.schedule.timezone },
        'digest schedule started',
      );
      if (options.catchUp === false) return;
      const slot = digest.catchUpSlot();
      if (!slot) return;
      logger.info({ slot: slot.toISOString() }, 'digest: catching up on the latest slot');
      await inner.runLate(slot.getTime());
    },
    runLate: (slotMs) => inner.runLate(slotMs),
    close: () => inner.close(),
  };
}
