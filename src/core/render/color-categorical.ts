/**
 * Line styles for up to eight series that stay apart without colour: the
 * Okabe-Ito palette (designed for colour-blind readers; its yellow, too pale
 * on white, is swapped for a dark gold) plus a dash pattern and a marker
 * shape per series, so a greyscale print or a deuteranope tells them apart.
 */

export interface SeriesStyle {
  readonly color: string;
  readonly dash: readonly number[];
  readonly pointStyle:
    | 'circle'
    | 'triangle'
    | 'rect'
    | 'rectRot'
    | 'crossRot'
    | 'star'
    | 'rectRounded'
    | 'cross';
}

/** The fleet line: black, solid, drawn thicker than the teams'. */
export const FLEET_STYLE: SeriesStyle = { color: '#000000', dash: [], pointStyle: 'circle' };

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#e69f00', dash: [10, 5], pointStyle: 'triangle' },
  { color: '#56b4e9', dash: [3, 4], pointStyle: 'rect' },
  { color: '#009e73', dash: [12, 4, 3, 4], pointStyle: 'rectRot' },
  { color: '#0072b2', dash: [6, 6], pointStyle: 'crossRot' },
  { color: '#d55e00', dash: [], pointStyle: 'star' },
  { color: '#cc79a7', dash: [2, 2], pointStyle: 'rectRounded' },
  { color: '#8c6d00', dash: [16, 4, 4, 4, 4, 4], pointStyle: 'cross' },
];

/**
 * Style of the `index`-th team line (wraps around past the last style).
 * @example seriesStyle(0).color // '#e69f00'
 */
export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}
