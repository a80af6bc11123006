/**
 * Who may see host lists (a team's pending hosts, the hosts that moved, the
 * pending hosts CSV): the optional allow-list of the rules file's `access`
 * section. With neither channels nor user groups set, everyone may. Else a
 * request may when it comes from an allowed channel or from a member of an
 * allowed user group (user-group-directory.ts). Membership that cannot be
 * read counts as no membership: host lists fail closed.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';
import type { Rules } from '../../config/rules-schema.ts';
import { createUserGroupDirectory, type UserGroupDirectory } from './user-group-directory.ts';

export interface HostListAccess {
  /** True when host lists may be shown to `user` in `channel`. */
  allows(where: {
    readonly channel: string;
    readonly user: string;
    readonly client: webApi.WebClient;
  }): Promise<boolean>;
}

export interface HostListAccessOptions {
  readonly logger: Logger;
  /** Who is in which user group; a directory of its own by default. */
  readonly userGroups?: UserGroupDirectory;
}

/** The polite words for a request outside the allow-list. */
export const HOST_LIST_LIMITED_NOTE =
  "Host lists are only shared in the channels and user groups set up for them, so here you see the team's figures only.";
export const HOST_CSV_REFUSED_NOTE =
  'The pending hosts CSV is only shared in the channels and user groups set up for it. The team’s figures are in the report above.';

/** null when the rules restrict nothing (everyone sees host lists). */
export function createHostListAccess(
  rules: Rules['access'] | null | undefined,
  options: HostListAccessOptions,
): HostListAccess | null {
  const channels = rules?.hostListChannels ?? null;
  const groups = rules?.hostListUserGroups ?? [];
  if (channels === null && groups.length === 0) return null;
  const allowedGroups = new Set(groups);
  const userGroups = options.userGroups ?? createUserGroupDirectory({ logger: options.logger });

  return {
    async allows({ channel, user, client }) {
      if (channels?.includes(channel)) return true;
      return (await userGroups.groupsOf(user, allowedGroups, client)).size > 0;
    },
  };
}
