/**
 * Which user groups a Slack user is in, for everything that depends on group
 * membership (the host-list allow-list, the Home tab's "your team" line of
 * owners listed by group): one `usergroups.list` call with `include_users`
 * (every group with its members) answers for everyone and is remembered for
 * `ttlMs`. A failed read (no `usergroups:read` scope, Slack down) counts as
 * "in no group", is logged, and is remembered as long, so a busy bot does not
 * ask again on every request; a group asked about that the workspace does not
 * have is logged once per read. Membership that cannot be read fails closed.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';

export interface UserGroupDirectory {
  /** Those of `groups` that `user` is in (none asked of Slack when `groups` is empty). */
  groupsOf(user: string, groups: ReadonlySet<string>, client: webApi.WebClient): Promise<ReadonlySet<string>>;
}

export interface UserGroupDirectoryOptions {
  readonly logger: Logger;
  /** How long the groups' members are remembered (default 60 s). */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

interface Read {
  readonly at: number;
  /** Members by group; null when the read failed. */
  readonly members: Promise<ReadonlyMap<string, ReadonlySet<string>> | null>;
  /** Groups already logged as unknown during this read. */
  readonly unknownLogged: Set<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function createUserGroupDirectory(options: UserGroupDirectoryOptions): UserGroupDirectory {
  const { logger } = options;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: Read | null = null;

  const read = (client: webApi.WebClient): Read => ({
    at: now(),
    unknownLogged: new Set(),
    members: client.usergroups
      .list({ include_users: true })
      .then(
        (res) =>
          new Map((res.usergroups ?? []).flatMap((g) => (g.id ? [[g.id, new Set(g.users ?? [])]] : []))),
      )
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'could not read the user groups; counted as no membership');
        return null;
      }),
  });

  return {
    async groupsOf(user, groups, client) {
      if (groups.size === 0) return NONE;
      if (!cached || now() - cached.at >= ttlMs) cached = read(client);
      const { members, unknownLogged } = cached;
      const known = await members;
      if (!known) return NONE;
      const inGroups = new Set<string>();
      for (const group of groups) {
        const users = known.get(group);
        if (users?.has(user)) inGroups.add(group);
        else if (!users && !unknownLogged.has(group)) {
          unknownLogged.add(group);
          logger.warn({ usergroup: group }, 'user group not found in the workspace; counted as no members');
        }
      }
      return inGroups;
    },
  };
}
