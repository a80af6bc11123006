/**
 * The matrix cells: every row x column pair, so an empty cell is drawn in
 * the neutral colour rather than left as a hole, with its fill and the label
 * ink picked for contrast.
 */
import { inkFor } from './color-contrast.ts';
import { EMPTY_CELL_COLOR, sequentialBlue } from './color-sequential-blue.ts';
import type { HeatmapColumn } from './heatmap-columns.ts';
import type { HeatmapCell } from './heatmap-overlays.ts';
import type { HeatmapRow } from './heatmap-rows.ts';

/**
 * The article's one-decimal percent, without the two lies rounding tells:
 * a share that rounds to 0.0 or 100.0 but is neither.
 * @example formatShare(95.238095) // '95.2'
 */
export function formatShare(percent: number): string {
  if (percent > 0 && percent < 0.05) return '<0.1';
  if (percent < 100 && percent >= 99.95) return '>99.9';
  return percent.toFixed(1);
}

export interface HeatmapCells {
  readonly cells: readonly HeatmapCell[];
  readonly fills: readonly string[];
}

/**
 * Cells row by row (top row first), with fills; `rowLabels`/`columnLabels` are the axis labels.
 * @example heatmapCells(rows, columns, ['Team Blue (42)'], ['8.202.b08-85']).cells[0].label // '95.2'
 */
export function heatmapCells(
  rows: readonly HeatmapRow[],
  columns: readonly HeatmapColumn[],
  rowLabels: readonly string[],
  columnLabels: readonly string[],
): HeatmapCells {
  const cells: HeatmapCell[] = [];
  const fills: string[] = [];
  rows.forEach((row, r) => {
    columns.forEach((column, c) => {
      let count = 0;
      let percent = 0;
      for (const version of column.versions) {
        const share = row.shares.get(version);
        if (share) {
          count += share.count;
          percent += share.percent;
        }
      }
      const fill = count > 0 ? sequentialBlue(percent / 100) : EMPTY_CELL_COLOR;
      fills.push(fill);
      cells.push({
        x: columnLabels[c],
        y: rowLabels[r],
        ...(count > 0 ? { v: percent } : {}),
        count,
        label: count > 0 ? formatShare(percent) : '',
        ink: inkFor(fill),
      });
    });
  });
  return { cells, fills };
}
