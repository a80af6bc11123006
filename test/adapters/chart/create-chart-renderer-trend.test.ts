import { describe, expect, it } from 'vitest';
import { createChartCanvasCache } from '../../../src/adapters/chart/chart-canvas-cache.ts';
import { createChartRenderer } from '../../../src/adapters/chart/create-chart-renderer.ts';
import { trendChart } from '../../../src/core/render/trend-chart.ts';
import { decodePng, distance, hexToRgb, PNG_SIGNATURE } from './fixtures/decode-png.ts';
import { geometryProbe } from './fixtures/geometry-probe.ts';
import { sampleTrend } from './fixtures/make-trend.ts';

const cache = createChartCanvasCache();

const render = async (trend = sampleTrend('2024-12-31')) => {
  const probe = geometryProbe();
  const png = await createChartRenderer({ cache, plugins: [probe.plugin] }).trend(trend);
  return { png, image: await decodePng(png), geometry: probe.renders[0], chart: trendChart(trend) };
};

describe('createChartRenderer().trend', () => {
  it('renders a PNG of the size the chart config asks for', async () => {
    const { png, image, chart } = await render();
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([image.width, image.height]).toEqual([chart.width, chart.height]);
  });

  it('draws the fleet as a solid black line and its forecast dashed', async () => {
    const { image, geometry } = await render();
    const [fleet, forecast] = geometry.datasets;
    const black = [0, 0, 0] as const;
    // Midway between two fleet points the thick solid line is black.
    for (let i = 1; i < fleet.length; i += 1) {
      const mx = (fleet[i - 1].x + fleet[i].x) / 2;
      const my = (fleet[i - 1].y + fleet[i].y) / 2;
      expect(distance(image.pixel(mx, my), black)).toBeLessThanOrEqual(40);
    }
    // Along the forecast, black and background alternate: a dashed line, not a solid one.
    const [from, to] = forecast;
    let dark = 0;
    const samples = 200;
    for (let k = 0; k < samples; k += 1) {
      const t = 0.1 + (0.8 * k) / samples;
      if (distance(image.pixel(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t), black) <= 90)
        dark += 1;
    }
    expect(dark / samples).toBeGreaterThan(0.3);
    expect(dark / samples).toBeLessThan(0.85);
  });

  it('draws each team in its own colour', async () => {
    const { image, geometry, chart } = await render();
    const area = geometry.chartArea;
    const colors = image.colors(area.left, area.top, area.right - area.left, area.bottom - area.top);
    const near = (hex: string) =>
      [...colors]
        .filter(([key]) => distance(key.split(',').map(Number) as never, hexToRgb(hex)) <= 12)
        .reduce((n, [, c]) => n + c, 0);
    const teamLines = chart.config.data.datasets.filter((d) => !String(d.label).startsWith('Fleet'));
    expect(teamLines).toHaveLength(5);
    for (const line of teamLines) expect(near(String(line.borderColor))).toBeGreaterThan(50);
  });

  it('draws the deadline as a vertical line where the axis puts its date', async () => {
    const { image, geometry } = await render();
    const x = Math.round(geometry.pixelForX(Date.UTC(2024, 11, 31)));
    const { top, bottom } = geometry.chartArea;
    let marked = 0;
    for (let y = Math.ceil(top) + 40; y < bottom - 2; y += 1)
      if ([x - 1, x, x + 1].some((px) => distance(image.pixel(px, y), hexToRgb('#444444')) <= 24))
        marked += 1;
    expect(marked / (bottom - 2 - Math.ceil(top) - 40)).toBeGreaterThan(0.8);
  });
});
