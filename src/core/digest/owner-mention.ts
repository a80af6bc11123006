/**
 * Slack mention syntax for a team owner from the config. Only well-formed ids
 * become mentions: anything else is dropped rather than passed through, so a
 * config value can never smuggle `<!channel>` or a link into a message.
 */

const USER = /^[UW][A-Z0-9]{2,}$/;
const GROUP = /^S[A-Z0-9]{2,}$/;

/** A user-group id (`S…`), as team owner lists may name one. */
export const isUserGroupId = (id: string): boolean => GROUP.test(id);

/**
 * The mention for a user (`U…`, `W…`) or user-group (`S…`) id; null for anything else.
 * @example ownerMention('S0123ABC') // '<!subteam^S0123ABC>'
 */
export function ownerMention(id: string): string | null {
  if (USER.test(id)) return `<@${id}>`;
  if (isUserGroupId(id)) return `<!subteam^${id}>`;
  return null;
}

/**
 * The mentions for a list of ids, space-separated ('' when none is valid); `quiet` names
 * the ids without notifying anyone (for a private preview).
 * @example ownerMentions(['U1AB', 'nope']) // '<@U1AB>'
 * @example ownerMentions(['U1AB'], true) // '`@U1AB`'
 */
export function ownerMentions(ids: readonly string[], quiet = false): string {
  return ids
    .flatMap((id) => {
      const mention = ownerMention(id);
      if (mention === null) return [];
      return [quiet ? `\`@${id}\`` : mention];
    })
    .join(' ');
}
