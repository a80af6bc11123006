/** A running digest schedule: BullMQ across replicas, or a timer in a single process. */
export interface DigestScheduler {
  readonly kind: 'bullmq' | 'timer';
  start(): Promise<void>;
  /** Run a missed slot now (start-up catch-up), with the same retries as a scheduled run. */
  runLate(slotMs: number): Promise<void>;
  /** Stop firing; waits for a digest being posted to finish. */
  close(): Promise<void>;
}

/** Runs the digest for a slot (epoch ms); rejecting makes the scheduler retry it. */
export type RunSlot = (slotMs: number) => Promise<unknown>;
