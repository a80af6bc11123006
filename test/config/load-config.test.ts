import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig, parseRules } from '../../src/config/load-config.ts';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, got none');
}

function expectOneLine(error: ConfigError, key: string) {
  expect(error.key).toBe(key);
  expect(
    error.message.startsWith(`config ${key}: expected `) ||
      error.message.startsWith(`config ${key}: unknown key`),
  ).toBe(true);
  expect(error.message).not.toMatch(/[\r\n]/);
}

// [yaml, key the error must name, text the error must show as the bad value]
const badRules: [string, string, string][] = [
  ['campaign: { target: eleven }', 'campaign.target', '"eleven"'],
  ['campaign: { target: 11.5 }', 'campaign.target', '11.5'],
  ['campaign: { target: 1 }', 'campaign.target', '1'],
  ['campaign: { goalPercent: 0 }', 'campaign.goalPercent', '0'],
  ['campaign: { goalPercent: 120 }', 'campaign.goalPercent', '120'],
  ['campaign: { deadline: 2025-02-30 }', 'campaign.deadline', '"2025-02-30"'],
  ['campaign: { deadline: next spring }', 'campaign.deadline', '"next spring"'],
  ['campaign: { name: "" }', 'campaign.name', '""'],
  ['campaign: 5', 'campaign', '5'],
  ['columns: { team: "" }', 'columns.team', '""'],
  ['columns: { team: [a, b] }', 'columns.team', 'a list of 2'],
  ['staleDays: -3', 'staleDays', '-3'],
  ['staleDays: "30"', 'staleDays', '"30"'],
  ['teams: { Blue: { owners: [bob] } }', 'teams.Blue.owners[0]', '"bob"'],
  ['teams: { Blue: { aliases: blue } }', 'teams.Blue.aliases', '"blue"'],
  ['teams: [Blue, Red]', 'teams', 'a list of 2'],
  ['inventory: { timeoutSeconds: 0 }', 'inventory.timeoutSeconds', '0'],
  ['inventory: { maxMegabytes: lots }', 'inventory.maxMegabytes', '"lots"'],
  ['inventory: { freshnessMinutes: 2000 }', 'inventory.freshnessMinutes', '2000'],
  ['digest: { cron: "61 9 * * 1" }', 'digest.cron', '"61 9 * * 1"'],
  ['digest: { cron: "0 9 * *" }', 'digest.cron', '"0 9 * *"'],
  ['digest: { cron: every monday }', 'digest.cron', '"every monday"'],
  ['digest: { timezone: Mars/Olympus_Mons }', 'digest.timezone', '"Mars/Olympus_Mons"'],
  ['digest: { channels: [general] }', 'digest.channels[0]', '"general"'],
  ['digest: { catchUpHours: 500 }', 'digest.catchUpHours', '500'],
  ['history: { keepAllDays: 1 }', 'history.keepAllDays', '1'],
  ['access: { hostListChannels: "#ops" }', 'access.hostListChannels', '"#ops"'],
  ['server: { shutdownGraceSeconds: 0 }', 'server.shutdownGraceSeconds', '0'],
  ['campaign: { target: "line\\nbreak" }', 'campaign.target', '"line\\nbreak"'],
];

describe('rules file errors name the key, the value and what is expected', () => {
  it.each(badRules)('%s', (yaml, key, shown) => {
    const error = errorOf(() => parseRules(yaml));
    expectOneLine(error, key);
    expect(error.message).toContain(`, got ${shown}`);
  });

  it('uses the words of the task for a bad target', () => {
    expect(errorOf(() => parseRules('campaign: { target: eleven }')).message).toBe(
      'config campaign.target: expected a whole number from 2 to 99, got "eleven"',
    );
  });

  it.each([
    ['campaign: { targt: 12 }', 'campaign.targt', 'target'],
    ['campaign: { goal_percent: 90 }', 'campaign.goal_percent', 'goalPercent'],
    ['stalDays: 10', 'stalDays', 'staleDays'],
    ['digest: { timeZone: UTC }', 'digest.timeZone', 'timezone'],
    ['teams: { Blue: { owner: [U123] } }', 'teams.Blue.owner', 'owners'],
    ['colums: {}', 'colums', 'columns'],
  ])('rejects the unknown key in %s with a "did you mean"', (yaml, key, meant) => {
    const error = errorOf(() => parseRules(yaml));
    expectOneLine(error, key);
    expect(error.message).toContain(`did you mean "${meant}"?`);
  });

  it('lists the known keys when nothing is close', () => {
    const error = errorOf(() => parseRules('campaign: { banana: 1 }'));
    expect(error.message).not.toContain('did you mean');
    for (const k of ['name', 'target', 'goalPercent', 'deadline']) expect(error.message).toContain(k);
  });

  it('names the file for broken YAML and for a document that is not a mapping', () => {
    expectOneLine(
      errorOf(() => parseRules('campaign: [', 'rules.yml')),
      'rules.yml',
    );
    expectOneLine(
      errorOf(() => parseRules('a: 1\na: 2')),
      'MIGRATION_CONFIG',
    );
    expectOneLine(
      errorOf(() => parseRules('- just\n- a list')),
      'MIGRATION_CONFIG',
    );
  });

  it('accepts empty sections, canonicalises the time zone and keeps defaults', () => {
    const rules = parseRules('campaign:\ndigest: { timezone: europe/paris }\nteams: { Blue: }');
    expect(rules.campaign.target).toBe(11);
    expect(rules.digest.timezone).toBe('Europe/Paris');
    expect(rules.teams.Blue).toEqual({ aliases: [], owners: [] });
  });
});

