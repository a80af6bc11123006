import { describe, expect, it } from 'vitest';
import { createChartCanvasCache } from '../../../src/adapters/chart/chart-canvas-cache.ts';
import { createChartRenderer } from '../../../src/adapters/chart/create-chart-renderer.ts';
import { EMPTY_CELL_COLOR } from '../../../src/core/render/color-sequential-blue.ts';
import { heatmapChart } from '../../../src/core/render/heatmap-chart.ts';
import { decodePng, distance, hexToRgb, luminance, PNG_SIGNATURE, type Rgb } from './fixtures/decode-png.ts';
import { geometryProbe } from './fixtures/geometry-probe.ts';
import { generatedReport, makeReport } from './fixtures/make-report.ts';

const article = makeReport({
  'Team Blue': { '8.202.b08-85': 40, '8.202.b08-66': 1, '': 1 },
  'Team Green': { '8.202.b08-85': 12, '8.202.b08-83': 3, '11.0.2+9-3': 1 },
  'Team Red': { '8.202.b08-83': 20, '8.202.b08-85': 15, '': 10 },
  'Team Yellow': { '': 1 },
});
// 19 of 20 hosts on one version (95 %), and a big team with one host in 50 (2 %) on it.
const contrasted = makeReport({
  'Team Ninety-five': { '8.202.b08-85': 19, '11.0.2+9-3': 1 },
  'Team Two': { '8.202.b08-85': 1, '17.0.9+9-1~deb11u1': 49 },
});

const cache = createChartCanvasCache();

describe('createChartRenderer().heatmap', () => {
  it('renders a PNG of the size the chart config asks for', async () => {
    const png = await createChartRenderer({ cache }).heatmap(article);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = await decodePng(png);
    const { width, height } = heatmapChart(article);
    expect([image.width, image.height]).toEqual([width, height]);
  });

  it('colours each cell by its share: 95 % darker than 2 %, empty cells neutral, labels in contrast', async () => {
    const probe = geometryProbe();
    const png = await createChartRenderer({
      cache,
      plugins: [probe.plugin],
    }).heatmap(contrasted);
    const image = await decodePng(png);
    const cells = probe.renders[0].datasets[0];
    const find = (team: string, version: string) => {
      const cell = cells.find((c) => String(c.raw.y).startsWith(team) && c.raw.x === version);
      if (!cell) throw new Error(`no cell ${team} x ${version}`);
      return cell;
    };
    const fillOf = (c: (typeof cells)[number]): Rgb =>
      image.dominant(c.x + 2, c.y + 2, c.width - 4, c.height - 4);
    const ninetyFive = find('Team Ninety-five', '8.202.b08-85');
    const two = find('Team Two', '8.202.b08-85');
    const empty = find('Team Ninety-five', '17.0.9+9-1~deb11u1');
    expect(ninetyFive.raw.label).toBe('95.0');
    expect(two.raw.label).toBe('2.0');
    expect(luminance(fillOf(ninetyFive))).toBeLessThan(luminance(fillOf(two)) - 0.4);
    const emptyFill = fillOf(empty);
    expect(distance(emptyFill, hexToRgb(EMPTY_CELL_COLOR))).toBeLessThanOrEqual(2);
    expect(Math.max(...emptyFill) - Math.min(...emptyFill)).toBeLessThan(16);
    expect(luminance(emptyFill)).toBeGreaterThan(0.75);
    // The label is drawn: the dark cell holds light text pixels, the light cell dark ones.
    const inCell = (c: (typeof cells)[number]) => [...image.colors(c.x, c.y, c.width, c.height).keys()];
    const lum = (key: string) => luminance(key.split(',').map(Number) as unknown as Rgb);
    expect(inCell(ninetyFive).some((k) => lum(k) > 0.8)).toBe(true);
    expect(inCell(two).some((k) => lum(k) < 0.05)).toBe(true);
    expect(inCell(empty).every((k) => lum(k) > 0.7)).toBe(true);
  });

  it('draws every cell inside the canvas for 300 teams and 30 versions', async () => {
    const report = generatedReport(300, 30, 9);
    const probe = geometryProbe();
    const png = await createChartRenderer({
      cache,
      plugins: [probe.plugin],
    }).heatmap(report);
    const image = await decodePng(png);
    const chart = heatmapChart(report);
    expect([image.width, image.height]).toEqual([chart.width, chart.height]);
    const cells = probe.renders[0].datasets[0];
    expect(cells).toHaveLength(41 * 30);
    for (const c of cells) {
      expect(c.width).toBeGreaterThanOrEqual(40);
      expect(c.height).toBeGreaterThanOrEqual(20);
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y + c.height).toBeLessThanOrEqual(image.height);
      expect(c.x + c.width).toBeLessThanOrEqual(image.width);
    }
  });

  it('reuses one canvas per size', async () => {
    const inner = createChartCanvasCache();
    const handed: unknown[] = [];
    const cache = {
      get: (w: number, h: number) => {
        const canvas = inner.get(w, h);
        handed.push(canvas);
        return canvas;
      },
      get size() {
        return inner.size;
      },
    };
    const renderer = createChartRenderer({ cache });
    await renderer.heatmap(article);
    await renderer.heatmap(article);
    expect(handed).toHaveLength(2);
    expect(handed[0]).toBe(handed[1]);
    expect(inner.size).toBe(1);
    await renderer.heatmap(generatedReport(60, 14, 7));
    expect(inner.size).toBe(2);
    expect(handed[2]).not.toBe(handed[0]);
  });
});
