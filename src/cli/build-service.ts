/**
 * The CLI's composition root: config from the environment (`--config` sets
 * MIGRATION_CONFIG, `--target` overrides the campaign target), the inventory
 * location (`--inventory`, else INVENTORY_URL, else the sample shipped in the
 * repo), and the real adapters wired into the MigrationService, with snapshot
 * history (of the configured inventory) in Redis when REDIS_URL is set, else
 * in DATA_DIR (default ./data).
 * Logs go to stderr and stay silent unless LOG_LEVEL is set, so stdout is
 * only the report.
 */
import { pino } from 'pino';
import { createChartRenderer } from '../adapters/chart/create-chart-renderer.ts';
import { createFleetLoader } from '../adapters/inventory/create-fleet-loader.ts';
import { createLogger } from '../adapters/log/create-logger.ts';
import { type OpenedHistoryStore, openHistoryStore } from '../adapters/store/open-history-store.ts';
import { createMigrationService } from '../app/create-migration-service.ts';
import { createHistory } from '../app/history.ts';
import type { MigrationService } from '../app/views.ts';
import { type Config, loadConfig } from '../config/load-config.ts';
import type { Campaign } from '../core/campaign.ts';
import type { CliIo } from './cli-io.ts';
import type { ReportOptions } from './parse-report-options.ts';
import { SAMPLE_INVENTORY } from './sample-inventory.ts';

export interface CliService {
  readonly service: MigrationService;
  readonly campaign: Campaign;
  readonly config: Config;
  /** Where the inventory is read from (as given; may be a URL). */
  readonly location: string;
  /** Snapshot history (Redis when REDIS_URL is set, else files in DATA_DIR); null without history. */
  readonly store: OpenedHistoryStore | null;
}

export interface BuildServiceOptions {
  /**
   * Keep and show history. Default: only for the configured inventory, since
   * `--inventory FILE` asks about that file alone (add files with `import`).
   */
  readonly history?: boolean;
}

function campaignFor(config: Config, target: number | undefined): Campaign {
  if (target === undefined) return config.campaign;
  const name = config.rules.campaign.name ?? `Java ${target}+ migration`;
  return Object.freeze({ ...config.campaign, target, name });
}

export function buildService(
  options: Pick<ReportOptions, 'inventory' | 'config' | 'target'>,
  io: CliIo,
  build: BuildServiceOptions = {},
): CliService {
  const env = options.config ? { ...io.env, MIGRATION_CONFIG: options.config } : io.env;
  const config = loadConfig(env);
  const campaign = campaignFor(config, options.target);
  const location = options.inventory ?? config.inventory.location ?? SAMPLE_INVENTORY;
  const logger = createLogger({
    level: env.LOG_LEVEL ? config.logLevel : 'silent',
    secrets: [
      config.inventory.authorization,
      config.slack.botToken,
      config.slack.signingSecret,
      config.slack.appToken,
    ],
    destination: pino.destination({ dest: 2, sync: true }),
    name: 'java-migration-cli',
  });
  const loader = createFleetLoader({
    location,
    authorization: config.inventory.authorization,
    timeoutMs: config.inventory.timeoutMs,
    maxBytes: config.inventory.maxBytes,
    maxBadRowsPercent: config.inventory.maxBadRowsPercent,
    // A one-shot command has no event loop to keep free: parsing in-process saves starting a thread.
    worker: false,
  });
  const clock = { now: () => new Date() };
  const store =
    (build.history ?? options.inventory === undefined) ? openHistoryStore(config, { logger, clock }) : null;
  // No inventory configured: answer from the history when it has snapshots (imported ones,
  // say), and never record the shipped sample inventory into it.
  const unconfigured = options.inventory === undefined && config.inventory.location === null;
  const { keepAllDays } = config.rules.history;
  const service = createMigrationService({
    loader,
    campaign,
    clock,
    charts: createChartRenderer(),
    logger,
    freshnessMs: config.inventory.freshnessMs,
    history: store
      ? createHistory({ store: store.store, campaign, clock, logger, keepAllDays, record: !unconfigured })
      : undefined,
    preferHistory: unconfigured,
  });
  return { service, campaign, config, location, store };
}
