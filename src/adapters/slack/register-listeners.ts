/**
 * Every listener of the bot, wired in one place.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';
import type { MigrationService } from '../../app/views.ts';
import { ACTION_IDS, TEAM_BUTTON_PATTERN } from '../../core/render/blocks/action-ids.ts';
import { homeHeatmapAction } from './listeners/actions/home-heatmap-action.ts';
import { pendingCsvAction } from './listeners/actions/pending-csv-action.ts';
import { statusAction, trendAction } from './listeners/actions/report-action.ts';
import { teamAction } from './listeners/actions/team-action.ts';
import type { DigestCommands } from './listeners/commands/digest-subcommands.ts';
import { javaMigrationCommand } from './listeners/commands/java-migration.ts';
import { appHomeOpened } from './listeners/events/app-home-opened.ts';
import type { HomeTab } from './listeners/events/home-tab.ts';
import type { ObserveCommand } from './observe-command.ts';
import type { ReportRunner } from './report-runner.ts';

export interface ListenerDeps {
  readonly runner: ReportRunner;
  readonly observe: ObserveCommand;
  readonly logger: Logger;
  /** The slash command's name (default `/java-migration`). */
  readonly command?: string;
  /** The Home tab (app_home_opened, its heatmap button); no Home tab without it. */
  readonly home?: { readonly tab: HomeTab; readonly service: MigrationService };
  /** subscribe / unsubscribe / digest preview; they answer "not set up" without it. */
  readonly digest?: DigestCommands;
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { runner, observe, logger } = deps;
  app.command(deps.command ?? '/java-migration', javaMigrationCommand(runner, observe, logger, deps.digest));
  app.action(ACTION_IDS.teamSelect, teamAction(runner, logger));
  app.action(TEAM_BUTTON_PATTERN, teamAction(runner, logger));
  app.action(ACTION_IDS.pendingCsv, pendingCsvAction(runner, logger));
  app.action(ACTION_IDS.trend, trendAction(runner, logger));
  app.action(ACTION_IDS.status, statusAction(runner, logger));
  if (deps.home) {
    app.event('app_home_opened', appHomeOpened(deps.home.tab));
    app.action(ACTION_IDS.homeHeatmap, homeHeatmapAction(deps.home.service, deps.home.tab, observe, logger));
  }
}
