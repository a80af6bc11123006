/**
 * `java-migration status [options]`: fleet-wide progress as terminal text or,
 * with `--json`, the documented JSON on stdout; `--out DIR` also writes the
 * heatmap PNG and prints its path (on stderr with `--json`, so stdout stays JSON).
 */
import { renderStatusJson } from '../../core/render/render-status-json.ts';
import { renderStatusText } from '../../core/render/render-status-text.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand } from '../cli-io.ts';
import { parseReportOptions, REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { UsageError } from '../usage-error.ts';
import { writePng } from '../write-png.ts';

const USAGE = `java-migration status ${REPORT_OPTIONS_USAGE}`;

export const statusCommand: CliCommand = {
  summary: 'fleet-wide migration progress, teams furthest behind, the version x team table',
  usage: USAGE,
  async run(args, io) {
    const options = parseReportOptions(args, USAGE);
    if (options.help) {
      io.out(`usage: ${USAGE}`);
      return 0;
    }
    if (options.positionals.length)
      throw new UsageError(`unexpected argument "${options.positionals[0]}"`, USAGE);
    const { service } = buildService(options, io);
    const view = await service.status();
    io.out((options.json ? renderStatusJson(view.report, view) : renderStatusText(view)).trimEnd());
    if (options.out) {
      const path = await writePng(options.out, 'heatmap.png', await service.heatmapPng(view.report), io.cwd);
      (options.json ? io.err : io.out)(`Heatmap: ${path}`);
    }
    return 0;
  },
};
