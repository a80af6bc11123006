/**
 * The bot, assembled from a Config: inventory loader, chart renderer, history
 * store (Redis or DATA_DIR) and MigrationService, the Slack app over them,
 * and the weekly digest (its schedule starts after Slack and stops with it). `start()` checks the bot
 * token (auth.test) and then listens (HTTP) or connects (Socket Mode);
 * `stop()` closes it. Tests start it in-process on a free port; `main.ts`
 * adds the process concerns (logging to stdout, signals).
 */
import type { Server } from 'node:http';
import { cacheChartRenderer } from './adapters/chart/cache-chart-renderer.ts';
import { createChartRenderer } from './adapters/chart/create-chart-renderer.ts';
import { createFleetLoader } from './adapters/inventory/create-fleet-loader.ts';
import { createDigestRuntime, type DigestRuntime } from './adapters/scheduler/create-digest-runtime.ts';
import type { DigestSchedulerOptions } from './adapters/scheduler/create-digest-scheduler.ts';
import { createSlackApp, type SlackApp, type SlackAppDeps } from './adapters/slack/create-slack-app.ts';
import { slackErrorCode } from './adapters/slack/explain-error.ts';
import { type OpenedHistoryStore, openHistoryStore } from './adapters/store/open-history-store.ts';
import { createMigrationService } from './app/create-migration-service.ts';
import { createHistory } from './app/history.ts';
import { notifyNewSnapshots } from './app/notify-new-snapshots.ts';
import type { Clock, FleetLoader, Logger } from './app/ports.ts';
import type { DigestPoster } from './app/digest-poster.ts';
import type { MigrationService } from './app/views.ts';
import { SAMPLE_INVENTORY } from './cli/sample-inventory.ts';
import type { Config } from './config/load-config.ts';

export interface AppDeps {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** A service built elsewhere (e.g. with history wired in); built from the config otherwise. */
  readonly service?: MigrationService;
  /** Interface to listen on in HTTP mode (all interfaces by default; tests use 127.0.0.1). */
  readonly host?: string;
  /** The snapshot history store, when opened elsewhere (e.g. shared with the digest); else opened from the config. */
  readonly store?: OpenedHistoryStore;
  /** Wraps the inventory loader (fetch metrics, readiness); see src/adapters/process/create-operations.ts. */
  readonly wrapLoader?: (loader: FleetLoader) => FleetLoader;
  /** Slack hooks: observe, boltLogger, fetch, customRoutes, limits, workingNoticeMs. */
  readonly slack?: Omit<SlackAppDeps, 'config' | 'service' | 'logger'>;
  /** Weekly digest scheduler tuning (retries, BullMQ locks); tests shorten them. */
  readonly digestTuning?: DigestSchedulerOptions['tuning'];
  /** Wraps the digest poster (the operations metrics count posted digests). */
  readonly wrapDigestPoster?: (poster: DigestPoster) => DigestPoster;
}

export interface BuiltApp {
  readonly slack: SlackApp;
  readonly service: MigrationService;
  /** Resolves once Slack accepted the token and the app listens (HTTP: with its port) or is connected. */
  start(): Promise<{ readonly mode: 'http' | 'socket'; readonly port: number | null }>;
  /** Stop taking work from Slack (HTTP server / Socket Mode connection); the service stays up for work in flight. */
  stopSlack(): Promise<void>;
  /** stopSlack(), then close the rest (the loader's worker thread). */
  stop(): Promise<void>;
}

/** Why start-up failed, in one line: a bad token is the common case. */
export class SlackStartError extends Error {
  constructor(what: string, cause: unknown) {
    const code = slackErrorCode(cause);
    const why = code ?? (cause instanceof Error ? cause.message : String(cause));
    const hint = code === 'invalid_auth' || code === 'not_authed' ? ': check SLACK_BOT_TOKEN' : '';
    super(`Slack ${what} failed (${why})${hint}`, { cause });
    this.name = 'SlackStartError';
  }
}

interface BuiltService {
  readonly service: MigrationService;
  /** The history store, when this built it or was given it (the digest needs it). */
  readonly store: OpenedHistoryStore | null;
  /** Starts the inventory worker thread so no command's load pays for its start. */
  warm(): Promise<void>;
  /** A request came in: a parse in progress gives way to it for a moment. */
  noteForeground(): void;
  close(): Promise<void>;
}

