/**
 * The heatmap on the Home tab. A Home tab cannot carry an uploaded file the
 * way a message thread can: an `image` block needs either an `image_url`
 * that Slack fetches from the public internet, or a `slack_file` that the
 * viewer can already access (i.e. one posted into a conversation with them).
 * So: an image block when the heatmap has a public URL, else one line and a
 * button that sends the PNG to the viewer by direct message.
 */
import type { ReportModel } from '../../report/report-model.ts';
import { ACTION_IDS } from './action-ids.ts';
import { actions, button, plain, section } from './block-builders.ts';
import type { ActionsBlock, PlainText, SectionBlock } from './block-kit.ts';
import { SLACK_LIMITS } from './slack-limits.ts';

/** Slack's image block (`image_url` form): not used in messages, so not in block-kit.ts. */
export interface ImageBlock {
  readonly type: 'image';
  readonly image_url: string;
  readonly alt_text: string;
  readonly title?: PlainText;
}

/** Documented limits of the image block's fields. */
const IMAGE_URL_MAX = 3000;
const ALT_TEXT_MAX = 2000;

function altText(report: ReportModel): string {
  return `Heatmap of Java versions by team: ${report.teams.length} teams, ${report.versions.length} versions`.slice(
    0,
    ALT_TEXT_MAX,
  );
}

/**
 * The heatmap blocks: an image when `publicUrl` is an https URL, else a line and a DM button.
 * @example homeHeatmap(report, null)[1].type // 'actions'
 */
export function homeHeatmap(
  report: ReportModel,
  publicUrl: string | null,
): (ImageBlock | SectionBlock | ActionsBlock)[] {
  if (report.teams.length === 0) return [];
  if (publicUrl && /^https:\/\//.test(publicUrl) && publicUrl.length <= IMAGE_URL_MAX)
    return [
      {
        type: 'image',
        image_url: publicUrl,
        alt_text: altText(report),
        title: plain('Version Distribution by Team', SLACK_LIMITS.headerText),
      },
    ];
  return [
    section(
      `*Version × team heatmap* · ${report.teams.length} teams × ${report.versions.length} versions\nSlack cannot show the picture on this tab; I can send it to you.`,
    ),
    actions([button(ACTION_IDS.homeHeatmap, 'Send me the heatmap', 'heatmap', 'primary')], 'jm_home_heatmap'),
  ];
}
