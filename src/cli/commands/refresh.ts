/**
 * `java-migration refresh [options]`: read the inventory now and snapshot it
 * when it changed, then print the status (with the change since last week).
 */
import { buildService } from '../build-service.ts';
import { defineReportCommand } from '../define-report-command.ts';
import { REPORT_OPTIONS_USAGE } from '../parse-report-options.ts';
import { printStatus } from '../print-status.ts';

export const refreshCommand = defineReportCommand({
  summary: 'read the inventory now (a new snapshot when it changed) and show the status',
  usage: `java-migration refresh ${REPORT_OPTIONS_USAGE}`,
  async run(options, io) {
    const { service } = buildService(options, io);
    printStatus(await service.refresh(), options.json, io);
    return 0;
  },
});
