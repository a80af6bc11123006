/**
 * The Slack side of each use case, shared by the slash command and the
 * buttons: ask the service (with a "working on it" note if that is slow),
 * render, deliver, and tell the user in words if anything failed.
 */
import type { MigrationService } from '../../app/views.ts';
import { errorBlocks, infoBlocks, workingBlocks } from '../../core/render/blocks/notice-blocks.ts';
import { statusBlocks } from '../../core/render/blocks/status-blocks.ts';
import { teamBlocks } from '../../core/render/blocks/team-blocks.ts';
import { teamNotFoundBlocks } from '../../core/render/blocks/team-not-found-blocks.ts';
import { trendBlocks } from '../../core/render/blocks/trend-blocks.ts';
import { HOST_CSV_REFUSED_NOTE, type HostListAccess } from './access-host-list.ts';
import { teamViewWithoutHosts } from './access-team-view.ts';
import { type Conversation, whisper } from './conversation.ts';
import { attachFile, deliverReport } from './deliver-report.ts';
import { explainError } from './explain-error.ts';
import type { CommandOutcome, ObserveCommand } from './observe-command.ts';
import { withWorkingNotice } from './with-working-notice.ts';
import { workAfterAcks } from './work-after-acks.ts';

export interface ReportRunnerDeps {
  readonly service: MigrationService;
  readonly observe: ObserveCommand;
  /** After this long without an answer the user gets a private "working on it" (default 1000 ms). */
  readonly workingNoticeMs?: number;
  /** Who may see host lists (config `access`); everyone without it. */
  readonly hostListAccess?: HostListAccess | null;
}

export interface ReportRunner {
  status(conv: Conversation, refresh?: boolean): Promise<void>;
  team(conv: Conversation, name: string): Promise<void>;
  trend(conv: Conversation): Promise<void>;
  /** Every pending host of `team` (of the fleet for null) as a CSV in the thread. */
  pendingCsv(conv: Conversation, team: string | null): Promise<void>;
}

export function createReportRunner(deps: ReportRunnerDeps): ReportRunner {
  const { service, observe } = deps;
  const noticeMs = deps.workingNoticeMs ?? 1000;
  const hostsAllowed = (conv: Conversation) => deps.hostListAccess?.allows(conv) ?? Promise.resolve(true);

  /** The service's answer, or null after telling the user why there is none. */
  async function ask<T>(
    conv: Conversation,
    ctx: CommandOutcome,
    what: string,
    work: () => Promise<T>,
  ): Promise<T | null> {
    try {
      // Acks of the commands that came in with this one go first; then the work.
      await workAfterAcks();
      return await withWorkingNotice(work(), noticeMs, () => whisper(conv, workingBlocks(what)));
    } catch (error) {
      const ex = explainError(error);
      if (ex.known) conv.logger.warn({ err: error, channel: conv.channel }, 'command answered with an error');
      else conv.logger.error({ err: error, channel: conv.channel }, 'command failed unexpectedly');
      await whisper(conv, errorBlocks(ex.message, ex.hint ?? undefined));
      ctx.setOutcome(ex.known ? 'failed' : 'error');
      return null;
    }
  }

  const fields = (conv: Conversation) => ({ channel: conv.channel, user: conv.user });

  return {
    status: (conv, refresh = false) =>
      observe(
        refresh ? 'refresh' : 'status',
        async (ctx) => {
          const what = refresh ? 'reading the inventory again' : 'reading the inventory';
          const view = await ask(conv, ctx, what, () => (refresh ? service.refresh() : service.status()));
          if (!view) return;
          const heatmap = async () => ({
            bytes: await service.heatmapPng(view.report),
            filename: 'java-versions-by-team.png',
            title: 'the version × team heatmap',
            altText: `Heatmap of Java versions by team: ${view.report.teams.length} teams, ${view.report.versions.length} versions`,
          });
          ctx.setOutcome(await deliverReport(conv, statusBlocks(view), heatmap));
        },
        fields(conv),
      ),

    team: (conv, name) =>
      observe(
        'team',
        async (ctx) => {
          const lookup = await ask(conv, ctx, 'looking up the team', () => service.team(name));
          if (!lookup) return;
          if (lookup.kind !== 'found') {
            await whisper(conv, teamNotFoundBlocks(lookup));
            ctx.setOutcome('not_found');
            return;
          }
          const view = (await hostsAllowed(conv)) ? lookup.view : teamViewWithoutHosts(lookup.view);
          ctx.setOutcome(await deliverReport(conv, teamBlocks(view), null));
        },
        fields(conv),
      ),

    trend: (conv) =>
      observe(
        'trend',
        async (ctx) => {
          const view = await ask(conv, ctx, 'reading the history', () => service.trend());
          if (!view) return;
          const chart = async () => ({
            bytes: await service.trendPng(view.trend),
            filename: 'java-migration-trend.png',
            title: 'the trend chart',
            altText: `Migration progress over time: fleet and ${view.trend.teams.length} teams`,
          });
          ctx.setOutcome(await deliverReport(conv, trendBlocks(view), chart));
        },
        fields(conv),
      ),

    pendingCsv: (conv, team) =>
      observe(
        'pending_csv',
        async (ctx) => {
          if (!(await hostsAllowed(conv))) {
            await whisper(conv, infoBlocks(HOST_CSV_REFUSED_NOTE));
            ctx.setOutcome('denied');
            return;
          }
          const csv = await ask(conv, ctx, 'listing the pending hosts', () => service.pendingCsv(team));
          if (!csv) return;
          const file = async () => ({
            bytes: Buffer.from(csv.csv, 'utf8'),
            filename: csv.filename,
            title: team === null ? 'the fleet’s pending hosts CSV' : 'the pending hosts CSV',
            comment: `${csv.rows} pending host${csv.rows === 1 ? '' : 's'}`,
          });
          if (!(await attachFile(conv, file, conv.messageTs))) ctx.setOutcome('slack_error');
        },
        fields(conv),
      ),
  };
}
