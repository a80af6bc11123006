/**
 * One line that says what a valid config will do, for `config check` and the
 * start-up log. Secrets are never part of it; URLs have their password masked.
 */
import { nextCronRun } from './check-cron.ts';
import type { Config } from './load-config.ts';
import { maskUrl } from './mask-url.ts';

function slackPart(config: Config): string {
  const { botToken, appToken, signingSecret } = config.slack;
  if (!botToken) return 'Slack not configured (CLI only)';
  if (appToken) return 'Slack in Socket Mode';
  if (signingSecret) return `Slack over HTTP on port ${config.port}`;
  return 'Slack incomplete';
}

export function summarizeConfig(config: Config, now: Date): string {
  const c = config.campaign;
  const campaign = `${c.name} (target Java ${c.target}, goal ${c.goalPercent} %, deadline ${c.deadline ?? 'none'})`;
  const teams = Object.keys(config.rules.teams).length;
  const next = nextCronRun(config.digest.cron, config.digest.timezone, now).toISOString().slice(0, 16);
  const channels = config.digest.channels.length;
  const digest = `digest "${config.digest.cron}" ${config.digest.timezone} (next ${next}Z) to ${channels} channel${channels === 1 ? '' : 's'}`;
  const store = config.store.redisUrl
    ? `store ${maskUrl(config.store.redisUrl)}`
    : `store ${config.store.dataDir} (embedded)`;
  const inventory = `inventory ${config.inventory.location ? maskUrl(config.inventory.location) : 'sample (INVENTORY_URL unset)'}`;
  const rules = config.configPath ? `rules ${config.configPath}` : 'rules: defaults (MIGRATION_CONFIG unset)';
  return [
    rules,
    campaign,
    `${teams} team${teams === 1 ? '' : 's'} configured`,
    digest,
    inventory,
    store,
    slackPart(config),
  ].join('; ');
}
