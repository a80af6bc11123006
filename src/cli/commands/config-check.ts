/**
 * `java-migration config check [FILE]`: validate the rules file (FILE, else
 * MIGRATION_CONFIG) and the environment without starting anything. Prints
 * `OK: …summary…` and returns 0, or the one error line and returns 1.
 */
import { ConfigError } from '../../config/config-error.ts';
import { findEnvTypos } from '../../config/find-env-typos.ts';
import { loadConfig } from '../../config/load-config.ts';
import { requireSlack } from '../../config/require-slack.ts';
import { summarizeConfig } from '../../config/summarize-config.ts';

export interface ConfigCheckIo {
  readonly env: Record<string, string | undefined>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly now?: () => Date;
}

export const CONFIG_CHECK_USAGE = 'usage: java-migration config check [FILE]';

export function configCheck(args: readonly string[], io: ConfigCheckIo): number {
  const [sub, file, ...rest] = args;
  if (sub !== 'check' || rest.length || file?.startsWith('-')) {
    io.err(CONFIG_CHECK_USAGE);
    return 2;
  }
  const env = file ? { ...io.env, MIGRATION_CONFIG: file } : io.env;
  for (const warning of findEnvTypos(env)) io.err(`warning: ${warning}`);
  try {
    const config = loadConfig(env);
    // Half a Slack setup is a mistake; none at all is a CLI-only install.
    const s = config.slack;
    if (s.botToken || s.appToken || s.signingSecret) requireSlack(config);
    io.out(`OK: ${summarizeConfig(config, io.now?.() ?? new Date())}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    return 1;
  }
}
