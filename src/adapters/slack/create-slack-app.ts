/**
 * One Bolt app, two transports: Socket Mode when an app-level token is set
 * (no public URL needed), else HTTP at `POST /slack/events` with signature
 * verification always on. Every Web API call (Socket Mode's too) goes to
 * `SLACK_API_URL` with a timeout and bounded retries.
 */
import { App, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';
import type { MigrationService } from '../../app/views.ts';
import type { Config } from '../../config/load-config.ts';
import { requireSlack } from '../../config/require-slack.ts';
import { createHostListAccess } from './access-host-list.ts';
import { logEachCommand, type ObserveCommand } from './observe-command.ts';
import { createHomeTab, type HomeTab } from './listeners/events/home-tab.ts';
import type { DigestCommands } from './listeners/commands/digest-subcommands.ts';
import { registerListeners } from './register-listeners.ts';
import { createReportRunner, type ReportRunner } from './report-runner.ts';
import { type SlackCallLimits, slackClientOptions } from './slack-client-options.ts';
import { createUserGroupDirectory } from './user-group-directory.ts';
import { toBoltLogger } from './to-bolt-logger.ts';

/** A route beside /slack/events in HTTP mode (health, metrics). */
export interface SlackCustomRoute {
  readonly path: string;
  readonly method: string | string[];
  readonly handler: (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
  ) => void;
}

export interface SlackAppDeps {
  /** `rules.access` (the host-list allow-list) is read when given; everyone sees host lists without it. */
  readonly config: Pick<Config, 'slack' | 'port'> & { readonly rules?: Pick<Config['rules'], 'access'> };
  readonly service: MigrationService;
  readonly logger: Logger;
  /** Wraps each command's work (logging, metrics, in-flight tracking); one log line each by default. */
  readonly observe?: ObserveCommand;
  /** Bolt's logger; an adapter over `logger` by default. */
  readonly boltLogger?: BoltLogger;
  /** The fetch under every Slack call (e.g. one that counts errors); global fetch by default. */
  readonly fetch?: typeof fetch;
  /** Extra HTTP routes in HTTP mode. */
  readonly customRoutes?: readonly SlackCustomRoute[];
  readonly limits?: SlackCallLimits;
  /** Delay before the private "working on it" note (default 1000 ms). */
  readonly workingNoticeMs?: number;
  /** The weekly digest's subcommands (subscribe, unsubscribe, digest preview). */
  readonly digest?: DigestCommands;
  /**
   * Called as each verified request or Socket Mode event arrives, before its
   * listener (the bot: an inventory parse in progress gives way to it).
   */
  readonly onIncoming?: () => void;
}

export interface SlackApp {
  readonly app: App;
  readonly mode: 'socket' | 'http';
  readonly runner: ReportRunner;
  readonly home: HomeTab;
  /** Stop republishing Home tabs on new snapshots (the service outlives the Slack app). */
  readonly stopHomeRefresh: () => void;
}

export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const settings = requireSlack(deps.config);
  const logger = deps.boltLogger ?? toBoltLogger(deps.logger, LogLevel.INFO);
  const clientOptions = slackClientOptions(settings.apiUrl, deps.limits, deps.fetch);
  const common = {
    token: settings.botToken,
    logger,
    clientOptions,
    // auth.test runs in start() (app.init), so a bad token fails start-up with one clear error.
    deferInitialization: true,
    // No listener keeps conversation state: skip the store Bolt otherwise consults on every request.
    convoStore: false as const,
  };
  const app =
    settings.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: settings.appToken })
      : new App({
          ...common,
          signingSecret: settings.signingSecret,
          signatureVerification: true,
          endpoints: '/slack/events',
          // ack() is the HTTP response; the work continues after it.
          processBeforeResponse: false,
          customRoutes: [...(deps.customRoutes ?? [])],
        });
  app.error(async (error) => {
    deps.logger.error(
      { err: error, code: (error as { code?: string }).code },
      'unhandled error in a Slack listener',
    );
  });
  const { onIncoming } = deps;
  if (onIncoming) {
    app.use(async ({ next }) => {
      onIncoming();
      await next();
    });
  }
  const observe = deps.observe ?? logEachCommand(deps.logger);
  // One read of the workspace's user groups serves the host-list allow-list and the Home tab.
  const userGroups = createUserGroupDirectory({ logger: deps.logger });
  const runner = createReportRunner({
    service: deps.service,
    observe,
    workingNoticeMs: deps.workingNoticeMs,
    hostListAccess: createHostListAccess(deps.config.rules?.access, { logger: deps.logger, userGroups }),
  });
  const home = createHomeTab({
    service: deps.service,
    logger: deps.logger,
    observe,
    client: app.client,
    userGroups,
  });
  registerListeners(app, {
    runner,
    observe,
    logger: deps.logger,
    home: { tab: home, service: deps.service },
    digest: deps.digest,
  });
  // Recent Home tab viewers see a new snapshot without reopening the tab.
  const stopHomeRefresh = deps.service.onSnapshot?.(() => void home.refreshAll()) ?? (() => {});
  return { app, mode: settings.mode, runner, home, stopHomeRefresh };
}
