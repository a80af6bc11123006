/**
 * The "By environment" line of the status message and the App Home tab: the
 * first eight environments (LIVE first, as the report orders them) with their
 * progress, the rest counted.
 */
import type { ReportModel } from '../../report/report-model.ts';
import { section } from './block-builders.ts';
import type { SectionBlock } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { formatPercent } from './format-figures.ts';
import { clip } from './slack-limits.ts';

const SHOWN = 8;

/**
 * A section of the environments' progress, or null when the report has none.
 * @example environmentsBlock(report.environments)?.text?.text // '*By environment*\nLIVE 62.4 %'
 */
export function environmentsBlock(envs: ReportModel['environments']): SectionBlock | null {
  if (envs.length === 0) return null;
  const shown = envs
    .slice(0, SHOWN)
    .map((e) => `${escapeMrkdwn(clip(e.name, 30))} ${formatPercent(e.progressPercent)}`);
  const more = envs.length > shown.length ? ` · _…and ${envs.length - shown.length} more_` : '';
  return section(`*By environment*\n${shown.join(' · ')}${more}`);
}
