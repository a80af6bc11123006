/**
 * Environment variables (DESIGN.md): secrets and endpoints. Blank counts as
 * unset. Each `.describe()` is what an error says is expected; `.env.example`
 * documents every variable and a test keeps the two in step.
 */
import { z } from 'zod';
import { channelId } from './schema-parts.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const isHttpUrl = (s: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};

const isRedisUrl = (s: string) => {
  try {
    const url = new URL(s);
    return ['redis:', 'rediss:'].includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
};

export const envSchema = z.object({
  SLACK_BOT_TOKEN: opt(
    z
      .string()
      .regex(/^xox[bp]-\S+$/)
      .describe('a bot token starting with xoxb-'),
  ),
  SLACK_SIGNING_SECRET: opt(
    z
      .string()
      .regex(/^\S{8,}$/)
      .describe("the app's signing secret (8 or more characters, no spaces)"),
  ),
  SLACK_APP_TOKEN: opt(
    z
      .string()
      .regex(/^xapp-\S+$/)
      .describe('an app-level token starting with xapp-'),
  ),
  SLACK_API_URL: opt(z.string().refine(isHttpUrl).describe('an http(s) URL of the Slack Web API')),
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(0).max(65535).default(3000).describe('a TCP port from 0 to 65535'),
  ),
  INVENTORY_URL: opt(
    z
      .string()
      // Anything with a scheme must be http(s); anything else is a file path.
      .refine((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || isHttpUrl(s))
      .describe('an http(s) URL or a file path of the inventory export'),
  ),
  INVENTORY_AUTHORIZATION: opt(
    z
      .string()
      // A line break here would let the value inject headers into the inventory request.
      .regex(/^[^\r\n]+$/)
      .describe('an Authorization header value on one line, e.g. "Bearer …"'),
  ),
  REDIS_URL: opt(z.string().refine(isRedisUrl).describe('a redis:// or rediss:// URL with a host')),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data').describe('a directory path')),
  MIGRATION_CONFIG: opt(z.string().describe('the path of the YAML rules file')),
  DIGEST_CHANNELS: opt(
    z
      .string()
      .transform((s) => s.split(/[\s,]+/).filter(Boolean))
      .superRefine((ids, ctx) => {
        // Checked here, not with a piped array schema, so the error names the variable and its whole value.
        const bad = ids.find((id) => !channelId.safeParse(id).success);
        if (bad !== undefined)
          ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not a channel id` });
      })
      .describe('comma-separated Slack channel ids (C…)'),
  ),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])
      .default('info')
      .describe('one of trace, debug, info, warn, error, fatal, silent'),
  ),
});

/** The variables the app reads, for `.env.example` checks and typo hints. */
export const ENV_KEYS: readonly string[] = Object.freeze(Object.keys(envSchema.shape));
