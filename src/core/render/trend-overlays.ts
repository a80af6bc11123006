/**
 * What the trend chart's marker plugin draws, as plain data in the chart
 * config: the goal line and the deadline, each labelled where it is drawn.
 */
import type { ChartType } from 'chart.js';

export interface TrendMarkersOptions {
  readonly goal: { readonly value: number; readonly label: string } | null;
  /** Epoch ms of the deadline, when set and within the chart. */
  readonly deadline: { readonly at: number; readonly label: string } | null;
  readonly color: string;
  readonly fontSize: number;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    trendMarkers?: TrendMarkersOptions;
  }
}
