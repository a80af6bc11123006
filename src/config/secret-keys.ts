/**
 * Environment variables whose values are never shown: not in config errors,
 * not in logs, not in `config check`'s summary. REDIS_URL and INVENTORY_URL
 * are shown with their password masked (see `maskUrl`).
 */
export const SECRET_ENV_KEYS: readonly string[] = Object.freeze([
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'INVENTORY_AUTHORIZATION',
]);

/** Variables that are URLs which may carry credentials (`redis://:password@host`). */
export const URL_ENV_KEYS: readonly string[] = Object.freeze(['REDIS_URL', 'INVENTORY_URL', 'SLACK_API_URL']);
