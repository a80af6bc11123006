/**
 * The real digest service for tests: MigrationService with history over a
 * given store, the real chart renderer, and the real Slack poster talking to
 * the Slack stand-in. The inventory is the last week of a plan series; the
 * earlier weeks are seeded into the store as snapshots.
 */
import { webApi } from '@slack/bolt';
import { createChartRenderer } from '../../src/adapters/chart/create-chart-renderer.ts';
import { createSlackDigestPoster } from '../../src/adapters/scheduler/slack-digest-poster.ts';
import { slackClientOptions } from '../../src/adapters/slack/slack-client-options.ts';
import type { HistoryStore } from '../../src/adapters/store/history-store.ts';
import { createMigrationService } from '../../src/app/create-migration-service.ts';
import type { DigestClaimTiming } from '../../src/app/digest-claim.ts';
import { createDigestService, type DigestService } from '../../src/app/digest-service.ts';
import { createHistory } from '../../src/app/history.ts';
import type { Clock, Logger, SnapshotStore } from '../../src/app/ports.ts';
import type { DigestSchedule } from '../../src/core/digest/digest-slots.ts';
import { recordsLoader, seedSnapshots } from './digest-records-loader.ts';
import { campaignFor, seriesSnapshots, type TeamPlan, weeklyDates, weekRecords } from './digest-series.ts';

export const SERIES_PLANS: readonly TeamPlan[] = [
  { team: 'Team Blue', hosts: 10, migrated: [2, 4, 6, 8], owners: ['U0BLUE'] },
  { team: 'Team Red', hosts: 10, migrated: [1, 1, 1, 1], owners: ['U0RED'] },
  { team: 'Team Amber', hosts: 10, migrated: [4, 5, 7, 6], owners: ['S0AMBER'] },
  { team: '<!channel> Ops', hosts: 5, migrated: [5, 5, 5, 5], owners: ['U0OPS'] },
];

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A clock that starts at `startIso` and runs at real speed (store ttls need real time to pass). */
export function runningClock(startIso: string): Clock {
  const offset = Date.parse(startIso) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

const FIRST_WEEK = '2024-11-11T06:00:00.000Z';

/** Store the series' first three weeks (the fourth is the current inventory). */
export async function seedSeries(store: SnapshotStore, firstWeek = FIRST_WEEK): Promise<void> {
  const campaign = campaignFor(SERIES_PLANS, '2025-03-31');
  await seedSnapshots(store, seriesSnapshots(SERIES_PLANS, campaign, weeklyDates(firstWeek, 4)).slice(0, 3));
}

export interface DigestSetupOptions {
  readonly store: HistoryStore;
  readonly slackApiUrl: string;
  readonly schedule: DigestSchedule;
  readonly channels: readonly string[];
  readonly clock: Clock;
  readonly token?: string;
  readonly catchUpMs?: number;
  readonly timing?: Partial<DigestClaimTiming>;
  readonly logger?: Logger;
  /** Seed the earlier weeks into the store (default true). */
  readonly seed?: boolean;
  /** The fetch under the Slack client (default: global fetch). */
  readonly fetch?: typeof fetch;
  /** Monday of the first week (default 2024-11-11 06:00 UTC). */
  readonly firstWeek?: string;
}

export async function digestSetup(options: DigestSetupOptions): Promise<DigestService> {
  const dates = weeklyDates(options.firstWeek ?? FIRST_WEEK, 4);
  const campaign = campaignFor(SERIES_PLANS, '2025-03-31');
  if (options.seed !== false) await seedSeries(options.store, options.firstWeek);
  const logger = options.logger ?? silentLogger;
  const charts = createChartRenderer();
  const service = createMigrationService({
    loader: recordsLoader(weekRecords(SERIES_PLANS, 3, dates[3])),
    campaign,
    clock: options.clock,
    charts,
    logger,
    freshnessMs: 60_000,
    history: createHistory({
      store: options.store,
      campaign,
      clock: options.clock,
      logger,
      keepAllDays: 3650,
    }),
  });
  const client = new webApi.WebClient(
    options.token ?? 'xoxb-digest-test',
    slackClientOptions(options.slackApiUrl, { retries: 0, timeoutMs: 10_000 }, options.fetch),
  );
  return createDigestService({
    service,
    store: options.store,
    schedule: options.schedule,
    logger,
    claims: options.store,
    subscriptions: options.store,
    poster: createSlackDigestPoster(client),
    channels: options.channels,
    catchUpMs: options.catchUpMs ?? 86_400_000,
    clock: options.clock,
    timing: options.timing,
  });
}
