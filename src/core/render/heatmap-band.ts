/**
 * The band under the matrix that sets migrated versions apart from pending
 * ones: one segment per run of columns in the same state. Okabe-Ito orange
 * and bluish green, which stay distinct for colour-blind readers and do not
 * compete with the blue cells; every segment is also labelled in words.
 */
import type { HostState } from '../inventory/fleet.ts';
import { inkFor } from './color-contrast.ts';
import type { HeatmapColumn } from './heatmap-columns.ts';
import type { BandSegment } from './heatmap-overlays.ts';

export const STATE_COLORS: Readonly<Record<HostState, string>> = {
  pending: '#e69f00',
  migrated: '#009e73',
  unknown: '#bbbbbb',
};

const labelsFor = (state: HostState, target: number): string[] => {
  if (state === 'migrated') return [`migrated (≥ Java ${target})`, 'migrated', `≥ ${target}`];
  if (state === 'pending') return [`pending (< Java ${target})`, 'pending', `< ${target}`];
  return ['unknown version', 'unknown', '?'];
};

/**
 * Segments for runs of same-state columns, in column order.
 * @example heatmapBand(columns, 11) // [{ from: 0, to: 2, labels: ['pending (< Java 11)', ...], ... }, ...]
 */
export function heatmapBand(columns: readonly HeatmapColumn[], target: number): BandSegment[] {
  const segments: BandSegment[] = [];
  columns.forEach((column, index) => {
    const last = segments.at(-1);
    if (last && columns[last.to].state === column.state) {
      segments[segments.length - 1] = { ...last, to: index };
      return;
    }
    const color = STATE_COLORS[column.state];
    segments.push({
      from: index,
      to: index,
      labels: labelsFor(column.state, target),
      color,
      ink: inkFor(color),
    });
  });
  return segments;
}
