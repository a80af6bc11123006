/**
 * Which user groups a Slack user is in, for the Home tab's "your team" line
 * of owners listed by group: one `usergroups.list` call with `include_users`
 * (every group with its members) answers for everyone and is remembered for
 * `ttlMs`. A failed read (no `usergroups:read` scope, Slack down) counts as
 * "in no group", is logged, and is remembered as long, so a Home tab opened
 * often does not ask again each time.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../app/ports.ts';

export interface UserGroupDirectory {
  /** Those of `groups` that `user` is in (none asked of Slack when `groups` is empty). */
  groupsOf(user: string, groups: ReadonlySet<string>, client: webApi.WebClient): Promise<ReadonlySet<string>>;
}

export interface UserGroupDirectoryOptions {
  readonly logger: Logger;
  /** How long the groups' members are remembered (default 5 minutes). */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

type Members = ReadonlyMap<string, ReadonlySet<string>>;

const NONE: ReadonlySet<string> = new Set();

export function createUserGroupDirectory(options: UserGroupDirectoryOptions): UserGroupDirectory {
  const ttlMs = options.ttlMs ?? 300_000;
  const now = options.now ?? Date.now;
  let cached: { readonly at: number; readonly members: Promise<Members> } | null = null;

  const read = (client: webApi.WebClient): Promise<Members> =>
    client.usergroups
      .list({ include_users: true })
      .then(
        (res) =>
          new Map((res.usergroups ?? []).flatMap((g) => (g.id ? [[g.id, new Set(g.users ?? [])]] : []))),
      )
      .catch((error: unknown) => {
        options.logger.warn(
          { err: error },
          'could not read the user groups; team owners listed by group get no "your team" line',
        );
        return new Map();
      });

  return {
    async groupsOf(user, groups, client) {
      if (groups.size === 0) return NONE;
      if (!cached || now() - cached.at >= ttlMs) cached = { at: now(), members: read(client) };
      const members = await cached.members;
      return new Set([...groups].filter((group) => members.get(group)?.has(user)));
    },
  };
}