const SECRET = 'xoxb-1234-5678-abcdefs3kr1t';
// [env, key, text the error must show; secrets: the raw value must not appear]
const badEnv: [Record<string, string>, string, string | null][] = [
  [{ PORT: 'eighty' }, 'PORT', '"eighty"'],
  [{ PORT: '70000' }, 'PORT', '"70000"'],
  [{ PORT: '3000.5' }, 'PORT', '"3000.5"'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', '"loud"'],
  [{ SLACK_API_URL: 'slack.example' }, 'SLACK_API_URL', '"slack.example"'],
  [{ INVENTORY_URL: 'ftp://files/export.csv' }, 'INVENTORY_URL', '"ftp://files/export.csv"'],
  [{ DIGEST_CHANNELS: 'C0123,#general' }, 'DIGEST_CHANNELS', '"C0123,#general"'],
  [{ MIGRATION_CONFIG: '/no/such/rules.yml' }, 'MIGRATION_CONFIG', '"/no/such/rules.yml"'],
  [{ SLACK_BOT_TOKEN: 'xoxq-not-a-bot-token-s3kr1t' }, 'SLACK_BOT_TOKEN', null],
  [{ SLACK_BOT_TOKEN: `${SECRET} trailing` }, 'SLACK_BOT_TOKEN', null],
  [{ SLACK_SIGNING_SECRET: 's3kr1t!' }, 'SLACK_SIGNING_SECRET', null],
  [{ SLACK_APP_TOKEN: 'xoxb-wrong-kind-s3kr1t' }, 'SLACK_APP_TOKEN', null],
  [{ INVENTORY_AUTHORIZATION: 'Bearer s3kr1t\r\nX-Evil: 1' }, 'INVENTORY_AUTHORIZATION', null],
];

describe('environment errors name the variable and never echo a secret', () => {
  it.each(badEnv)('%j', (env, key, shown) => {
    const error = errorOf(() => loadConfig(env));
    expectOneLine(error, key);
    if (shown) expect(error.message).toContain(`, got ${shown}`);
    else {
      expect(error.message).not.toContain('s3kr1t');
      expect(error.message).toContain(`${env[key].length} characters (secret, not shown)`);
    }
  });

  it('masks the password of a bad REDIS_URL', () => {
    const error = errorOf(() => loadConfig({ REDIS_URL: 'http://:hunter2pass@cache:6379' }));
    expectOneLine(error, 'REDIS_URL');
    expect(error.message).not.toContain('hunter2pass');
    expect(error.message).toContain('cache:6379');
  });

  it('reports a rules-file error through loadConfig with the key inside the file', () => {
    const files: Record<string, string> = { '/etc/jm/rules.yml': 'digest:\n  cron: "0 25 * * *"\n' };
    const error = errorOf(() => loadConfig({ MIGRATION_CONFIG: '/etc/jm/rules.yml' }, (p) => files[p]));
    expectOneLine(error, 'digest.cron');
    expect(error.message).toContain('"0 25 * * *"');
  });

  it('builds a frozen config from a valid environment and rules file', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        REDIS_URL: 'redis://:pw@cache:6379/1',
        DIGEST_CHANNELS: 'C0AAA, C0BBB',
        MIGRATION_CONFIG: 'rules.yml',
        SLACK_BOT_TOKEN: SECRET,
      },
      () => 'campaign: { target: 17, deadline: 2026-03-31 }\nserver: { shutdownGraceSeconds: 25 }\n',
    );
    expect(config.port).toBe(8080);
    expect(config.campaign.target).toBe(17);
    expect(config.campaign.name).toBe('Java 17+ migration');
    expect(config.digest.channels).toEqual(['C0AAA', 'C0BBB']);
    expect(config.server.shutdownGraceMs).toBe(25_000);
    expect(config.slack.botToken).toBe(SECRET);
    expect(Object.isFrozen(config)).toBe(true);
  });
});
