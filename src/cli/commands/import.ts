/**
 * `java-migration import FILE... [--as-of DATE]`: backfill history from
 * exports kept from earlier weeks. Each file becomes the snapshot of its date
 * (its newest `Last seen`, or `--as-of` for a single file); importing the same
 * export again changes nothing. A file that cannot be read is reported and
 * the others are still imported (exit code 1 if any failed).
 */
import { parseArgs } from 'node:util';
import { createFleetLoader } from '../../adapters/inventory/create-fleet-loader.ts';
import { importExport } from '../../app/import-export.ts';
import { terminalSafe } from '../../core/render/terminal-safe.ts';
import { textPercent, textTime } from '../../core/render/text-format.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand } from '../cli-io.ts';
import { describeError } from '../describe-error.ts';
import { UsageError } from '../usage-error.ts';

const USAGE = 'java-migration import FILE... [--as-of YYYY-MM-DD] [--config FILE] [--target N] [--json]';

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        config: { type: 'string', short: 'c' },
        target: { type: 'string', short: 't' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. ')[0], USAGE);
  }
}

/** `2019-03-18` (midnight UTC) or a full ISO 8601 time. */
function parseAsOf(text: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new UsageError(`--as-of must be a date as YYYY-MM-DD (got "${text}")`, USAGE);
  return new Date(ms);
}

export const importCommand: CliCommand = {
  summary: 'backfill history from earlier exports (dated by their newest "Last seen", or --as-of)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals: files } = parse(args);
    if (values.help) {
      io.out(`usage: ${USAGE}`);
      return 0;
    }
    if (files.length === 0) throw new UsageError('missing export file(s) to import', USAGE);
    const asOf = values['as-of'] === undefined ? undefined : parseAsOf(values['as-of']);
    if (asOf && files.length > 1)
      throw new UsageError('--as-of dates one file; import several files without it', USAGE);
    const target = values.target === undefined ? undefined : Number(values.target);
    if (target !== undefined && !(Number.isInteger(target) && target >= 2 && target <= 99)) {
      throw new UsageError(
        `--target must be a Java major version from 2 to 99 (got "${values.target}")`,
        USAGE,
      );
    }
    const built = buildService({ inventory: undefined, config: values.config, target }, io, {
      history: true,
    });
    const { config, campaign } = built;
    const store = built.store as NonNullable<typeof built.store>; // history: true opens it
    const deps = {
      store: store.store,
      campaign,
      clock: { now: () => new Date() },
      keepAllDays: config.rules.history.keepAllDays,
    };
    const results = [];
    let failed = 0;
    try {
      for (const file of files) {
        // One-shot: parse in-process rather than start a worker thread per file.
        const loader = createFleetLoader({ ...config.inventory, location: file, worker: false });
        try {
          const result = await importExport(deps, loader, asOf);
          results.push({ file, ...result });
          if (!values.json) {
            const what = result.created ? 'imported' : 'unchanged (already imported)';
            io.out(
              `${terminalSafe(file)}: ${what} as of ${textTime(result.asOf)}, ${result.hosts} hosts, ${textPercent(result.progressPercent)} migrated`,
            );
          }
        } catch (error) {
          failed++;
          results.push({ file, error: describeError(error).message });
          io.err(`${terminalSafe(file)}: ${describeError(error).message}`);
        }
      }
    } finally {
      await store.close();
    }
    if (values.json) io.out(JSON.stringify(results, null, 2));
    return failed ? 1 : 0;
  },
};
