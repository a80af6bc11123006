/**
 * Runs loads in one worker thread so parsing a million-row export never blocks
 * the event loop (slash commands must still be acknowledged at once). Loads are
 * serialised (one export in memory at a time). The worker starts on first use
 * and stops after `idleMs` without work, which returns its memory to the system,
 * unless it was warmed (the bot: started at start-up and kept). While it parses,
 * requests noted with `noteForeground` make it give way (foreground-signal.ts).
 */
import { Worker } from 'node:worker_threads';
import type { LoadedFleet, NotModified, Validators } from '../../app/ports.ts';
import type { Campaign } from '../../core/campaign.ts';
import { createForegroundSignal } from './foreground-signal.ts';
import type { FleetWorkerData, WorkerRequest } from './fleet-worker.ts';
import type { LoadOptions } from './load-fleet.ts';
import { fromWireError, type WireError } from './wire-error.ts';

type Reply =
  | { id: number; ok: true; result: LoadedFleet | NotModified }
  | { id: number; ok: false; error: WireError }
  | { ready: true };

interface Job {
  readonly id: number;
  resolve(result: LoadedFleet | NotModified): void;
  reject(error: unknown): void;
}

export class FleetWorkerClient {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private ready: Promise<void> | null = null;
  private keepWarm = false;
  private readonly foreground = createForegroundSignal();

  constructor(private readonly idleMs = 60_000) {}

  /** Interactive work came in (a request): a parse in progress gives way for a moment. */
  noteForeground(): void {
    this.foreground.bump();
  }

  /**
   * Starts the worker now (a thread's first start costs 0.3-0.8 s) and keeps it
   * from stopping when idle, so no command's load pays for a start; resolves
   * once its modules are loaded.
   */
  async warm(): Promise<void> {
    this.keepWarm = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.start();
    // Referenced while starting: a process with nothing else to do still waits for it.
    worker.ref();
    try {
      await this.ready;
    } finally {
      if (!this.job) worker.unref();
    }
  }

  load(options: LoadOptions, campaign: Campaign, previous?: Validators, signal?: AbortSignal) {
    const run = this.queue.then(() => this.run(options, campaign, previous, signal));
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private run(options: LoadOptions, campaign: Campaign, previous?: Validators, signal?: AbortSignal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    let onAbort = () => {};
    return new Promise<LoadedFleet | NotModified>((resolve, reject) => {
      onAbort = () => {
        worker.postMessage({ type: 'abort', id } satisfies WorkerRequest);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.job = { id, resolve, reject };
      worker.postMessage({ type: 'load', id, options, campaign, previous } satisfies WorkerRequest);
    }).finally(() => {
      signal?.removeEventListener('abort', onAbort);
      this.job = null;
      worker.unref();
      if (!this.keepWarm) this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Running from .ts sources (no build step), the worker starts through a JS entry that registers tsx.
    const entry = import.meta.url.endsWith('.ts') ? './fleet-worker-entry.mjs' : './fleet-worker.js';
    const workerData: FleetWorkerData = { foreground: this.foreground.buffer };
    const worker = new Worker(new URL(entry, import.meta.url), { workerData });
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('The inventory worker stopped while starting.')));
    });
    this.ready.catch(() => {}); // a failed start also fails the load that started it
    // Idle, the thread must not keep the process alive; a load in flight refs it.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply || this.job?.id !== reply.id) return;
      if (reply.ok) this.job.resolve(reply.result);
      else this.job.reject(fromWireError(reply.error));
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`The inventory worker stopped (exit code ${code}).`)),
    );
    this.worker = worker;
    return worker;
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    this.job?.reject(error);
  }
}
