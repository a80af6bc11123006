/**
 * The history commands in-process through runCli with the real config,
 * loader and file store (DATA_DIR in a temp dir): import, trend, status and
 * team over the imported history, refresh.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliCommand, CliIo } from '../../src/cli/cli-io.ts';
import { importCommand } from '../../src/cli/commands/import.ts';
import { refreshCommand } from '../../src/cli/commands/refresh.ts';
import { statusCommand } from '../../src/cli/commands/status.ts';
import { teamCommand } from '../../src/cli/commands/team.ts';
import { trendCommand } from '../../src/cli/commands/trend.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { fleetgenWeeks, readHosts } from './history-service-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'jm-history-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const weeks = fleetgenWeeks(join(dir, 'weeks'));
const dataDir = join(dir, 'data');
const weekAsOf = (w: number) => new Date(Date.UTC(2019, 2, 18, 6, 42) + w * 7 * 86_400_000).toISOString();

const commands: Record<string, CliCommand> = {
  import: importCommand,
  trend: trendCommand,
  status: statusCommand,
  team: teamCommand,
  refresh: refreshCommand,
};

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { DATA_DIR: dataDir, ...env },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd: dir,
  };
  const code = await runCli(args, commands, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const snapshotsStored = () =>
  readdirSync(join(dataDir, 'snapshots')).filter((n) => n.endsWith('.json')).length;

describe('history commands', () => {
  it('imports every week once, each at its newest Last seen', async () => {
    const first = await cli(['import', ...weeks]);
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines).toHaveLength(13);
    lines.forEach((line, w) => {
      expect(line).toContain(
        `week-${String(w).padStart(2, '0')}.csv: imported as of ${weekAsOf(w).slice(0, 16).replace('T', ' ')} UTC`,
      );
    });
    const again = await cli(['import', weeks[3], '--json']);
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ created: false, asOf: weekAsOf(3) });
    expect(snapshotsStored()).toBe(13);
  });

  it('reports a bad file in one line, still imports the others, and refuses a shared --as-of', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '<html><body>login</body></html>');
    const mixed = await cli(['import', bad, weeks[0]]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr.split('\n')).toHaveLength(1);
    expect(mixed.stderr).toContain('bad.csv');
    expect(mixed.stdout).toContain('week-00.csv: unchanged (already imported)');
    expect((await cli(['import', weeks[0], weeks[1], '--as-of', '2024-01-01'])).code).toBe(2);
    expect((await cli(['import', weeks[0], '--as-of', 'last tuesday'])).code).toBe(2);
    expect(snapshotsStored()).toBe(13);
  });

  it('shows the imported history when no inventory is configured: trend, status with its diff, team', async () => {
    const trend = JSON.parse((await cli(['trend', '--json'])).stdout);
    expect(trend.fleet.points.map((p: { at: string }) => p.at)).toEqual(weeks.map((_, w) => weekAsOf(w)));
    expect(trend.forecasts.teams).toHaveLength(4);

    const status = JSON.parse((await cli(['status', '--json'])).stdout);
    expect(status.asOf).toBe(weekAsOf(12));
    expect(status.diff.from).toBe(weekAsOf(11));
    const before = readHosts(weeks[11]);
    const after = readHosts(weeks[12]);
    const migrated = [...after].filter(
      ([id, h]) => before.has(id) && before.get(id)!.state !== 'migrated' && h.state === 'migrated',
    ).length;
    expect(status.diff.migrated).toBe(migrated);
    expect(trend.fleet.points.at(-1).migrated).toBe(status.totals.migrated);

    const team = JSON.parse((await cli(['team', 'blue', '--json'])).stdout);
    expect(team.trend.points).toHaveLength(13);
    expect(team.forecast.name).toBe('Team Blue');
    expect(team.diff.team).toBe('Team Blue');
    expect(snapshotsStored()).toBe(13);
  });

  it('writes the trend chart', async () => {
    const run = await cli(['trend', '--out', 'charts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Java 11\+ migration · trend over 13 snapshot\(s\)/);
    expect(run.stdout).toContain('Trend chart: charts/trend.png');
    const png = readFileSync(join(dir, 'charts/trend.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].every((side) => side >= 300)).toBe(true);
  });

  it('records a configured inventory only when its content is new', async () => {
    const same = await cli(['refresh'], { INVENTORY_URL: weeks[12] });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`since ${weekAsOf(11).slice(0, 10)}`);
    expect(snapshotsStored()).toBe(13);
    const sample = await cli(['status']); // nothing configured: history answers, nothing recorded
    expect(sample.stdout).toContain('week-12.csv');
    expect(snapshotsStored()).toBe(13);
  });
});
