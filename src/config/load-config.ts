/**
 * `loadConfig(env)`: environment for secrets and endpoints, the YAML rules file
 * for everything else. Returns a frozen Config or throws one ConfigError naming
 * the key, the value and what is expected.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Campaign } from '../core/campaign.ts';
import { ConfigError } from './config-error.ts';
import { envSchema } from './env-schema.ts';
import { type Rules, rulesSchema } from './rules-schema.ts';
import { showValue } from './show-value.ts';
import { toConfigError } from './to-config-error.ts';

export interface Config {
  readonly campaign: Campaign;
  readonly rules: Rules;
  readonly inventory: {
    /** http(s) URL or file path; null means the sample inventory shipped in the repo. */
    readonly location: string | null;
    readonly authorization: string | null;
    readonly freshnessMs: number;
    readonly timeoutMs: number;
    readonly maxBytes: number;
    readonly maxBadRowsPercent: number;
  };
  readonly slack: {
    readonly botToken: string | null;
    readonly signingSecret: string | null;
    readonly appToken: string | null;
    readonly apiUrl: string | null;
  };
  readonly port: number;
  readonly store: { readonly redisUrl: string | null; readonly dataDir: string };
  readonly digest: {
    readonly cron: string;
    readonly timezone: string;
    readonly channels: readonly string[];
    readonly catchUpMs: number;
  };
  readonly server: { readonly shutdownGraceMs: number };
  readonly logLevel: string;
  readonly configPath: string | null;
}

type Env = Record<string, string | undefined>;

/** Parse and validate a rules file's text; `name` (the variable or file it came from) is used in messages. */
export function parseRules(text: string, name = 'MIGRATION_CONFIG'): Rules {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0].replace(/:$/, '');
    throw new ConfigError(name, `expected valid YAML, got a syntax error (${reason})`);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(name, `expected a YAML mapping of rules, got ${showValue(raw)}`);
  }
  const parsed = rulesSchema.safeParse(raw);
  if (!parsed.success) throw toConfigError(parsed.error, rulesSchema, raw);
  return parsed.data;
}

function campaignFrom(rules: Rules): Campaign {
  const aliases: Record<string, string> = {};
  const owners: Record<string, readonly string[]> = {};
  for (const [team, t] of Object.entries(rules.teams)) {
    for (const alias of t.aliases) aliases[alias.trim().toLowerCase()] = team;
    if (t.owners.length) owners[team] = Object.freeze([...t.owners]);
  }
  return Object.freeze({
    name: rules.campaign.name ?? `Java ${rules.campaign.target}+ migration`,
    target: rules.campaign.target,
    goalPercent: rules.campaign.goalPercent,
    deadline: rules.campaign.deadline,
    columns: Object.freeze({ ...rules.columns }),
    staleDays: rules.staleDays,
    teamAliases: Object.freeze(aliases),
    teamOwners: Object.freeze(owners),
  });
}

/** Build the Config from the environment (and the rules file it names). */
export function loadConfig(
  env: Env = process.env,
  readFile = (p: string) => readFileSync(p, 'utf8'),
): Config {
  const parsedEnv = envSchema.safeParse(env);
  if (!parsedEnv.success) throw toConfigError(parsedEnv.error, envSchema, env);
  const e = parsedEnv.data;
  let text = '';
  if (e.MIGRATION_CONFIG) {
    try {
      text = readFile(e.MIGRATION_CONFIG);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ConfigError(
        'MIGRATION_CONFIG',
        `expected a readable YAML file, got ${showValue(e.MIGRATION_CONFIG)} (${reason})`,
      );
    }
  }
  const rules = parseRules(text, 'MIGRATION_CONFIG');
  const channels = e.DIGEST_CHANNELS ?? rules.digest.channels;
  return Object.freeze({
    campaign: campaignFrom(rules),
    rules,
    inventory: Object.freeze({
      location: e.INVENTORY_URL ?? null,
      authorization: e.INVENTORY_AUTHORIZATION ?? null,
      freshnessMs: rules.inventory.freshnessMinutes * 60_000,
      timeoutMs: rules.inventory.timeoutSeconds * 1000,
      maxBytes: Math.round(rules.inventory.maxMegabytes * 1024 * 1024),
      maxBadRowsPercent: rules.inventory.maxBadRowsPercent,
    }),
    slack: Object.freeze({
      botToken: e.SLACK_BOT_TOKEN ?? null,
      signingSecret: e.SLACK_SIGNING_SECRET ?? null,
      appToken: e.SLACK_APP_TOKEN ?? null,
      apiUrl: e.SLACK_API_URL ?? null,
    }),
    port: e.PORT,
    store: Object.freeze({ redisUrl: e.REDIS_URL ?? null, dataDir: e.DATA_DIR }),
    digest: Object.freeze({
      cron: rules.digest.cron,
      timezone: rules.digest.timezone,
      channels: Object.freeze([...channels]),
      catchUpMs: rules.digest.catchUpHours * 3_600_000,
    }),
    server: Object.freeze({ shutdownGraceMs: rules.server.shutdownGraceSeconds * 1000 }),
    logLevel: e.LOG_LEVEL,
    configPath: e.MIGRATION_CONFIG ?? null,
  });
}
