/**
 * `java-migration refresh [options]`: read the inventory now and snapshot it
 * when it changed, then print the status (with the change since last week).
 */
import { renderStatusJson } from '../../core/render/render-status-json.ts';
import { renderStatusText } from '../../core/render/render-status-text.ts';
import { buildService } from '../build-service.ts';
import type { CliCommand } from '../cli-io.ts';
import { parseReportOptions, REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { UsageError } from '../usage-error.ts';

const USAGE = `java-migration refresh ${REPORT_OPTIONS_USAGE}`;

export const refreshCommand: CliCommand = {
  summary: 'read the inventory now (a new snapshot when it changed) and show the status',
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
    const view = await service.refresh();
    io.out((options.json ? renderStatusJson(view.report, view) : renderStatusText(view)).trimEnd());
    return 0;
  },
};
