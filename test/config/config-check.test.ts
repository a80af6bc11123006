import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configCheck } from '../../src/cli/commands/config-check.ts';

function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = configCheck(args, {
    env,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date('2025-06-04T12:00:00Z'),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'jm-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('java-migration config check', () => {
  it('prints OK with a summary for a valid file and environment', () => {
    const path = file(
      'ok.yml',
      'campaign: { target: 17 }\ndigest: { cron: "30 8 * * 2", timezone: Europe/Paris, channels: [C0AAA] }\n',
    );
    const r = run(['check', path], {
      REDIS_URL: 'redis://:topsecretpw@cache:6379',
      SLACK_BOT_TOKEN: 'xoxb-1-2-tokval',
      SLACK_APP_TOKEN: 'xapp-1-2-apptokval',
    });
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const line = r.out[0];
    expect(line).toMatch(/^OK: /);
    expect(line).toContain('Java 17+ migration');
    // Tuesday 10 June 2025, 08:30 in Paris (UTC+2 in summer) is 06:30 UTC.
    expect(line).toContain('2025-06-10T06:30Z');
    expect(line).toContain('Socket Mode');
    for (const secret of ['topsecretpw', 'tokval', 'apptokval']) expect(line).not.toContain(secret);
  });

  it('prints the one error line and fails for a bad file', () => {
    const path = file('bad.yml', 'campaign:\n  target: eleven\n');
    const r = run(['check', path]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(['config campaign.target: expected a whole number from 2 to 99, got "eleven"']);
  });

  it('uses MIGRATION_CONFIG when no file is given, and checks the environment too', () => {
    const path = file('env.yml', 'staleDays: 10\n');
    expect(run(['check'], { MIGRATION_CONFIG: path }).code).toBe(0);
    const r = run(['check'], { MIGRATION_CONFIG: path, PORT: 'http' });
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toMatch(/^config PORT: /);
  });

  it('fails a half Slack setup but accepts none (CLI only)', () => {
    expect(run(['check'], {}).out[0]).toContain('Slack not configured');
    const r = run(['check'], { SLACK_BOT_TOKEN: 'xoxb-1-2-zzzz' });
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toMatch(/^config SLACK_APP_TOKEN: /);
  });

  it('warns about variables that look like typos of ours', () => {
    const r = run(['check'], { SLACK_BOT_TOKE: 'xoxb-oops', REDIS_ULR: 'redis://x' });
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'warning: SLACK_BOT_TOKE is not read by java-migration; did you mean SLACK_BOT_TOKEN?',
    );
    expect(r.err).toContain('warning: REDIS_ULR is not read by java-migration; did you mean REDIS_URL?');
  });

  it('rejects anything but "check [FILE]"', () => {
    expect(run(['verify']).code).toBe(2);
    expect(run(['check', 'a.yml', 'b.yml']).code).toBe(2);
  });

  it('is registered in the real CLI: `java-migration config check FILE` prints OK or the error, with the exit code', () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
    const ok = spawnSync(
      process.execPath,
      ['bin/java-migration.js', 'config', 'check', 'migration.example.yml'],
      {
        encoding: 'utf8',
        env,
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^OK: rules migration\.example\.yml; Java 11\+ migration/);
    const bad = file('cli-bad.yml', 'digest:\n  timezone: Europe/Pariss\n');
    const ko = spawnSync(process.execPath, ['bin/java-migration.js', 'config', 'check', bad], {
      encoding: 'utf8',
      env,
    });
    expect(ko.status).toBe(1);
    expect(ko.stdout).toBe('');
    expect(ko.stderr.trim().split('\n')).toEqual([
      'config digest.timezone: expected an IANA time zone such as Europe/Paris or UTC, got "Europe/Pariss" (not a time zone Intl knows)',
    ]);
  });
});
