/**
 * The "Trend" and "Fleet status" buttons: the same reports as the commands.
 */
import type { Logger } from '../../../../app/ports.ts';
import type { ReportRunner } from '../../report-runner.ts';
import { actionConversation, type BlockActionArgs } from '../action-conversation.ts';

export function trendAction(runner: ReportRunner, logger: Logger) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    await runner.trend(actionConversation(args, logger));
  };
}

export function statusAction(runner: ReportRunner, logger: Logger) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    await runner.status(actionConversation(args, logger));
  };
}
