/**
 * The one place a failure becomes words for the terminal: a single line, no
 * stack trace. Typed errors (config, inventory, usage, team lookup, …) carry
 * their context in the message, so it is shown as it is; anything else is an
 * unexpected error and says how to see more.
 *
 * @example describeError(new UsageError('missing team name')) // { message: 'java-migration: missing team name', exitCode: 2 }
 */
import { UsageError } from './usage-error.ts';

export interface ErrorDescription {
  readonly message: string;
  readonly exitCode: number;
}

// Errors thrown by the runtime itself, not by our code: their message lacks the context a person needs.
const BUILT_IN = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

const firstLine = (text: string) =>
  text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof UsageError) {
    const usage = error.usage ? ` (${error.usage})` : '';
    return { message: `java-migration: ${firstLine(error.message)}${usage}`, exitCode: 2 };
  }
  if (error instanceof Error && !BUILT_IN.has(error.name)) {
    return { message: `java-migration: ${firstLine(error.message)}`, exitCode: 1 };
  }
  const text = error instanceof Error ? firstLine(error.message) : String(error);
  return {
    message: `java-migration: unexpected error: ${text} (run with LOG_LEVEL=debug for details)`,
    exitCode: 1,
  };
}
