/** A fleetgen export as text (deterministic for its arguments), optionally rewritten by `edit`. */
import { execFileSync } from 'node:child_process';
import { FLEETGEN } from '../../support/fleetgen.ts';

export function fleetCsv(args: readonly string[], edit: (csv: string) => string = (csv) => csv): string {
  const csv = execFileSync(process.execPath, [FLEETGEN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return edit(csv);
}

/** The distinct values of one column (simple CSV: fleetgen quotes no team names without --messy quoting them). */
export function columnValues(csv: string, header: string): string[] {
  const lines = csv.split('\n').filter(Boolean);
  const index = lines[0].split(',').indexOf(header);
  return [...new Set(lines.slice(1).map((l) => l.split(',')[index]?.replace(/^"|"$/g, '').trim()))]
    .filter((v): v is string => Boolean(v))
    .sort();
}
