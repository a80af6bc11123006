import { describe, expect, it } from 'vitest';
import { inkFor } from '../../../src/core/render/color-contrast.ts';
import {
  EMPTY_CELL_COLOR,
  sequentialBlue,
  sequentialBlueStops,
} from '../../../src/core/render/color-sequential-blue.ts';
import { formatShare } from '../../../src/core/render/heatmap-cells.ts';
import { fitLabels } from '../../../src/core/render/heatmap-fit-labels.ts';
import { hexToRgb, luminance } from '../../adapters/chart/fixtures/decode-png.ts';

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(hexToRgb(a)), luminance(hexToRgb(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('chart colours', () => {
  it('darkens steadily from 0 to 100 %', () => {
    const steps = Array.from({ length: 101 }, (_, i) => luminance(hexToRgb(sequentialBlue(i / 100))));
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]).toBeLessThan(steps[i - 1]);
    expect(steps[0]).toBeGreaterThan(0.7);
    expect(steps[100]).toBeLessThan(0.05);
  });

  it('stays blue: blue is the strongest channel at every step', () => {
    for (let i = 0; i <= 20; i += 1) {
      const [r, g, b] = hexToRgb(sequentialBlue(i / 20));
      expect(b).toBeGreaterThanOrEqual(Math.max(r, g));
    }
  });

  it('gives every cell colour a label ink with WCAG AA contrast for bold text', () => {
    for (let i = 0; i <= 100; i += 1) {
      const fill = sequentialBlue(i / 100);
      expect(contrast(fill, inkFor(fill))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(EMPTY_CELL_COLOR, inkFor(EMPTY_CELL_COLOR))).toBeGreaterThanOrEqual(4.5);
  });

  it('sets empty cells apart from the lightest share', () => {
    const [r1, g1, b1] = hexToRgb(EMPTY_CELL_COLOR);
    const [r2, g2, b2] = hexToRgb(sequentialBlue(0));
    expect(Math.abs(b1 - b2) + Math.abs(r1 - r2) + Math.abs(g1 - g2)).toBeGreaterThan(40);
  });

  it('spreads colour-bar stops from the lightest to the darkest colour', () => {
    const stops = sequentialBlueStops(21);
    expect(stops).toHaveLength(21);
    expect(stops[0]).toBe(sequentialBlue(0));
    expect(stops[20]).toBe(sequentialBlue(1));
  });
});

describe('heatmap labels', () => {
  it('never rounds a non-zero share to 0.0 or a partial share to 100.0', () => {
    expect(formatShare((40 / 42) * 100)).toBe('95.2');
    expect(formatShare(0.01)).toBe('<0.1');
    expect(formatShare(99.97)).toBe('>99.9');
    expect(formatShare(100)).toBe('100.0');
  });

  it('abbreviates with an ellipsis and keeps clashing names distinct', () => {
    const labels = fitLabels(
      ['Team Platform Infrastructure EU', 'Team Platform Infrastructure US', 'Short'],
      16,
    );
    expect(labels[2]).toBe('Short');
    expect(new Set(labels).size).toBe(3);
    for (const label of labels.slice(0, 2)) {
      expect(label).toContain('…');
      expect(Array.from(label).length).toBeLessThanOrEqual(16);
    }
    expect(labels[0].endsWith('EU')).toBe(true);
  });

  it('numbers names that only differ past what fits', () => {
    const name = 'Team Platform Infrastructure';
    const labels = fitLabels([`${name} 1 EU`, `${name} 2 EU`], 12);
    expect(new Set(labels).size).toBe(2);
  });
});
