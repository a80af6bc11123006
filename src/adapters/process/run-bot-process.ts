/**
 * Run the built bot as a service: readiness checks (Slack, Redis when
 * configured, a first inventory), the health routes (beside /slack/events in
 * HTTP mode, on a server of their own on PORT in Socket Mode), a background
 * first inventory load, and graceful shutdown on SIGTERM / SIGINT.
 */
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { MigrationService } from '../../app/views.ts';
import type { Config } from '../../config/load-config.ts';
import { redisPingCheck } from '../http/redis-ping-check.ts';
import { type HealthServer, startHealthServer } from '../http/start-health-server.ts';
import { createRedisClient } from '../store/create-redis-client.ts';
import type { Operations } from './create-operations.ts';
import { installGracefulShutdown, type ShutdownStep } from './install-graceful-shutdown.ts';
import { watchSlackConnection } from './watch-slack-connection.ts';
import { warmUp } from './warm-up.ts';

/** What this needs of buildApp's result. */
export interface RunnableBot {
  readonly slack: { readonly app: App; readonly mode: 'http' | 'socket' };
  readonly service: Pick<MigrationService, 'status' | 'heatmapPng'>;
  start(): Promise<{ readonly mode: 'http' | 'socket'; readonly port: number | null }>;
  /** Stop taking new work from Slack; what is in flight keeps its service, loader and client. */
  stopSlack(): Promise<void>;
  /** Close everything (after the work in flight). */
  stop(): Promise<void>;
}

export interface RunBotOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly ops: Operations;
  readonly bot: RunnableBot;
  /** Closed after the work in flight (the digest scheduler, its Redis connection, ...). */
  readonly close?: readonly ShutdownStep[];
  /** A Redis client of the request path to PING for readiness; one is made from REDIS_URL otherwise. */
  readonly redis?: { ping(): Promise<unknown>; quit(): Promise<unknown> };
  readonly exit?: (code: number) => void;
}

export async function runBotProcess(options: RunBotOptions): Promise<{ port: number | null }> {
  const { config, logger, ops, bot } = options;
  const slack = watchSlackConnection(bot.slack.app, bot.slack.mode);
  ops.readiness.set('slack', slack.check);
  const closers: ShutdownStep[] = [...(options.close ?? [])];
  let redis = options.redis;
  if (!redis && config.store.redisUrl) {
    let lastError = '';
    const client = createRedisClient(config.store.redisUrl, {
      // Each kind of connection error once, not once per reconnect attempt.
      onError: (err) => {
        if (err.message !== lastError) logger.warn({ err }, 'redis connection error');
        lastError = err.message;
      },
    });
    let up = false;
    client.on('ready', () => {
      if (!up) logger.info('redis connected');
      up = true;
      lastError = '';
    });
    client.on('close', () => {
      if (up) logger.warn('redis connection lost; reconnecting');
      up = false;
    });
    redis = client;
  }
  if (redis) {
    const client = redis;
    ops.readiness.set('redis', redisPingCheck(client, 500));
    closers.push({ name: 'redis', run: () => client.quit() });
  }

  // Socket Mode has no HTTP server of Bolt's we can await: the health routes get their own, before
  // connecting, so probes answer (503) while Slack is still being reached.
  let health: HealthServer | null = null;
  if (bot.slack.mode === 'socket') {
    health = await startHealthServer(ops.routes, config.port);
    closers.push({ name: 'health server', run: () => health?.close() });
  }
  const { mode, port } = await bot.start();
  slack.setStarted(true);
  const listening = port ?? health?.port ?? null;
  logger.info(
    { mode, port: listening },
    mode === 'http' ? `listening on port ${listening}` : 'connected to Slack (Socket Mode)',
  );

  // The first read, and its heatmap drawn (kept per report): the first status then draws nothing.
  const firstRead = async () => {
    const view = await bot.service.status();
    await bot.service.heatmapPng(view.report).catch((err) => logger.warn({ err }, 'heatmap not drawn ahead'));
  };
  const warm = warmUp(firstRead, { logger, onLoaded: ops.markInventoryLoaded });
  installGracefulShutdown({
    logger,
    inFlight: ops.inFlight,
    graceMs: config.server.shutdownGraceMs,
    readiness: ops.readiness,
    stopIntake: [
      { name: 'warm-up', run: () => warm.stop() },
      {
        name: 'slack',
        run: () => {
          slack.setStarted(false);
          return bot.stopSlack();
        },
      },
    ],
    // The app (its inventory loader's worker) first: it may still hold a Redis-backed store.
    close: [{ name: 'app', run: () => bot.stop() }, ...closers],
    exit: options.exit,
  });
  return { port: listening };
}
