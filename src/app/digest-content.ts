/**
 * Everything a digest shows, built once per run: the current report with its
 * trend and forecasts (through the MigrationService, which also records the
 * read as a snapshot), the change since the previous digest, the Block Kit
 * message, and the two chart PNGs (drawn once, on first use).
 */
import { buildDigest } from '../core/digest/build-digest.ts';
import { digestBlocks } from '../core/digest/digest-blocks.ts';
import type { DigestModel } from '../core/digest/digest-model.ts';
import type { DigestSchedule } from '../core/digest/digest-slots.ts';
import type { SlackMessage } from '../core/render/blocks/block-kit.ts';
import type { SnapshotDiff, TrendModel } from '../core/report/history-model.ts';
import type { ReportModel } from '../core/report/report-model.ts';
import type { ViewNote } from '../core/report/view-model.ts';
import { digestDiff } from './digest-diff.ts';
import type { DigestFile } from './digest-poster.ts';
import { historyUnavailableNote } from './history-notes.ts';
import { NoHistoryError } from './no-history-error.ts';
import type { Logger, SnapshotStore } from './ports.ts';
import type { MigrationService } from './views.ts';

export interface DigestContentDeps {
  readonly service: Pick<MigrationService, 'status' | 'trend' | 'heatmapPng' | 'trendPng'>;
  /** The snapshot store, for the change since the previous digest; null without history. */
  readonly store: SnapshotStore | null;
  readonly schedule: DigestSchedule;
  readonly logger: Logger;
  /** Teams called out as furthest behind (default 5). */
  readonly behindCount?: number;
}

export interface DigestContent {
  readonly model: DigestModel;
  readonly message: SlackMessage;
  /** The heatmap and, with history, the trend chart (rendered on the first call only). */
  files(): Promise<DigestFile[]>;
}

async function current(
  service: DigestContentDeps['service'],
): Promise<{ report: ReportModel; trend: TrendModel | null; notes: readonly ViewNote[] }> {
  try {
    return await service.trend();
  } catch (error) {
    if (!(error instanceof NoHistoryError)) throw error;
    return { ...(await service.status()), trend: null };
  }
}

/** Build the digest for `slot`. */
export async function loadDigestContent(deps: DigestContentDeps, slot: Date): Promise<DigestContent> {
  const view = await current(deps.service);
  const notes = [...view.notes];
  let diff: SnapshotDiff | null = null;
  if (deps.store) {
    try {
      // A snapshot's asOf is the export's newest `Last seen`, or when it was read when there is none.
      diff = await digestDiff(deps.store, deps.schedule, slot, view.report.asOf ?? view.report.readAt);
    } catch (error) {
      deps.logger.warn({ err: error }, 'digest: change since the previous digest unavailable');
      if (!notes.some((n) => n.text.startsWith('History unavailable')))
        notes.push(historyUnavailableNote(error));
    }
  }
  const model = buildDigest(
    { slot: slot.toISOString(), report: view.report, diff, trend: view.trend, notes },
    { behindCount: deps.behindCount },
  );
  const hasTrend = (view.trend?.fleet.points.length ?? 0) > 1;
  const message = digestBlocks(model, {
    footer: hasTrend ? 'heatmap and trend chart in the thread' : 'heatmap in the thread',
  });
  let rendered: Promise<DigestFile[]> | null = null;
  const day = slot.toISOString().slice(0, 10);
  const render = async (): Promise<DigestFile[]> => {
    const files: DigestFile[] = [
      {
        bytes: await deps.service.heatmapPng(view.report),
        filename: `java-migration-heatmap-${day}.png`,
        title: 'Version distribution by team',
        altText: 'Heatmap of Java versions by team, share of each team in percent',
      },
    ];
    if (hasTrend && view.trend)
      files.push({
        bytes: await deps.service.trendPng(view.trend),
        filename: `java-migration-trend-${day}.png`,
        title: 'Migration progress over time',
        altText: 'Line chart of migration progress over time for the fleet and the teams furthest behind',
      });
    return files;
  };
  return {
    model,
    message,
    files: () => {
      rendered ??= render();
      return rendered;
    },
  };
}
