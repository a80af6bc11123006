/**
 * The "what moved" line shared by the status message, the App Home tab and
 * the weekly digest: hosts migrated, regressed, new and gone since an
 * earlier snapshot, after a lead each caller words for itself.
 */
import { section } from './block-builders.ts';
import type { SectionBlock } from './block-kit.ts';
import { formatCount } from './format-figures.ts';

export interface ChangeCounts {
  readonly migrated: number;
  readonly regressed: number;
  readonly added: number;
  readonly removed: number;
}

/**
 * A section: `lead` (already escaped mrkdwn), then the four counts.
 * @example changeCountsBlock('*Since Mon 25 Nov 2024:*', diff).text?.text // '*Since Mon 25 Nov 2024:* 12 migrated · 1 regressed · 4 new · 2 gone'
 */
export function changeCountsBlock(lead: string, c: ChangeCounts): SectionBlock {
  return section(
    `${lead} ${formatCount(c.migrated)} migrated · ${formatCount(c.regressed)} regressed · ${formatCount(c.added)} new · ${formatCount(c.removed)} gone`,
  );
}
