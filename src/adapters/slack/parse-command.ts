/**
 * What the user asked for in `/java-migration <text>`.
 */

export type Command =
  | { readonly kind: 'status' }
  | { readonly kind: 'team'; readonly name: string }
  | { readonly kind: 'trend' }
  | { readonly kind: 'refresh' }
  | { readonly kind: 'help' }
  | { readonly kind: 'subscribe' }
  | { readonly kind: 'unsubscribe' }
  | { readonly kind: 'digest-preview' }
  | { readonly kind: 'usage'; readonly text: string };

/**
 * Parse the command text: empty or `status`, `team NAME`, `trend`, `refresh`, `help`,
 * `subscribe`, `unsubscribe`, `digest preview`; anything else is usage.
 * @example parseCommand('team Team Blue') // { kind: 'team', name: 'Team Blue' }
 */
export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  const word = trimmed.split(/\s/, 1)[0] ?? '';
  // The argument keeps its inner spacing: team names are matched as the inventory spells them.
  const arg = trimmed.slice(word.length).trim();
  switch (word.toLowerCase()) {
    case '':
    case 'status':
      return arg ? { kind: 'usage', text } : { kind: 'status' };
    case 'team':
      return arg ? { kind: 'team', name: arg } : { kind: 'usage', text };
    case 'trend':
      return arg ? { kind: 'usage', text } : { kind: 'trend' };
    case 'refresh':
      return arg ? { kind: 'usage', text } : { kind: 'refresh' };
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'subscribe':
      return arg ? { kind: 'usage', text } : { kind: 'subscribe' };
    case 'unsubscribe':
      return arg ? { kind: 'usage', text } : { kind: 'unsubscribe' };
    case 'digest':
      return arg.toLowerCase() === 'preview' ? { kind: 'digest-preview' } : { kind: 'usage', text };
    default:
      return { kind: 'usage', text };
  }
}
