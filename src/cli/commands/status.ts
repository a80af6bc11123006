/**
 * `java-migration status [options]`: fleet-wide progress as terminal text or,
 * with `--json`, the documented JSON on stdout; `--out DIR` also writes the
 * heatmap PNG and prints its path (on stderr with `--json`, so stdout stays JSON).
 */
import { buildService } from '../build-service.ts';
import { defineReportCommand } from '../define-report-command.ts';
import { REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { printStatus } from '../print-status.ts';
import { writePng } from '../write-png.ts';

export const statusCommand = defineReportCommand({
  summary: 'fleet-wide migration progress, teams furthest behind, the version x team table',
  usage: `java-migration status ${REPORT_OPTIONS_USAGE}`,
  async run(options, io) {
    const { service } = buildService(options, io);
    const view = await service.status();
    printStatus(view, options.json, io);
    if (options.out) {
      const path = await writePng(options.out, 'heatmap.png', await service.heatmapPng(view.report), io.cwd);
      (options.json ? io.err : io.out)(`Heatmap: ${path}`);
    }
    return 0;
  },
});
