/**
 * The bot's Home tab: publishes a viewer's view (`views.publish` with their
 * user id) when they open it, remembers them as a recent viewer, and
 * republishes every recent viewer's view when a new snapshot is taken. A
 * failed inventory read gives a view that says so rather than no view. When
 * a team is owned through a user group, the viewer's groups come from
 * `userGroups` (user-group-directory.ts) for their "your team" line.
 */
import type { types, webApi } from '@slack/bolt';
import type { Logger } from '../../../../app/ports.ts';
import type { MigrationService, StatusView, ViewNote } from '../../../../app/views.ts';
import { homeErrorView } from '../../../../core/render/blocks/home-error-view.ts';
import { ownerGroups } from '../../../../core/report/owner-groups.ts';
import { type HomeView, homeView } from '../../../../core/render/blocks/home-view.ts';
import { explainError, slackErrorCode } from '../../explain-error.ts';
import type { ObserveCommand } from '../../observe-command.ts';
import { createUserGroupDirectory, type UserGroupDirectory } from '../../user-group-directory.ts';
import { createRecentHomeViewers, type RecentHomeViewers } from './recent-home-viewers.ts';

export interface HomeTabDeps {
  readonly service: MigrationService;
  readonly logger: Logger;
  readonly observe: ObserveCommand;
  /** The client for refreshes, which come from no request (Bolt's `app.client`). */
  readonly client: webApi.WebClient;
  readonly viewers?: RecentHomeViewers;
  /** Who is in which user group (owners listed by group); one cached `usergroups.list` by default. */
  readonly userGroups?: UserGroupDirectory;
}

export interface HomeTab {
  /** `user` opened the Home tab: remember them and publish their view. */
  opened(user: string, client?: webApi.WebClient): Promise<void>;
  /** Publish `user`'s view now, with `notes` under the figures; false if Slack refused it. */
  publish(user: string, notes?: readonly ViewNote[], client?: webApi.WebClient): Promise<boolean>;
  /** Republish every recent viewer's view; overlapping calls share one run (plus one more after it). */
  refreshAll(): Promise<number>;
  readonly viewers: RecentHomeViewers;
}

// Users Slack will not show a Home tab to any more: stop republishing for them.
const GONE = new Set(['user_not_found', 'account_inactive', 'not_enabled']);

type Status = { readonly view: StatusView } | { readonly error: unknown };

export function createHomeTab(deps: HomeTabDeps): HomeTab {
  const { service, logger, observe } = deps;
  const viewers = deps.viewers ?? createRecentHomeViewers();
  const userGroups = deps.userGroups ?? createUserGroupDirectory({ logger });

  async function readStatus(): Promise<Status> {
    try {
      return { view: await service.status() };
    } catch (error) {
      return { error };
    }
  }

  async function render(
    status: Status,
    user: string,
    notes: readonly ViewNote[],
    client: webApi.WebClient,
  ): Promise<HomeView> {
    if (!('view' in status)) {
      const ex = explainError(status.error);
      return homeErrorView(ex.message, ex.hint);
    }
    const groups = await userGroups.groupsOf(user, ownerGroups(status.view.report), client);
    return homeView({ status: status.view, user, userGroups: groups, notes });
  }

  async function send(client: webApi.WebClient, user: string, view: HomeView): Promise<boolean> {
    try {
      // Our block types are a structural subset of the SDK's.
      await client.views.publish({ user_id: user, view: view as unknown as types.HomeView });
      return true;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && GONE.has(code)) viewers.forget(user);
      logger.warn({ err: error, user, slackError: code }, 'could not publish the Home tab');
      return false;
    }
  }

  async function publish(user: string, notes: readonly ViewNote[] = [], client = deps.client) {
    const status = await readStatus();
    if ('error' in status) logger.warn({ err: status.error, user }, 'Home tab without figures');
    return send(client, user, await render(status, user, notes, client));
  }

  async function refreshOnce(): Promise<number> {
    const users = viewers.list();
    if (users.length === 0) return 0;
    // One status for everyone: the views differ only in the viewer's own team line.
    const status = await readStatus();
    let published = 0;
    // One at a time: views.publish is rate limited per workspace, and this is background work.
    for (const user of users) {
      if (await send(deps.client, user, await render(status, user, [], deps.client))) published += 1;
    }
    return published;
  }

  let running: Promise<number> | null = null;
  let again = false;

  return {
    viewers,
    publish,
    opened: (user, client) =>
      observe(
        'app_home',
        async (ctx) => {
          const ok = await publish(user, [], client);
          // Remembered after publishing: a snapshot taken by this very read needs no second publish.
          viewers.add(user);
          if (!ok) ctx.setOutcome('slack_error');
        },
        { user },
      ),
    refreshAll() {
      if (running) {
        again = true;
        return running;
      }
      running = observe('app_home_refresh', async () => {
        let published = 0;
        do {
          again = false;
          published = await refreshOnce();
        } while (again);
        logger.info({ published }, 'Home tab republished after a new snapshot');
        return published;
      }).finally(() => {
        running = null;
      });
      return running;
    },
  };
}
