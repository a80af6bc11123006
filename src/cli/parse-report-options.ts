/**
 * The options shared by the report commands (`status`, `team`, `demo`):
 * `--inventory PATH|URL --config FILE --target N --json --out DIR`, parsed
 * strictly with node:util parseArgs. Mistakes become a UsageError.
 *
 * @example parseReportOptions(['--json', '--target', '17'], USAGE) // { json: true, target: 17, positionals: [] , ... }
 */
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

export interface ReportOptions {
  readonly inventory: string | undefined;
  readonly config: string | undefined;
  readonly target: number | undefined;
  readonly json: boolean;
  readonly out: string | undefined;
  readonly help: boolean;
  readonly positionals: readonly string[];
}

export const REPORT_OPTIONS_USAGE =
  '[--inventory PATH|URL] [--config FILE] [--target N] [--json] [--out DIR]';

function parseTarget(text: string | undefined, usage: string): number | undefined {
  if (text === undefined) return undefined;
  const target = Number(text);
  if (!/^\d+$/.test(text.trim()) || target < 2 || target > 99) {
    throw new UsageError(`--target must be a Java major version from 2 to 99 (got "${text}")`, usage);
  }
  return target;
}

export function parseReportOptions(args: readonly string[], usage: string): ReportOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    // parseArgs' messages are clear ("Unknown option '--jsn'"); keep the first sentence.
    throw new UsageError((error as Error).message.split('. ')[0], usage);
  }
  const { values, positionals } = parsed;
  return {
    inventory: values.inventory,
    config: values.config,
    target: parseTarget(values.target, usage),
    json: values.json ?? false,
    out: values.out,
    help: values.help ?? false,
    positionals,
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      inventory: { type: 'string', short: 'i' },
      config: { type: 'string', short: 'c' },
      target: { type: 'string', short: 't' },
      json: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
