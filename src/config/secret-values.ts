/**
 * The secret values of a config, for the log censor: tokens, the signing
 * secret, the Authorization header (and its credential alone), the Redis password.
 */
import type { Config } from './load-config.ts';

function urlPassword(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.password ? decodeURIComponent(url.password) : null;
  } catch {
    return null;
  }
}

export function secretValues(config: Pick<Config, 'slack' | 'inventory' | 'store'>): string[] {
  const auth = config.inventory.authorization;
  // "Bearer abc" may be logged as just "abc" by a library: censor the credential on its own too.
  const credential = auth?.replace(/^\S+\s+/, '') ?? null;
  return [
    config.slack.botToken,
    config.slack.appToken,
    config.slack.signingSecret,
    auth,
    credential,
    urlPassword(config.store.redisUrl),
    urlPassword(config.inventory.location),
  ].filter((s): s is string => typeof s === 'string' && s !== '');
}
