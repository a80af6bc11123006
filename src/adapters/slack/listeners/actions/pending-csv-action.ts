/**
 * "Pending hosts CSV": every pending and unknown host of the team on the
 * button, as a CSV file in the report's thread.
 */
import type { Logger } from '../../../../app/ports.ts';
import { parsePendingCsvValue } from '../../../../core/render/blocks/action-ids.ts';
import { errorBlocks } from '../../../../core/render/blocks/notice-blocks.ts';
import { whisper } from '../../conversation.ts';
import type { ReportRunner } from '../../report-runner.ts';
import { actionConversation, actionValue, type BlockActionArgs } from '../action-conversation.ts';

export function pendingCsvAction(runner: ReportRunner, logger: Logger) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    const conv = actionConversation(args, logger);
    const team = parsePendingCsvValue(actionValue(args));
    if (team === null) {
      await whisper(conv, errorBlocks('Pick a team first: the pending hosts CSV is per team.'));
      return;
    }
    await runner.pendingCsv(conv, team);
  };
}
