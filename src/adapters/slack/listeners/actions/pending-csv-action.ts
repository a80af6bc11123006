/**
 * "Pending hosts CSV": every pending and unknown host of the team on the
 * button (of the whole fleet on the status message's button), as a CSV file
 * in the report's thread.
 */
import type { Logger } from '../../../../app/ports.ts';
import { parsePendingCsvValue } from '../../../../core/render/blocks/action-ids.ts';
import type { ReportRunner } from '../../report-runner.ts';
import { actionConversation, actionValue, type BlockActionArgs } from '../action-conversation.ts';

export function pendingCsvAction(runner: ReportRunner, logger: Logger) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    await runner.pendingCsv(actionConversation(args, logger), parsePendingCsvValue(actionValue(args)));
  };
}
