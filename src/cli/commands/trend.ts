/**
 * `java-migration trend [options]`: progress over time and a forecast for the
 * fleet and every team (furthest behind first), as terminal text or, with
 * `--json`, the trend model; `--out DIR` also writes the trend chart PNG.
 */
import { renderTrendText } from '../../core/render/render-trend-text.ts';
import { buildService } from '../build-service.ts';
import { defineReportCommand } from '../define-report-command.ts';
import { REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { writePng } from '../write-png.ts';

export const trendCommand = defineReportCommand({
  summary: 'progress over time per team, with a forecast against the deadline',
  usage: `java-migration trend ${REPORT_OPTIONS_USAGE}`,
  async run(options, io) {
    // A trend is history: kept even for `--inventory FILE` (that file is the latest point).
    const { service } = buildService(options, io, { history: true });
    const view = await service.trend();
    const json = { campaign: view.report.campaign, asOf: view.report.asOf, ...view.trend, notes: view.notes };
    io.out(options.json ? JSON.stringify(json, null, 2) : renderTrendText(view).trimEnd());
    if (options.out) {
      const path = await writePng(options.out, 'trend.png', await service.trendPng(view.trend), io.cwd);
      (options.json ? io.err : io.out)(`Trend chart: ${path}`);
    }
    return 0;
  },
});
