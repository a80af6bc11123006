/**
 * "Send me the heatmap" on the Home tab. A Home tab cannot show an uploaded
 * file, so the PNG goes to the user in a direct message (conversations.open,
 * then files.uploadV2). A click on the Home tab has no response_url and no
 * channel to answer in: a failure is told on the tab itself, under the figures.
 */
import type { Logger } from '../../../../app/ports.ts';
import type { MigrationService } from '../../../../app/views.ts';
import type { Conversation } from '../../conversation.ts';
import { deliverFile } from '../../deliver-file.ts';
import { explainError, slackErrorCode } from '../../explain-error.ts';
import type { ObserveCommand } from '../../observe-command.ts';
import type { HomeTab } from '../events/home-tab.ts';
import type { BlockActionArgs } from '../action-conversation.ts';

export function homeHeatmapAction(
  service: MigrationService,
  home: HomeTab,
  observe: ObserveCommand,
  logger: Logger,
) {
  return async (args: BlockActionArgs) => {
    await args.ack();
    const user = args.body.user.id;
    const conv: Conversation = {
      channel: '',
      user,
      messageTs: null,
      client: args.client,
      respond: null,
      logger,
    };
    await observe(
      'home_heatmap',
      async (ctx) => {
        try {
          const { report } = await service.status();
          const bytes = await service.heatmapPng(report);
          await deliverFile(
            conv,
            {
              bytes,
              filename: 'java-versions-by-team.png',
              title: 'the version × team heatmap',
              altText: `Heatmap of Java versions by team: ${report.teams.length} teams, ${report.versions.length} versions`,
            },
            null,
            true,
          );
        } catch (error) {
          const ex = explainError(error);
          ctx.setOutcome(ex.known ? 'failed' : 'error');
          logger.warn({ err: error, user, slackError: slackErrorCode(error) }, 'could not send the heatmap');
          await home.publish(
            user,
            [{ level: 'warning', text: `I could not send you the heatmap: ${ex.message}` }],
            args.client,
          );
        }
      },
      { user },
    );
  };
}
