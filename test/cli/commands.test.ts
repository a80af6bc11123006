/**
 * The real report commands run in-process through runCli (real config,
 * loader, scanner, charts; files and a local HTTP server as sources): the
 * same code as the bin without a process start per case.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommand, CliIo } from '../../src/cli/cli-io.ts';
import { createHelpCommand } from '../../src/cli/commands/help.ts';
import { statusCommand } from '../../src/cli/commands/status.ts';
import { teamCommand } from '../../src/cli/commands/team.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { articleCsv } from '../core/report/article-fixture.ts';
import { readCsv, referenceReport } from '../core/report/reference-report.ts';
import { expectCounts, expectJsonMatchesReference } from './expect-reference.ts';
import { FLEETGEN } from '../support/fleetgen.ts';

const dir = mkdtempSync(join(tmpdir(), 'java-migration-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands: Record<string, CliCommand> = {
  status: statusCommand,
  team: teamCommand,
  help: createHelpCommand(() => commands),
};

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  // DATA_DIR inside the temp dir: a run without --inventory keeps history there, never in the repo.
  const io: CliIo = {
    env: { DATA_DIR: join(dir, 'data'), ...env },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: dir,
  };
  const code = await runCli(args, commands, io);
  return { code, stdout: out.join('\n'), stderr: err };
}

const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('report commands (in-process)', () => {
  const article = write('cmdb-aoj.csv', articleCsv());
  const messyCsv = execFileSync(
    process.execPath,
    [FLEETGEN, '--hosts', '3000', '--teams', '15', '--week', '5', '--messy', '--seed', '9'],
    { encoding: 'utf8' },
  );
  const messy = write('messy.csv', messyCsv);

  it('status --json equals the independent reference on a messy fleetgen export', async () => {
    const { code, stdout } = await cli(['status', '--json', '--inventory', messy]);
    expect(code).toBe(0);
    expectJsonMatchesReference(JSON.parse(stdout), messyCsv);
  });

  it('team NAME --json prints that team, found case-insensitively without the "Team " prefix', async () => {
    const { code, stdout } = await cli(['team', 'BLUE', '--json', '--inventory', article]);
    expect(code).toBe(0);
    const team = JSON.parse(stdout);
    expect(team.team).toBe('Team Blue');
    expect(team.hosts).toBe(42);
    expect(team.versions.map((v: { version: string; count: number }) => [v.version, v.count])).toEqual([
      ['8.202.b08-66', 1],
      ['8.202.b08-85', 40],
      ['', 1],
    ]);
    const words = await cli(['team', 'team', 'green', '--json', '--inventory', article]);
    expect(JSON.parse(words.stdout).hosts).toBe(16);
  });

  it.each([
    ['an empty file', 'empty.csv', '', /empty/],
    ['a header only', 'header.csv', `${articleCsv().split('\n')[0]}\n`, /no data rows|header/i],
    ['missing columns', 'cols.csv', 'CMDB_Id,Team\n1,Team Blue\n', /"Installed version"/],
    [
      'another delimiter',
      'semi.csv',
      'CMDB_Id;Distribution;Environment;Team;Last seen;Installed version\n1;a;b;c;d;e\n',
      /semicolon/,
    ],
    [
      'binary data',
      'data.csv',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
      /binary|zip/i,
    ],
  ])('bad input (%s): exit 1, one line naming the problem', async (_, name, content, message) => {
    const { code, stdout, stderr } = await cli(['status', '--inventory', write(name, content)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).not.toContain('\n');
    expect(stderr[0]).toMatch(/^java-migration: /);
    expect(stderr[0]).toMatch(message);
  });

  it('a missing file and a bad option each give one line', async () => {
    const missing = await cli(['status', '--inventory', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toHaveLength(1);
    expect(missing.stderr[0]).toMatch(/nope\.csv/);
    const badTarget = await cli(['status', '--target', 'eleven']);
    expect(badTarget).toMatchObject({ code: 2, stdout: '' });
    expect(badTarget.stderr).toEqual([
      'java-migration: --target must be a Java major version from 2 to 99 (got "eleven") (java-migration status [--inventory PATH|URL] [--config FILE] [--target N] [--json] [--out DIR])',
    ]);
    const extra = await cli(['status', 'now']);
    expect(extra.code).toBe(2);
    const noName = await cli(['team', '--inventory', article]);
    expect(noName.code).toBe(2);
    expect(noName.stderr[0]).toMatch(/missing team name/);
  });

  it('uses INVENTORY_URL when no --inventory is given, and the shipped sample without either', async () => {
    const fromEnv = JSON.parse(
      (await cli(['status', '--json'], { INVENTORY_URL: article, DATA_DIR: join(dir, 'data-env') })).stdout,
    );
    expect(fromEnv.totals.hosts).toBe(104);
    expect(fromEnv.source).toMatch(/cmdb-aoj\.csv/);
    const sample = await cli(['status', '--json'], { DATA_DIR: join(dir, 'data-sample') });
    expect(sample.code).toBe(0);
    const json = JSON.parse(sample.stdout);
    expect(json.source).toMatch(/article-inventory\.csv/);
    const shipped = fileURLToPath(new URL('../../samples/article-inventory.csv', import.meta.url));
    expectJsonMatchesReference(json, readFileSync(shipped, 'utf8'));
  });

  it('--target and --config change the campaign; a bad config is one line', async () => {
    const rules = write('rules.yaml', 'campaign:\n  target: 17\n');
    const viaConfig = JSON.parse(
      (await cli(['status', '--json', '--inventory', messy, '--config', rules])).stdout,
    );
    const viaFlag = JSON.parse(
      (await cli(['status', '--json', '--inventory', messy, '--target', '17'])).stdout,
    );
    expect(viaConfig.target).toBe(17);
    expectCounts(viaConfig.totals, referenceReport(readCsv(messyCsv), 17, 30).totals);
    expect(viaFlag.totals).toEqual(viaConfig.totals);
    expectJsonMatchesReference(viaFlag, messyCsv, 17);
    const bad = await cli(['status', '--config', write('bad.yaml', 'campaign:\n  target: eleven\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/campaign\.target/);
  });

  it('status prints a text report and writes the heatmap PNG with --out', async () => {
    const { code, stdout } = await cli(['status', '--inventory', messy, '--out', 'pngs']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Java 11\+ migration · \d+\.\d % done\n[▓░]{20} /);
    expect(stdout).toMatch(/\nFurthest behind: Team /);
    const path = /Heatmap: (\S+)/.exec(stdout)![1];
    expect(path).toBe(join('pngs', 'heatmap.png'));
    const png = readFileSync(join(dir, path));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png).width).toBeGreaterThan(300);
  });

  it('with --json, the heatmap path goes to stderr so stdout stays JSON', async () => {
    const { code, stdout, stderr } = await cli([
      'team',
      'red',
      '--json',
      '--inventory',
      messy,
      '--out',
      'pngs',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).team).toBe('Team Red');
    expect(stderr).toEqual([`Heatmap: ${join('pngs', 'heatmap-team-red.png')}`]);
    const png = readFileSync(join(dir, 'pngs', 'heatmap-team-red.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('team prints a text report with the hosts left to migrate', async () => {
    const { code, stdout } = await cli(['team', 'blue', '--inventory', article]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Team Blue · Java 11+ migration · 0.0 % done');
    expect(stdout).toContain('Left to migrate: 42 host(s), first 10 (LIVE first):');
  });

  it('reads an inventory over http with INVENTORY_AUTHORIZATION, and says so in one line when refused', async () => {
    const server = createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer s3cret-token') {
        res.writeHead(401, { 'content-type': 'text/plain' });
        res.end('unauthorized');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(articleCsv());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/cmdb.csv`;
      const ok = await cli(['team', 'blue', '--json', '--inventory', url], {
        INVENTORY_AUTHORIZATION: 'Bearer s3cret-token',
      });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).hosts).toBe(42);
      const refused = await cli(['status', '--inventory', url], {
        INVENTORY_AUTHORIZATION: 'Bearer wrong-token',
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toHaveLength(1);
      expect(refused.stderr[0]).toMatch(/401/);
      expect(refused.stderr[0]).not.toMatch(/wrong-token/);
    } finally {
      server.close();
    }
  });
});