function buildService(config: Config, deps: AppDeps): BuiltService {
  const base = createFleetLoader({
    location: config.inventory.location ?? SAMPLE_INVENTORY,
    authorization: config.inventory.authorization,
    timeoutMs: config.inventory.timeoutMs,
    maxBytes: config.inventory.maxBytes,
    maxBadRowsPercent: config.inventory.maxBadRowsPercent,
  });
  const loader = deps.wrapLoader ? deps.wrapLoader(base) : base;
  const clock = deps.clock ?? { now: () => new Date() };
  const { campaign } = config;
  const { logger } = deps;
  const store = deps.store ?? openHistoryStore(config, { logger, clock });
  // Without a configured inventory the bot shows the shipped sample: answer from history
  // when it has snapshots, and never record the sample into it.
  const unconfigured = config.inventory.location === null;
  const keepAllDays = config.rules.history.keepAllDays;
  // New snapshots are reported (service.onSnapshot): the Home tab republishes its recent viewers.
  const observed = notifyNewSnapshots(store.store);
  const service = createMigrationService({
    loader,
    campaign,
    clock,
    // Drawn once per report (or trend), however many commands, Home tabs and digests show it.
    charts: cacheChartRenderer(createChartRenderer()),
    logger,
    freshnessMs: config.inventory.freshnessMs,
    history: createHistory({
      store: observed.store,
      campaign,
      clock,
      logger,
      keepAllDays,
      record: !unconfigured,
    }),
    preferHistory: unconfigured,
    snapshotEvents: observed.events,
  });
  // The loader parses in a worker thread, which would keep the process alive after stop().
  const close = async () => {
    await base.close();
    if (!deps.store) await store.close();
  };
  return { service, store, warm: () => base.warm(), noteForeground: () => base.noteForeground(), close };
}

export function buildApp(config: Config, deps: AppDeps): BuiltApp {
  const built: BuiltService = deps.service
    ? {
        service: deps.service,
        store: deps.store ?? null,
        warm: async () => {},
        noteForeground: () => {},
        close: async () => {},
      }
    : buildService(config, deps);
  const { service } = built;
  // The weekly digest: its schedule starts after Slack, its subcommands live in the Slack app.
  const digest: DigestRuntime | null = built.store
    ? createDigestRuntime({
        config,
        service,
        store: built.store.store,
        logger: deps.logger,
        clock: deps.clock,
        fetch: deps.slack?.fetch,
        tuning: deps.digestTuning,
        wrapPoster: deps.wrapDigestPoster,
      })
    : null;
  const slack = createSlackApp({
    ...deps.slack,
    // Each command or event, in either transport, tells the parse thread to give way for a moment.
    onIncoming: () => {
      built.noteForeground();
      deps.slack?.onIncoming?.();
    },
    config,
    service,
    logger: deps.logger,
    digest: digest?.commands,
  });
  // Started in the background: with Redis down, BullMQ waits for it, and start-up must not.
  let scheduling: Promise<void> | null = null;
  const startDigest = () => {
    if (!digest || scheduling) return;
    scheduling = digest.scheduler.start().catch((error) => {
      deps.logger.error({ err: error }, 'digest schedule did not start');
    });
  };
  const stopDigest = async () => {
    if (!digest || !scheduling) return;
    scheduling = null;
    // Waits for a digest being posted, as for a command in flight.
    await digest.scheduler.close();
  };
  let started = false;
  // Bolt refuses to stop a receiver that never started (e.g. the token was rejected); stop it once.
  const stopSlack = async () => {
    // No more Home tab republishing: the service may outlive the Slack app (work in flight).
    slack.stopHomeRefresh();
    if (!started) return;
    started = false;
    await slack.app.stop();
  };
  return {
    slack,
    service,
    async start() {
      // The inventory worker starts beside the Slack handshake: the first command's load must not pay for it.
      void built.warm().catch((error) => deps.logger.warn({ err: error }, 'inventory worker did not start'));
      try {
        await slack.app.init();
      } catch (error) {
        throw new SlackStartError('auth.test', error);
      }
      if (slack.mode === 'socket') {
        try {
          await slack.app.start();
        } catch (error) {
          throw new SlackStartError('Socket Mode connection', error);
        }
        started = true;
        startDigest();
        return { mode: slack.mode, port: null };
      }
      const server = (await slack.app.start({ port: config.port, host: deps.host })) as Server;
      // In HTTP mode, earlier still: as a request's head arrives, before its body is read and verified.
      server.on('request', built.noteForeground);
      started = true;
      startDigest();
      const address = server.address();
      return { mode: slack.mode, port: typeof address === 'object' && address ? address.port : config.port };
    },
    stopSlack,
    async stop() {
      try {
        await stopSlack();
        await stopDigest();
      } finally {
        await built.close();
      }
    },
  };
}
