/**
 * What the heatmap's overlay plugins draw, as plain data in the chart config
 * (`options.plugins.<id>`). The core decides; the canvas adapter only draws.
 */
import type { ChartType } from 'chart.js';

/** One matrix cell as the dataset carries it. */
export interface HeatmapCell {
  /** Column (version) label. */
  readonly x: string;
  /** Row (team) label. */
  readonly y: string;
  /** Percent of the row's hosts; undefined for an empty cell. */
  readonly v?: number;
  readonly count: number;
  /** Text drawn in the cell (`95.2`, `<0.1`), `` for an empty cell. */
  readonly label: string;
  /** Label colour, chosen for contrast with the cell's fill. */
  readonly ink: string;
}

export interface CellLabelsOptions {
  readonly fontSize: number;
}

export interface BandSegment {
  /** First and last column index (inclusive). */
  readonly from: number;
  readonly to: number;
  /** Longest first: the plugin draws the first that fits the segment's width, else none. */
  readonly labels: readonly string[];
  readonly color: string;
  readonly ink: string;
}

export interface StateBandOptions {
  readonly segments: readonly BandSegment[];
  /** Gap between the matrix and the band, and the band's height (px). */
  readonly gap: number;
  readonly height: number;
  readonly fontSize: number;
  /** Line drawn through the matrix between two state groups (and above a summed last row). */
  readonly separatorColor: string;
  /** The last row sums many teams: draw a line above it. */
  readonly lastRowApart: boolean;
}

export interface ColorBarOptions {
  /** Evenly spaced colours from 0 to 100 %. */
  readonly stops: readonly string[];
  readonly ticks: readonly number[];
  readonly title: string;
  readonly emptyColor: string;
  readonly emptyLabel: string;
  /** Gradient size (px); drawn right-aligned with the matrix, `offset` px above it. */
  readonly width: number;
  readonly height: number;
  readonly offset: number;
  readonly fontSize: number;
}

export interface CornerStampOptions {
  readonly text: string;
  readonly fontSize: number;
  readonly color: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    cellLabels?: CellLabelsOptions;
    stateBand?: StateBandOptions;
    colorBar?: ColorBarOptions;
    cornerStamp?: CornerStampOptions;
  }
}
