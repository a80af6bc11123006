/**
 * The version x team heatmap as a Chart.js `matrix` config (chartjs-chart-matrix),
 * drawn the way the article drew it and then made readable at any fleet size.
 * Pure: the canvas adapter renders it and supplies the overlay plugins.
 */
import type { ChartConfiguration, ScriptableContext } from 'chart.js';
import type {} from 'chartjs-chart-matrix';
import type { ReportModel } from '../report/report-model.ts';
import { EMPTY_CELL_COLOR, sequentialBlueStops } from './color-sequential-blue.ts';
import { heatmapBand } from './heatmap-band.ts';
import { heatmapStamp, heatmapSubtitle } from './heatmap-captions.ts';
import { heatmapCells } from './heatmap-cells.ts';
import { type HeatmapColumns, heatmapColumns } from './heatmap-columns.ts';
import { fitLabels } from './heatmap-fit-labels.ts';
import { heatmapLayout, LINE_HEIGHT, X_LABEL_ROTATION } from './heatmap-layout.ts';
import type { HeatmapCell } from './heatmap-overlays.ts';
import { type HeatmapRows, heatmapRows } from './heatmap-rows.ts';

export interface HeatmapOptions {
  /** Teams with their own row (furthest behind first); the rest share one row. Default 40. */
  readonly maxTeams?: number;
  /** Columns before rare versions are summed into `other`. Default 30. */
  readonly maxVersions?: number;
  /** Longest team / version label before an ellipsis. Defaults 26 / 20. */
  readonly maxTeamChars?: number;
  readonly maxVersionChars?: number;
}

export interface HeatmapChart {
  readonly width: number;
  readonly height: number;
  readonly config: ChartConfiguration<'matrix', HeatmapCell[], string>;
  /** Axis labels, top row first / left column first. */
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly rows: HeatmapRows;
  readonly columns: HeatmapColumns;
}

export const HEATMAP_TITLE = 'Version Distribution by Team';
/** White gap between cells (px). */
const CELL_GAP = 2;
const TEXT = '#222222';
const MUTED = '#555555';

const emptyRows: HeatmapRows = {
  rows: [{ name: '(no hosts)', hosts: 0, shares: new Map(), teams: 0, other: true }],
  summedTeams: 0,
  summedHosts: 0,
};
const emptyColumns: HeatmapColumns = {
  columns: [{ name: '(no versions)', versions: [], state: 'unknown', count: 0, other: true }],
  summedVersions: 0,
  summedHosts: 0,
};

/**
 * Heatmap chart config and canvas size for a report.
 * @example heatmapChart(report).config.type // 'matrix'
 */
export function heatmapChart(report: ReportModel, options: HeatmapOptions = {}): HeatmapChart {
  let rows = heatmapRows(report, options.maxTeams ?? 40);
  let columns = heatmapColumns(report, options.maxVersions ?? 30);
  if (rows.rows.length === 0 || columns.columns.length === 0) [rows, columns] = [emptyRows, emptyColumns];
  const rowLabels = fitLabels(
    rows.rows.map((row) => row.name),
    options.maxTeamChars ?? 26,
    (i) => ` (${rows.rows[i].hosts.toLocaleString('en-US')})`,
  );
  const columnLabels = fitLabels(
    columns.columns.map((column) => column.name),
    options.maxVersionChars ?? 20,
  );
  const subtitle = heatmapSubtitle(report, rows, columns);
  const layout = heatmapLayout({ rowLabels, columnLabels, subtitleLines: subtitle });
  const { cells, fills } = heatmapCells(rows.rows, columns.columns, rowLabels, columnLabels);
  const nCols = columnLabels.length;
  const nRows = rowLabels.length;
  // chartArea is undefined on Chart.js's first layout pass: size 0 until it exists.
  const cellWidth = ({ chart }: ScriptableContext<'matrix'>): number =>
    chart.chartArea ? Math.max(1, chart.chartArea.width / nCols - CELL_GAP) : 0;
  const cellHeight = ({ chart }: ScriptableContext<'matrix'>): number =>
    chart.chartArea ? Math.max(1, chart.chartArea.height / nRows - CELL_GAP) : 0;
  const { fonts } = layout;
  const config: ChartConfiguration<'matrix', HeatmapCell[], string> = {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Share of the team’s hosts (%)',
          data: cells as HeatmapCell[],
          backgroundColor: fills as string[],
          borderWidth: 0,
          width: cellWidth,
          height: cellHeight,
        },
      ],
    },
    options: {
      devicePixelRatio: 1,
      layout: { padding: layout.padding },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        title: {
          display: true,
          text: HEATMAP_TITLE,
          align: 'start',
          color: TEXT,
          font: { size: fonts.title, weight: 'bold', lineHeight: LINE_HEIGHT },
          padding: { top: 0, bottom: 10 },
        },
        subtitle: {
          display: true,
          text: subtitle,
          align: 'start',
          color: MUTED,
          font: { size: fonts.subtitle, lineHeight: LINE_HEIGHT },
          padding: { top: 0, bottom: layout.colorBarSpace },
        },
        cellLabels: { fontSize: fonts.cell },
        stateBand: {
          segments: heatmapBand(columns.columns, report.campaign.target),
          gap: layout.band.gap,
          height: layout.band.height,
          fontSize: fonts.small,
          separatorColor: '#333333',
          lastRowApart: rows.summedTeams > 0,
        },
        colorBar: {
          stops: sequentialBlueStops(21),
          ticks: [0, 25, 50, 75, 100],
          title: '% of the team’s hosts',
          emptyColor: EMPTY_CELL_COLOR,
          emptyLabel: 'no hosts',
          width: 220,
          height: 14,
          offset: 40,
          fontSize: fonts.small,
        },
        cornerStamp: { text: heatmapStamp(report), fontSize: fonts.small, color: MUTED },
      },
      scales: {
        x: {
          type: 'category',
          labels: columnLabels,
          position: 'bottom',
          offset: true,
          grid: { display: false, drawTicks: false },
          border: { display: false },
          ticks: {
            autoSkip: false,
            minRotation: X_LABEL_ROTATION,
            maxRotation: X_LABEL_ROTATION,
            padding: layout.xTickPadding,
            color: TEXT,
            font: { size: fonts.xAxis },
          },
          // Chart.js reserves the tick padding twice (above and below the labels);
          // it is the band's room above them, so give back the copy below.
          afterFit: (scale) => {
            scale.height = Math.max(0, scale.height - layout.xTickPadding + 4);
          },
        },
        y: {
          type: 'category',
          labels: rowLabels,
          offset: true,
          reverse: false,
          grid: { display: false, drawTicks: false },
          border: { display: false },
          ticks: { autoSkip: false, padding: 8, color: TEXT, font: { size: fonts.yAxis } },
        },
      },
    },
  };
  return { width: layout.width, height: layout.height, config, rowLabels, columnLabels, rows, columns };
}
