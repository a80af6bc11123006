/**
 * The benchmark's inventory exports: made with the shared fleetgen tool into a
 * git-ignored folder when missing (deterministic for given arguments, so a file
 * made once is reused as long as its name, which encodes them, matches).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface FleetSpec {
  readonly hosts: number;
  readonly teams: number;
  readonly week: number;
}

/** Path of the export for `spec` in `dir`, generating it with `fleetgen` (a .mjs path) first when missing. */
export async function ensureFleetFile(dir: string, fleetgen: string, spec: FleetSpec): Promise<string> {
  const file = join(dir, `fleet-${spec.hosts}-t${spec.teams}-w${spec.week}-messy.csv`);
  if (existsSync(file)) return file;
  if (!existsSync(fleetgen)) {
    throw new Error(`fleetgen not found at ${fleetgen}: set BENCH_FLEETGEN to the path of fleetgen.mjs`);
  }
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  const args = [fleetgen, '--hosts', String(spec.hosts), '--teams', String(spec.teams)];
  args.push('--week', String(spec.week), '--messy');
  process.stdout.write(`making ${file} with fleetgen ...\n`);
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(partial);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.pipe(out);
    child.on('error', reject);
    child.on('close', (code) => {
      out.close(() => (code === 0 ? resolve() : reject(new Error(`fleetgen exited with code ${code}`))));
    });
  });
  renameSync(partial, file);
  return file;
}
