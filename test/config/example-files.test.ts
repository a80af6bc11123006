import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { envSchema } from '../../src/config/env-schema.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { rulesSchema } from '../../src/config/rules-schema.ts';

const EXAMPLE = 'migration.example.yml';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every key path the schema accepts; a record's free key is written `*`. Walked here, not by the code under test. */
function schemaPaths(schema: z.ZodType, prefix: string[] = []): string[] {
  const d = def(schema);
  if (d.innerType) return schemaPaths(d.innerType, prefix);
  if (d.type === 'pipe') return [...schemaPaths(d.in!, prefix), ...schemaPaths(d.out!, prefix)];
  if (d.type === 'record') return schemaPaths(d.valueType!, [...prefix, '*']);
  if (d.type !== 'object') return [];
  return Object.entries(d.shape!).flatMap(([k, v]) => [
    [...prefix, k].join('.'),
    ...schemaPaths(v, [...prefix, k]),
  ]);
}

function documentPaths(value: unknown, prefix: string[] = [], freeKeys = ['teams']): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const isRecord = freeKeys.includes(prefix.join('.'));
  return Object.entries(value).flatMap(([k, v]) => {
    const path = [...prefix, isRecord ? '*' : k];
    return [...(isRecord ? [] : [path.join('.')]), ...documentPaths(v, path, freeKeys)];
  });
}

describe('migration.example.yml', () => {
  const text = readFileSync(EXAMPLE, 'utf8');

  it('is valid for the real loader', () => {
    const config = loadConfig({ MIGRATION_CONFIG: EXAMPLE });
    expect(config.configPath).toBe(EXAMPLE);
  });

  it('shows every key of the rules schema, and no other', () => {
    const inSchema = [...new Set(schemaPaths(rulesSchema))].sort();
    const inExample = [...new Set(documentPaths(parse(text)))].sort();
    expect(inSchema.length).toBeGreaterThan(20);
    expect(inExample).toEqual(inSchema);
  });

  it('shows the defaults as values (teams are an illustration)', () => {
    const fromExample = loadConfig({ MIGRATION_CONFIG: EXAMPLE });
    const defaults = loadConfig({});
    const { teams: _t, campaign: exampleCampaign, ...exampleRest } = fromExample.rules;
    const { teams: _d, campaign: defaultCampaign, ...defaultRest } = defaults.rules;
    expect(exampleRest).toEqual(defaultRest);
    expect({ ...exampleCampaign, name: undefined }).toEqual({ ...defaultCampaign, name: undefined });
    expect(fromExample.campaign.name).toBe(defaults.campaign.name);
  });

  it('has a comment above every section', () => {
    const lines = text.split('\n');
    for (const key of Object.keys(parse(text))) {
      const at = lines.findIndex((l) => l.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^#/);
    }
  });
});

describe('.env.example', () => {
  const text = readFileSync('.env.example', 'utf8');
  const names = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);

  it('lists every variable the app reads, each with a comment, and no other', () => {
    expect(names.sort()).toEqual(Object.keys(envSchema.shape).sort());
    const lines = text.split('\n');
    for (const name of names)
      expect(lines[lines.findIndex((l) => l.startsWith(`${name}=`)) - 1]).toMatch(/^#/);
  });

  it('leaves every secret blank', () => {
    for (const secret of [
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'INVENTORY_AUTHORIZATION',
      'REDIS_URL',
    ]) {
      expect(text).toMatch(new RegExp(`^${secret}=$`, 'm'));
    }
  });
});
