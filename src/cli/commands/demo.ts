/**
 * `java-migration demo [--out DIR]`: the status and the report of the team
 * furthest behind, from the messy sample shipped in `samples/weeks/` (week 6 of
 * a 400-host fleet), and both heatmaps as PNGs in DIR (default `out/demo`).
 * Needs no network, Redis or Slack: INVENTORY_URL and MIGRATION_CONFIG are ignored.
 */
import { teamSlug } from '../../app/team-slug.ts';
import { renderStatusText } from '../../core/render/render-status-text.ts';
import { renderTeamText } from '../../core/render/render-team-text.ts';
import { narrowReport } from '../../core/report/narrow-report.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand } from '../cli-io.ts';
import { parseReportOptions } from '../parse-report-options.ts';
import { SAMPLE_WEEK } from '../sample-inventory.ts';
import { UsageError } from '../usage-error.ts';
import { writePng } from '../write-png.ts';

const USAGE = 'java-migration demo [--inventory PATH] [--target N] [--out DIR]';
const DEFAULT_OUT = 'out/demo';

export const demoCommand: CliCommand = {
  summary: 'status and one team report from the shipped sample, heatmaps written to out/demo',
  usage: USAGE,
  async run(args, io) {
    const options = parseReportOptions(args, USAGE);
    if (options.help) {
      io.out(`usage: ${USAGE}`);
      return 0;
    }
    if (options.positionals.length || options.json || options.config) {
      throw new UsageError('demo takes only --inventory, --target and --out', USAGE);
    }
    // Only the log level passes through: the demo must not reach for a configured URL or rules file.
    const env = { LOG_LEVEL: io.env.LOG_LEVEL };
    const { service } = buildService(
      { ...options, inventory: options.inventory ?? SAMPLE_WEEK },
      { ...io, env },
    );
    const status = await service.status();
    io.out(`== java-migration status ==\n\n${renderStatusText(status).trimEnd()}`);

    const behind = status.report.furthestBehind[0];
    const out = options.out ?? DEFAULT_OUT;
    const written = [await writePng(out, 'heatmap.png', await service.heatmapPng(status.report), io.cwd)];
    const lookup = behind === undefined ? null : await service.team(behind);
    if (lookup?.kind === 'found') {
      const { view } = lookup;
      io.out(`\n== java-migration team "${view.team.team}" ==\n\n${renderTeamText(view).trimEnd()}`);
      const png = await service.heatmapPng(narrowReport(view.report, view.team));
      written.push(await writePng(out, `heatmap-${teamSlug(view.team.team)}.png`, png, io.cwd));
    }
    io.out(`\nHeatmaps written to ${out}:\n${written.map((p) => `  ${p}`).join('\n')}`);
    io.out('\nTry: java-migration status --json, or java-migration team blue --out out/demo');
    return 0;
  },
};
