/**
 * Turn zod's first issue into one ConfigError line:
 * `config campaign.target: expected a whole number from 2 to 99, got "eleven"`.
 * The expectation comes from the key's `.describe()` text, not zod's wording.
 */
import type { z } from 'zod';
import { closestKey } from './closest-key.ts';
import { ConfigError } from './config-error.ts';
import { describeAt, knownKeysAt } from './schema-walk.ts';
import { SECRET_ENV_KEYS, URL_ENV_KEYS } from './secret-keys.ts';
import { showValue } from './show-value.ts';

/** `['teams', 'Team Blue', 'owners', 0]` -> `teams.Team Blue.owners[0]`. */
export function keyName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, p) => {
    if (typeof p === 'number') return `${name}[${p}]`;
    return name ? `${name}.${String(p)}` : String(p);
  }, '');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const p of path) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[p] : undefined;
  }
  return value;
}

function unknownKey(schema: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys): ConfigError {
  const typed = issue.keys[0];
  const known = knownKeysAt(schema, issue.path) ?? [];
  const guess = closestKey(typed, known);
  const hint = guess ? `; did you mean "${guess}"?` : '.';
  const others = issue.keys.length > 1 ? ` (also unknown: ${issue.keys.slice(1).join(', ')})` : '';
  return new ConfigError(
    keyName([...issue.path, typed]),
    `unknown key${hint} Expected one of: ${known.join(', ')}${others}`,
  );
}

/** The first issue of a failed parse, as a ConfigError naming key, value and expectation. */
export function toConfigError(error: z.ZodError, schema: z.ZodType, input: unknown): ConfigError {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') return unknownKey(schema, issue);
  const root = String(issue.path[0] ?? '');
  const value = valueAt(input, issue.path);
  const got = showValue(value, { secret: SECRET_ENV_KEYS.includes(root), url: URL_ENV_KEYS.includes(root) });
  const expected = describeAt(schema, issue.path) ?? issue.message.replace(/^Invalid input: /, '');
  // A refinement's message carries the detail (which cron field is out of range, ...).
  const detail =
    issue.code === 'custom' && !['', 'Invalid input', expected].includes(issue.message)
      ? ` (${issue.message})`
      : '';
  return new ConfigError(keyName(issue.path) || 'config', `expected ${expected}, got ${got}${detail}`);
}
