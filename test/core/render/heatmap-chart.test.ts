import { describe, expect, it } from 'vitest';
import { heatmapChart } from '../../../src/core/render/heatmap-chart.ts';
import type { BandSegment } from '../../../src/core/render/heatmap-overlays.ts';
import { MAX_CANVAS_HEIGHT, MAX_CANVAS_WIDTH } from '../../../src/core/render/heatmap-layout.ts';
import {
  fixtureMajor,
  generatedReport,
  makeReport,
  versionPool,
} from '../../adapters/chart/fixtures/make-report.ts';
import { hexToRgb, luminance } from '../../adapters/chart/fixtures/decode-png.ts';

// The article's data shape: Team Blue 42 hosts, 40 on 8.202.b08-85 (95.238095 %).
const article = makeReport({
  'Team Blue': { '8.202.b08-85': 40, '8.202.b08-66': 1, '': 1 },
  'Team Green': { '8.202.b08-85': 12, '8.202.b08-83': 3, '11.0.2+9-3': 1 },
  'Team Red': { '8.202.b08-83': 20, '8.202.b08-85': 15, '': 10 },
  'Team Yellow': { '': 1 },
});

const subtitleOf = (chart: ReturnType<typeof heatmapChart>): string =>
  ([chart.config.options?.plugins?.subtitle?.text ?? []].flat() as string[]).join('\n');

const cellOf = (chart: ReturnType<typeof heatmapChart>, row: number, column: number) => {
  const index = row * chart.columnLabels.length + column;
  return {
    cell: chart.config.data.datasets[0].data[index],
    fill: (chart.config.data.datasets[0].backgroundColor as string[])[index],
  };
};

