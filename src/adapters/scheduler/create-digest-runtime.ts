/**
 * The weekly digest wired from the config, for the bot and the CLI alike: the
 * digest service over the MigrationService and the history store (snapshots,
 * once-only claims, channel subscriptions), posting with its own Web API
 * client, and the schedule that runs it (BullMQ with REDIS_URL, else a timer).
 */
import { webApi } from '@slack/bolt';
import type { DigestClaimTiming } from '../../app/digest-claim.ts';
import type { DigestPoster } from '../../app/digest-poster.ts';
import { createDigestService, type DigestService } from '../../app/digest-service.ts';
import type { Clock, Logger } from '../../app/ports.ts';
import type { MigrationService } from '../../app/views.ts';
import type { Config } from '../../config/load-config.ts';
import type { DigestCommands } from '../slack/listeners/commands/digest-subcommands.ts';
import { type SlackCallLimits, slackClientOptions } from '../slack/slack-client-options.ts';
import type { HistoryStore } from '../store/history-store.ts';
import { createDigestScheduler, type DigestSchedulerOptions } from './create-digest-scheduler.ts';
import type { DigestScheduler } from './digest-scheduler.ts';
import { createSlackDigestPoster } from './slack-digest-poster.ts';

export interface DigestRuntimeDeps {
  readonly config: Pick<Config, 'digest' | 'slack' | 'store'>;
  readonly service: MigrationService;
  readonly store: HistoryStore;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** The fetch under the Slack client (metrics, tests). */
  readonly fetch?: typeof fetch;
  readonly limits?: SlackCallLimits;
  /** Scheduler tuning (retries, BullMQ locks). */
  readonly tuning?: DigestSchedulerOptions['tuning'];
  /** Claim timing (tests shorten the posting lease). */
  readonly timing?: Partial<DigestClaimTiming>;
  /** Wraps the Slack poster (e.g. the operations' digest metrics). */
  readonly wrapPoster?: (poster: DigestPoster) => DigestPoster;
}

/**
 * One attempt per Slack call, bounded by its timeout: a post retried by the
 * client could land twice, and the posting lease must outlast a whole call.
 * A failed post fails the run, which the scheduler retries under a new lease.
 */
const DIGEST_SLACK_LIMITS: SlackCallLimits = { retries: 0, timeoutMs: 10_000 };

export interface DigestRuntime {
  readonly digest: DigestService;
  readonly scheduler: DigestScheduler;
  /** What the Slack listeners need for subscribe / unsubscribe / digest preview. */
  readonly commands: DigestCommands;
}

export function createDigestRuntime(deps: DigestRuntimeDeps): DigestRuntime {
  const { config, logger } = deps;
  const clock = deps.clock ?? { now: () => new Date() };
  // No token (a CLI dry run): building the message needs none; posting fails with not_authed.
  const client = new webApi.WebClient(
    config.slack.botToken ?? undefined,
    slackClientOptions(config.slack.apiUrl, { ...DIGEST_SLACK_LIMITS, ...deps.limits }, deps.fetch),
  );
  const digest = createDigestService({
    service: deps.service,
    store: deps.store,
    schedule: { cron: config.digest.cron, timezone: config.digest.timezone },
    logger,
    claims: deps.store,
    subscriptions: deps.store,
    poster: (deps.wrapPoster ?? ((p: DigestPoster) => p))(createSlackDigestPoster(client)),
    channels: config.digest.channels,
    catchUpMs: config.digest.catchUpMs,
    clock,
    timing: deps.timing,
  });
  const scheduler = createDigestScheduler({
    digest,
    redisUrl: config.store.redisUrl,
    logger,
    clock,
    tuning: deps.tuning,
  });
  return {
    digest,
    scheduler,
    commands: { digest, subscriptions: deps.store, configuredChannels: config.digest.channels, clock },
  };
}
