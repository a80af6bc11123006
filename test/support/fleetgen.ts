/**
 * Path of the shared synthetic-inventory generator. CI lays `shared/` beside
 * the clone; developers' checkouts have it at /work/shared. FLEETGEN overrides.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BESIDE = fileURLToPath(new URL('../../../shared/tools/fleetgen.mjs', import.meta.url));

export const FLEETGEN: string =
  process.env.FLEETGEN ?? (existsSync(BESIDE) ? BESIDE : '/work/shared/tools/fleetgen.mjs');
