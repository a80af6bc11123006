/** Environment variables (DESIGN.md): secrets and endpoints. Blank counts as unset. */
import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const envSchema = z.object({
  SLACK_BOT_TOKEN: opt(z.string().regex(/^xox[bp]-/, 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, 'the app signing secret')),
  SLACK_APP_TOKEN: opt(z.string().regex(/^xapp-/, 'an app-level token starting with xapp-')),
  SLACK_API_URL: opt(z.url({ protocol: /^https?$/ })),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  INVENTORY_URL: opt(z.string().min(1)),
  INVENTORY_AUTHORIZATION: opt(z.string()),
  REDIS_URL: opt(z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  MIGRATION_CONFIG: opt(z.string()),
  DIGEST_CHANNELS: opt(
    z
      .string()
      .transform((s) => s.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'comma-separated Slack channel ids (C…)'))),
  ),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  ),
});
