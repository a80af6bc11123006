/**
 * The lines under every terminal report: where the figures come from, and
 * the warnings and notes a reader must not miss.
 *
 * @example textFooter(report, notes) // ['Inventory as of 2019-03-18 06:42 UTC, read ... from cmdb.csv', 'warning: ...']
 */
import type { ReportModel } from '../report/report-model.ts';
import type { ViewNote } from '../report/view-model.ts';
import { terminalSafe } from './terminal-safe.ts';
import { textCount, textTime } from './text-format.ts';

export function textFooter(report: ReportModel, notes: readonly ViewNote[]): string[] {
  const lines = [
    `Inventory as of ${textTime(report.asOf)}, read ${textTime(report.readAt)} from ${terminalSafe(report.source)}`,
  ];
  if (report.duplicatesDropped > 0) {
    lines.push(
      `note: ${textCount(report.duplicatesDropped)} duplicate host row(s) dropped (latest "Last seen" kept)`,
    );
  }
  for (const warning of report.warnings) lines.push(`warning: ${terminalSafe(warning)}`);
  for (const note of notes)
    lines.push(`${note.level === 'warning' ? 'warning' : 'note'}: ${terminalSafe(note.text)}`);
  return lines;
}
