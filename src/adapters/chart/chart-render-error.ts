/** Chart.js or the canvas failed to draw a chart; says which chart, its size and why. */
export class ChartRenderError extends Error {
  override readonly name = 'ChartRenderError';
  readonly chart: string;

  constructor(chart: string, width: number, height: number, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`Could not render the ${chart} chart (${width}x${height} px): ${why}`, { cause });
    this.chart = chart;
  }
}
