/**
 * The team menu on the status message and the team buttons (suggestions for
 * an unknown name): both carry a team name and run the team report.
 */
import type { Logger } from '../../../../app/ports.ts';
import type { ReportRunner } from '../../report-runner.ts';
import { actionConversation, actionValue, type BlockActionArgs } from '../action-conversation.ts';

export function teamAction(runner: ReportRunner, logger: Logger) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    await runner.team(actionConversation(args, logger), actionValue(args));
  };
}
