/**
 * The real `java-migration` bin, spawned as a user runs it: figures checked
 * against an independent reference, exit codes and the one-line errors.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleCsv } from '../core/report/article-fixture.ts';
import { expectJsonMatchesReference } from './expect-reference.ts';

const BIN = fileURLToPath(new URL('../../bin/java-migration.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'java-migration-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['INVENTORY_URL', 'MIGRATION_CONFIG', 'LOG_LEVEL'].includes(k),
    ),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...base, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Each test spawns its own process: they run concurrently to keep the suite fast.
describe.concurrent('java-migration (spawned bin)', () => {
  const article = write('cmdb-aoj.csv', articleCsv());

  it("status --json prints the documented shape with the article's figures", async () => {
    const { code, stdout, stderr } = await run(['status', '--json', '--inventory', article]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.target).toBe(11);
    expect(Object.keys(json.totals).sort()).toEqual([
      'hosts',
      'migrated',
      'pending',
      'progressPercent',
      'stale',
      'unknown',
    ]);
    const blue = json.teams.find((t: { team: string }) => t.team === 'Team Blue');
    expect(blue.hosts).toBe(42);
    expect(blue.versions.find((v: { version: string }) => v.version === '8.202.b08-85').percent).toBeCloseTo(
      95.238095,
      6,
    );
    expect(blue.versions.find((v: { version: string }) => v.version === '')).toMatchObject({ count: 1 });
    expectJsonMatchesReference(json, articleCsv());
  });

  it('an unknown team exits 1 and names the closest teams on one stderr line', async () => {
    const { code, stdout, stderr } = await run(['team', 'Team Bleu', '--inventory', article]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no team matches "Team Bleu"; did you mean "Team Blue"/);
  });

  it('help lists the commands', async () => {
    const { code, stdout } = await run(['help']);
    expect(code).toBe(0);
    for (const name of ['status', 'team', 'demo', 'help'])
      expect(stdout).toMatch(new RegExp(`\\n {2}${name} `));
  });

  it('bad input (an HTML page: an expired login) fails with one clear stderr line and no stack trace', async () => {
    const { code, stdout, stderr } = await run([
      'status',
      '--inventory',
      write('login.csv', '<!DOCTYPE html><html><body>Please sign in</body></html>\n'),
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^java-migration: .*HTML page.*INVENTORY_AUTHORIZATION/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run demo (java-migration demo)', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(['demo', '--out', 'demo-out']);
  }, 60_000);

  it('prints the status with history, one team report and the trend, and writes the charts', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/== java-migration status \(after importing 6 earlier sample weeks\) ==/);
    expect(result.stdout).toMatch(/Since last week: [+-]\d+\.\d pts/);
    expect(result.stdout).toMatch(/== java-migration team "Team [A-Za-z]+" ==/);
    expect(result.stdout).toMatch(/trend over 7 snapshot\(s\)/);
    const paths = [...result.stdout.matchAll(/^ {2}(demo-out\/\S+\.png)$/gm)].map((m) => m[1]);
    expect(paths).toHaveLength(3);
    expect(paths.at(-1)).toBe('demo-out/trend.png');
    for (const p of paths) expect(readFileSync(join(dir, p)).subarray(1, 4).toString()).toBe('PNG');
  });
});
