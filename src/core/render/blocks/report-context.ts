/**
 * The small print under a report: where and when the inventory was read, and
 * any notes (history unavailable, a failed fetch answered from a snapshot).
 */
import type { ViewNote } from '../../report/view-model.ts';
import type { ReportModel } from '../../report/report-model.ts';
import { context } from './block-builders.ts';
import type { ContextBlock } from './block-kit.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { formatCount, formatDay, formatUtcTime } from './format-figures.ts';
import { clip } from './slack-limits.ts';

/**
 * "Inventory read 09:02 UTC on Mon 2 Dec 2024 from cmdb.csv · newest host seen Sun 1 Dec 2024".
 * @example inventoryContext(report).elements[0].text.startsWith('Inventory read') // true
 */
export function inventoryContext(report: ReportModel): ContextBlock {
  const parts = [
    `Inventory read ${formatUtcTime(report.readAt)} on ${formatDay(report.readAt)} from ${escapeMrkdwn(clip(report.source, 200))}`,
  ];
  if (report.asOf) parts.push(`newest host seen ${formatDay(report.asOf)}`);
  if (report.duplicatesDropped > 0)
    parts.push(`${formatCount(report.duplicatesDropped)} duplicate rows ignored`);
  if (report.warnings.length > 0)
    parts.push(`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'} while reading`);
  return context(parts.join(' · '));
}

/**
 * One context line per note, warnings marked; null when there are none.
 * @example notesContext([{ level: 'warning', text: 'history unavailable' }])
 */
export function notesContext(notes: readonly ViewNote[]): ContextBlock | null {
  if (notes.length === 0) return null;
  return context(
    ...notes.map(
      (n) => `${n.level === 'warning' ? ':warning:' : ':information_source:'} ${escapeMrkdwn(n.text)}`,
    ),
  );
}
