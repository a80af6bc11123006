/**
 * Who may see host lists (a team's pending hosts, the hosts that moved, the
 * pending hosts CSV): the optional allow-list of the rules file's `access`
 * section. With neither channels nor user groups set, everyone may. Else a
 * request may when it comes from an allowed channel or from a member of an
 * allowed user group (`usergroups.users.list`, cached for `ttlMs`). Membership
 * that cannot be read counts as no membership: host lists fail closed.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';
import type { Rules } from '../../config/rules-schema.ts';

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
  /** How long a user group's members are remembered (default 60 s). */
  readonly ttlMs?: number;
  readonly now?: () => number;
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
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const members = new Map<string, { at: number; users: Promise<ReadonlySet<string>> }>();

  const membersOf = (group: string, client: webApi.WebClient): Promise<ReadonlySet<string>> => {
    const cached = members.get(group);
    if (cached && now() - cached.at < ttlMs) return cached.users;
    const users = client.usergroups.users
      .list({ usergroup: group })
      .then((res) => new Set(res.users ?? []) as ReadonlySet<string>)
      .catch((error: unknown) => {
        // Not remembered: the next request asks Slack again.
        members.delete(group);
        options.logger.warn(
          { err: error, usergroup: group },
          'could not read a user group; host lists withheld',
        );
        return new Set<string>() as ReadonlySet<string>;
      });
    members.set(group, { at: now(), users });
    return users;
  };

  return {
    async allows({ channel, user, client }) {
      if (channels?.includes(channel)) return true;
      for (const group of groups) {
        if ((await membersOf(group, client)).has(user)) return true;
      }
      return false;
    },
  };
}
