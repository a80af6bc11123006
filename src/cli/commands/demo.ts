/**
 * `java-migration demo [--out DIR]`: the product on embedded defaults. It
 * backfills a throwaway history (in a temp folder) from the messy sample weeks
 * shipped in `samples/weeks/` (a 400-host fleet, weeks 0 to 6), then prints the
 * status with the change since last week, the report of the team furthest
 * behind with its trend and forecast, and the trend, and writes the heatmaps
 * and the trend chart as PNGs in DIR (default `out/demo`).
 * Needs no network, Redis or Slack: INVENTORY_URL, REDIS_URL and MIGRATION_CONFIG are ignored.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFleetLoader } from '../../adapters/inventory/create-fleet-loader.ts';
import { importExport } from '../../app/import-export.ts';
import { teamSlug } from '../../app/team-slug.ts';
import { renderStatusText } from '../../core/render/render-status-text.ts';
import { renderTeamText } from '../../core/render/render-team-text.ts';
import { renderTrendText } from '../../core/render/render-trend-text.ts';
import { narrowReport } from '../../core/report/narrow-report.ts';
import { buildService, type CliService } from '../build-service.ts';
import type { CliIo } from '../cli-io.ts';
import { defineReportCommand } from '../define-report-command.ts';
import { SAMPLE_WEEK, SAMPLE_WEEKS_DIR } from '../sample-inventory.ts';
import { UsageError } from '../usage-error.ts';
import { writePng } from '../write-png.ts';

const USAGE = 'java-migration demo [--target N] [--out DIR]';
const DEFAULT_OUT = 'out/demo';

/** Imports every earlier sample week, so the latest one is read with a history behind it. */
async function backfill(built: CliService): Promise<number> {
  const store = built.store as NonNullable<CliService['store']>;
  const weeks = readdirSync(SAMPLE_WEEKS_DIR)
    .filter((name) => /^week-\d+\.csv$/.test(name))
    .sort()
    .map((name) => join(SAMPLE_WEEKS_DIR, name))
    .filter((path) => path !== SAMPLE_WEEK);
  const deps = {
    store: store.store,
    campaign: built.campaign,
    clock: { now: () => new Date() },
    keepAllDays: built.config.rules.history.keepAllDays,
  };
  for (const location of weeks) {
    const loader = createFleetLoader({ ...built.config.inventory, location, worker: false });
    await importExport(deps, loader);
  }
  return weeks.length;
}

async function runDemo(target: number | undefined, out: string, io: CliIo): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'java-migration-demo-'));
  // Only the log level passes through: the demo must not reach for a configured URL, Redis or rules file.
  const env = { LOG_LEVEL: io.env.LOG_LEVEL, DATA_DIR: dataDir };
  const built = buildService(
    { inventory: SAMPLE_WEEK, config: undefined, target },
    { ...io, env },
    { history: true },
  );
  try {
    const imported = await backfill(built);
    const { service } = built;
    const status = await service.status();
    io.out(`== java-migration status (after importing ${imported} earlier sample weeks) ==\n`);
    io.out(renderStatusText(status).trimEnd());
    const written = [await writePng(out, 'heatmap.png', await service.heatmapPng(status.report), io.cwd)];

    const behind = status.report.furthestBehind[0];
    const lookup = behind === undefined ? null : await service.team(behind);
    if (lookup?.kind === 'found') {
      const { view } = lookup;
      io.out(`\n== java-migration team "${view.team.team}" ==\n\n${renderTeamText(view).trimEnd()}`);
      const png = await service.heatmapPng(narrowReport(view.report, view.team));
      written.push(await writePng(out, `heatmap-${teamSlug(view.team.team)}.png`, png, io.cwd));
    }

    const trend = await service.trend();
    io.out(`\n== java-migration trend ==\n\n${renderTrendText(trend).trimEnd()}`);
    written.push(await writePng(out, 'trend.png', await service.trendPng(trend.trend), io.cwd));

    io.out(`\nCharts written to ${out}:\n${written.map((p) => `  ${p}`).join('\n')}`);
    io.out('\nTry: java-migration status --json, or java-migration team blue --out out/demo');
  } finally {
    await built.store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const demoCommand = defineReportCommand({
  summary: 'status, a team and the trend from the shipped sample weeks; charts written to out/demo',
  usage: USAGE,
  async run(options, io) {
    if (options.json || options.config || options.inventory) {
      throw new UsageError('demo takes only --target and --out', USAGE);
    }
    await runDemo(options.target, options.out ?? DEFAULT_OUT, io);
    return 0;
  },
});
