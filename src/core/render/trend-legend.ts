/**
 * The trend chart's legend: a line sample per dataset, with its dash.
 */
import type { ChartDataset, ChartOptions } from 'chart.js';

type LegendConfig = NonNullable<NonNullable<ChartOptions<'line'>['plugins']>['legend']>;

/**
 * Legend options for the line chart, below the plot.
 * @example trendLegend().position // 'bottom'
 */
export function trendLegend(): LegendConfig {
  return {
    display: true,
    position: 'bottom',
    align: 'start',
    labels: {
      // Built here rather than by Chart.js, whose items drop a line's dash when
      // point styles are on; the dash is what tells lines apart without colour.
      generateLabels: (chart) =>
        chart.data.datasets.map((dataset, datasetIndex) => {
          const line = dataset as ChartDataset<'line'>;
          return {
            text: line.label ?? '',
            datasetIndex,
            fillStyle: line.borderColor as string,
            strokeStyle: line.borderColor as string,
            lineWidth: line.borderWidth as number,
            lineDash: line.borderDash as number[],
            pointStyle: 'line' as const,
            fontColor: '#222222',
            hidden: false,
          };
        }),
      usePointStyle: true,
      pointStyle: 'line',
      pointStyleWidth: 44,
      boxWidth: 44,
      boxHeight: 14,
      padding: 14,
      color: '#222222',
      font: { size: 13 },
    },
  };
}
