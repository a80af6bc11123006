/**
 * The digest schedule shared by every replica: a BullMQ job scheduler makes
 * one job per slot; whichever worker takes it posts the digest. A replica
 * declares the scheduler at start only when it is missing, differs from the
 * config, or its next job is overdue (every replica was down): upserting
 * replaces the scheduler's current job, and doing that while another replica
 * works on it would take the job from under it. Replacing an overdue job is
 * the point, though: the catch-up posts the latest missed slot, and the stale
 * job would post an older one. A
 * worker killed mid-digest stops renewing its lock; after `lockDurationMs`
 * the stalled-job check hands the job to another worker (at-least-once), and
 * the per-channel claims make the second run finish without a double post.
 * A failed run (Slack down) is retried with backoff. A start-up catch-up is
 * a job too (one per slot: its id is derived from the slot, so replicas
 * starting together add it once), with the same retries and stall recovery.
 *
 * BullMQ gets its own connections with `maxRetriesPerRequest: null` (its
 * blocking commands need it), apart from the request path's fail-fast client.
 */
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../../app/ports.ts';
import type { DigestSchedule } from '../../core/digest/digest-slots.ts';
import type { DigestScheduler, RunSlot } from './digest-scheduler.ts';
import { jobSlot } from './job-slot.ts';

export interface BullmqSchedulerOptions {
  readonly redisUrl: string;
  readonly schedule: DigestSchedule;
  readonly run: RunSlot;
  readonly logger: Logger;
  /** Key prefix for BullMQ's keys (default `java-migration:bull`). */
  readonly prefix?: string;
  /** How long a worker's lock on a job lasts without renewal: how soon a killed worker's job moves on (default 30 s). */
  readonly lockDurationMs?: number;
  /** How often workers look for stalled jobs (default 30 s). */
  readonly stalledIntervalMs?: number;
  /** Runs of one slot before it is given up (default 5). */
  readonly attempts?: number;
  /** First retry delay, doubling after (default 60 s). */
  readonly backoffMs?: number;
}

export const DIGEST_QUEUE = 'digest';
export const DIGEST_SCHEDULER_ID = 'weekly-digest';

export function createBullmqScheduler(options: BullmqSchedulerOptions): DigestScheduler {
  const { logger, schedule } = options;
  const prefix = options.prefix ?? 'java-migration:bull';
  // While Redis is down every reconnect attempt fails the same way: say each kind of failure once.
  let lastError = '';
  const warnOnce = (what: string) => (error: Error) => {
    if (error.message !== lastError) logger.warn({ err: error }, `digest scheduler: ${what}`);
    lastError = error.message;
  };
  const connection = () => {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    redis.on('error', warnOnce('redis connection error'));
    redis.on('ready', () => {
      lastError = '';
    });
    return redis;
  };
  let queueRedis: Redis | null = null;
  let workerRedis: Redis | null = null;
  let queue: Queue | null = null;
  let worker: Worker | null = null;
  let closed = false;

  const processJob = async (job: Job) => {
    const slot = jobSlot(job);
    if (slot === null) {
      logger.warn({ job: job.id }, 'digest scheduler: job without a slot; ignored');
      return;
    }
    logger.info(
      { slot: new Date(slot).toISOString(), job: job.id, attempt: job.attemptsMade + 1 },
      'digest job',
    );
    await options.run(slot);
  };

  const jobOptions = () => ({
    attempts: options.attempts ?? 5,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 60_000 },
    removeOnComplete: 100,
    removeOnFail: 100,
  });

  return {
    kind: 'bullmq',
    async start() {
      queueRedis = connection();
      workerRedis = connection();
      queue = new Queue(DIGEST_QUEUE, { connection: queueRedis, prefix });
      queue.on('error', warnOnce('queue error'));
      const current = await queue.getJobScheduler(DIGEST_SCHEDULER_ID);
      const upToDate =
        current?.pattern === schedule.cron &&
        current.tz === schedule.timezone &&
        typeof current.next === 'number' &&
        current.next > Date.now();
      if (!upToDate)
        await queue.upsertJobScheduler(
          DIGEST_SCHEDULER_ID,
          { pattern: schedule.cron, tz: schedule.timezone },
          {
            name: 'digest',
            data: {},
            opts: jobOptions(),
          },
        );
      // Closed while waiting for Redis: no worker to start.
      if (closed) return;
      worker = new Worker(DIGEST_QUEUE, processJob, {
        connection: workerRedis,
        prefix,
        concurrency: 1,
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: options.stalledIntervalMs ?? 30_000,
        // BullMQ fails a job stalled twice (the default is 1); a digest whose second taker also
        // dies must still go out, so a stalled slot is retried as often as a failed one.
        maxStalledCount: options.attempts ?? 5,
      });
      worker.on('error', warnOnce('worker error'));
      worker.on('failed', (job, error) =>
        logger.error({ err: error, job: job?.id, attempts: job?.attemptsMade }, 'digest job failed'),
      );
    },
    async runLate(slotMs) {
      if (closed) return;
      if (!queue) throw new Error('digest scheduler not started');
      await queue.add('digest', { slot: slotMs }, { ...jobOptions(), jobId: `catch-up-${slotMs}` });
    },
    async close() {
      closed = true;
      const [w, q] = [worker, queue];
      worker = null;
      queue = null;
      // The worker first: it waits for a digest being posted.
      await w?.close();
      await q?.close().catch(() => {});
      for (const redis of [workerRedis, queueRedis]) {
        if (!redis) continue;
        // QUIT would wait for a Redis that is down; then just drop the connection.
        if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
        else redis.disconnect();
      }
    },
  };
}
