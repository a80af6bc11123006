/**
 * The bot's Prometheus metrics on a registry of its own (not prom-client's
 * global one), so each app instance, and each test, counts separately.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  readonly commands: Counter<'command' | 'outcome'>;
  readonly commandSeconds: Histogram<'command'>;
  readonly commandsInFlight: Gauge;
  readonly inventoryFetchSeconds: Histogram<'outcome'>;
  readonly inventoryBytes: Gauge;
  readonly inventoryRows: Gauge;
  readonly digestsPosted: Counter<'outcome'>;
  readonly slackApiErrors: Counter<'method' | 'error'>;
  /** The asOf (epoch ms) of the latest snapshot; `snapshot_age_seconds` is computed from it at scrape time. */
  setSnapshotAsOf(ms: number): void;
}

export interface MetricsOptions {
  /** Epoch ms now; the snapshot age is measured against it. */
  readonly now?: () => number;
  /** Node's process metrics (memory, event loop lag, GC); off in tests that count series. */
  readonly processMetrics?: boolean;
}

const P = 'java_migration_';

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const now = options.now ?? Date.now;
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: P });
  let snapshotAsOf = Number.NaN;

  const metrics: Metrics = {
    registry,
    commands: new Counter({
      name: `${P}commands_total`,
      help: 'Slash commands and actions handled, by command and outcome',
      labelNames: ['command', 'outcome'],
      registers,
    }),
    commandSeconds: new Histogram({
      name: `${P}command_duration_seconds`,
      help: 'Time from receiving a command to its last reply',
      labelNames: ['command'],
      buckets: [0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30, 60],
      registers,
    }),
    commandsInFlight: new Gauge({
      name: `${P}commands_in_flight`,
      help: 'Commands being worked on now',
      registers,
    }),
    inventoryFetchSeconds: new Histogram({
      name: `${P}inventory_fetch_duration_seconds`,
      help: 'Inventory fetch and parse time, by outcome (loaded, not_modified, error)',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),
    inventoryBytes: new Gauge({
      name: `${P}inventory_bytes`,
      help: 'Size of the last loaded inventory export',
      registers,
    }),
    inventoryRows: new Gauge({
      name: `${P}inventory_rows`,
      help: 'Rows of the last loaded inventory export',
      registers,
    }),
    digestsPosted: new Counter({
      name: `${P}digests_posted_total`,
      help: 'Digest messages, by outcome (posted, skipped as already sent, failed)',
      labelNames: ['outcome'],
      registers,
    }),
    slackApiErrors: new Counter({
      name: `${P}slack_api_errors_total`,
      help: 'Slack Web API calls that failed, by method and error (ok:false code, http_<status>, request_failed)',
      labelNames: ['method', 'error'],
      registers,
    }),
    setSnapshotAsOf: (ms) => {
      snapshotAsOf = ms;
    },
  };
  new Gauge({
    name: `${P}snapshot_age_seconds`,
    help: 'Seconds since the asOf time of the latest snapshot (NaN until one is loaded)',
    registers,
    collect() {
      // NaN before the first snapshot: a 0 would claim fresh data, and an age alert must not see that.
      this.set(Number.isFinite(snapshotAsOf) ? Math.max(0, (now() - snapshotAsOf) / 1000) : Number.NaN);
    },
  });
  return metrics;
}
