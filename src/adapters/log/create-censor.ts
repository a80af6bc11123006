/**
 * The belt to redaction's braces: whatever path a secret hides under (a
 * message string, an error's text, a nested field), the written line has it
 * replaced. Runs on the serialised JSON line, so it sees everything.
 */
const TOKEN_PATTERNS = [/xox[abprs]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g];
const MIN_LITERAL = 6;
export const CENSORED = '[redacted]';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that removes tokens and the given secret values from a serialised log line. */
export function createCensor(secrets: readonly (string | null | undefined)[] = []): (line: string) => string {
  // A secret appears in the JSON line in its JSON-escaped form (quotes and backslashes escaped).
  const literals = [
    ...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_LITERAL)),
  ]
    .map((s) => JSON.stringify(s).slice(1, -1))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const patterns = literals.length
    ? [new RegExp(literals.join('|'), 'g'), ...TOKEN_PATTERNS]
    : TOKEN_PATTERNS;
  return (line) => patterns.reduce((text, pattern) => text.replace(pattern, CENSORED), line);
}