describe('heatmapChart', () => {
  it('is a matrix chart titled as the article, one cell per team x version', () => {
    const chart = heatmapChart(article);
    expect(chart.config.type).toBe('matrix');
    expect(chart.config.options?.plugins?.title?.text).toBe('Version Distribution by Team');
    expect(chart.config.data.datasets[0].data).toHaveLength(4 * article.versions.length);
  });

  it('puts pending versions first, then migrated, then unknown, each in version order; blank reads (blank)', () => {
    const chart = heatmapChart(article);
    const group = (v: string) => {
      const major = fixtureMajor(v);
      return major === null ? 2 : major >= 11 ? 1 : 0;
    };
    const expected = article.versions
      .map((v) => v.version)
      .sort((a, b) => group(a) - group(b))
      .map((v) => (v === '' ? '(blank)' : v));
    expect(chart.columnLabels).toEqual(expected);
    const band = (chart.config.options?.plugins?.stateBand?.segments ?? []) as BandSegment[];
    expect(band.map((s) => [s.from, s.to, s.labels[0]])).toEqual([
      [0, 2, 'pending (< Java 11)'],
      [3, 3, 'migrated (≥ Java 11)'],
      [4, 4, 'unknown version'],
    ]);
  });

  it('orders teams furthest behind first and labels them with their host counts', () => {
    const chart = heatmapChart(article);
    expect(chart.rowLabels).toEqual(
      article.furthestBehind.map((name) => `${name} (${article.teams.find((t) => t.team === name)?.hosts})`),
    );
  });

  it('labels each cell with its percent to one decimal and leaves empty cells unlabelled', () => {
    const chart = heatmapChart(article);
    const row = chart.rowLabels.indexOf('Team Blue (42)');
    const col = chart.columnLabels.indexOf('8.202.b08-85');
    expect(cellOf(chart, row, col).cell.label).toBe(((40 / 42) * 100).toFixed(1));
    const emptyCol = chart.columnLabels.indexOf('8.202.b08-83');
    const empty = cellOf(chart, row, emptyCol);
    expect(empty.cell.label).toBe('');
    expect(empty.cell.v).toBeUndefined();
  });

  it('fills larger shares darker, and empty cells with a light neutral colour', () => {
    const chart = heatmapChart(article);
    const row = chart.rowLabels.indexOf('Team Blue (42)');
    const big = cellOf(chart, row, chart.columnLabels.indexOf('8.202.b08-85')).fill;
    const small = cellOf(chart, row, chart.columnLabels.indexOf('8.202.b08-66')).fill;
    const empty = cellOf(chart, row, chart.columnLabels.indexOf('8.202.b08-83')).fill;
    expect(luminance(hexToRgb(big))).toBeLessThan(luminance(hexToRgb(small)));
    expect(luminance(hexToRgb(empty))).toBeGreaterThan(0.75);
    const [r, g, b] = hexToRgb(empty);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(16);
  });

  it('stamps the snapshot time', () => {
    const stamp = heatmapChart(article).config.options?.plugins?.cornerStamp?.text ?? '';
    expect(stamp).toContain('18 Mar 2019 06:42 UTC');
    expect(stamp).toContain('read 18 Mar 2019 09:02 UTC');
  });

  it('shows the 40 teams furthest behind of 300 and sums the other 260 into one row, saying so', () => {
    const report = generatedReport(300, 12, 3);
    const chart = heatmapChart(report);
    expect(chart.rowLabels).toHaveLength(41);
    expect(chart.rowLabels.slice(0, 40).map((l) => l.replace(/ \(\d[\d,]*\)$/, ''))).toEqual(
      report.furthestBehind
        .slice(0, 40)
        .map((name) => (name.length > 26 ? expect.stringMatching(/…$/) : name)),
    );
    const rest = report.furthestBehind.slice(40).map((name) => report.teams.find((t) => t.team === name)!);
    const restHosts = rest.reduce((sum, team) => sum + team.hosts, 0);
    expect(chart.rowLabels[40]).toBe(`260 other teams (${restHosts.toLocaleString('en-US')})`);
    const lastRow = chart.config.data.datasets[0].data.slice(40 * chart.columnLabels.length);
    expect(lastRow.reduce((sum, cell) => sum + cell.count, 0)).toBe(restHosts);
    const subtitle = subtitleOf(chart);
    expect(subtitle).toContain('260 teams');
    expect(subtitle).toContain(`${restHosts.toLocaleString('en-US')} hosts`);
    expect(chart.width).toBeLessThanOrEqual(MAX_CANVAS_WIDTH);
    expect(chart.height).toBeLessThanOrEqual(MAX_CANVAS_HEIGHT);
    expect(chart.config.data.datasets[0].data.length).toBeLessThanOrEqual(41 * 30);
  });

  it('fits 30 versions as 30 columns without summing any', () => {
    const report = generatedReport(60, 30, 5);
    expect(report.versions).toHaveLength(30);
    const chart = heatmapChart(report);
    expect(chart.columnLabels).toHaveLength(30);
    expect(new Set(chart.columnLabels).size).toBe(30);
    expect(chart.columns.summedVersions).toBe(0);
    expect(chart.width).toBeLessThanOrEqual(MAX_CANVAS_WIDTH);
  });

  it('sums the rarest of 45 versions into per-state "other" columns and says so, losing no host', () => {
    const report = generatedReport(80, 45, 11);
    const chart = heatmapChart(report);
    expect(chart.columnLabels.length).toBeLessThanOrEqual(30);
    const others = chart.columns.columns.filter((c) => c.other);
    expect(others.length).toBeGreaterThan(0);
    const shownCounts = chart.columns.columns.filter((c) => !c.other).map((c) => c.count);
    for (const other of others) {
      for (const version of other.versions) {
        const info = report.versions.find((v) => v.version === version)!;
        expect(info.state).toBe(other.state);
        expect(info.count).toBeLessThanOrEqual(Math.min(...shownCounts));
      }
    }
    const cells = chart.config.data.datasets[0].data;
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(report.totals.hosts);
    const subtitle = subtitleOf(chart);
    expect(subtitle).toContain(`${chart.columns.summedVersions} rare versions`);
  });

  it('abbreviates long team names with an ellipsis and keeps every label distinct', () => {
    const long = 'Team Platform Infrastructure and Reliability Engineering';
    const report = makeReport({
      [`${long} EU`]: { '8.202.b08-85': 3 },
      [`${long} US`]: { '8.202.b08-85': 3 },
      'Team Blue': { [versionPool(3)[0]]: 2 },
    });
    const chart = heatmapChart(report);
    expect(new Set(chart.rowLabels).size).toBe(3);
    const abbreviated = chart.rowLabels.filter((l) => l.includes('…'));
    expect(abbreviated).toHaveLength(2);
    for (const label of abbreviated) expect(label.replace(/ \(\d+\)$/, '').length).toBeLessThanOrEqual(26);
  });

  it('still draws something for an inventory with no hosts', () => {
    const chart = heatmapChart(makeReport({}));
    expect(chart.config.data.datasets[0].data).toHaveLength(1);
    expect(chart.width).toBeGreaterThan(0);
  });
});
