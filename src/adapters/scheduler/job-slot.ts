/**
 * The slot a digest job is for. A catch-up job carries it in its data. For a
 * job-scheduler iteration, BullMQ 6 stores the scheduled time as
 * `opts.prevMillis` and in the job id (`repeat:<schedulerId>:<millis>`); the
 * job's `timestamp` is only when the iteration was created, so it is not used.
 */
import type { Job } from 'bullmq';

export function jobSlot(job: Pick<Job, 'id' | 'opts' | 'data'>): number | null {
  const data = (job.data ?? {}) as { slot?: unknown };
  if (typeof data.slot === 'number' && Number.isFinite(data.slot)) return data.slot;
  const prev = (job.opts as { prevMillis?: unknown }).prevMillis;
  if (typeof prev === 'number' && Number.isFinite(prev)) return prev;
  const fromId = /:(\d{10,})$/.exec(job.id ?? '')?.[1];
  return fromId ? Number(fromId) : null;
}
