/**
 * Variables that look like ours but are not read (`SLACK_BOT_TOKE`): a typo
 * there silently drops a setting, so start-up and `config check` warn about it.
 * Only warnings: the environment also holds other programs' variables.
 */
import { closestKey } from './closest-key.ts';
import { ENV_KEYS } from './env-schema.ts';

const OUR_PREFIXES = ['SLACK_', 'INVENTORY_', 'REDIS_', 'MIGRATION_', 'DIGEST_', 'DATA_', 'LOG_'];

export function findEnvTypos(env: Record<string, string | undefined>): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (ENV_KEYS.includes(name) || !OUR_PREFIXES.some((p) => name.startsWith(p))) continue;
    const guess = closestKey(name, ENV_KEYS);
    if (guess) warnings.push(`${name} is not read by java-migration; did you mean ${guess}?`);
  }
  return warnings;
}
