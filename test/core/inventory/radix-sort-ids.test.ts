import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSortIds } from '../../../src/core/inventory/radix-sort-ids.ts';

const nativeSorted = (ids: number[]) => Float64Array.from(ids).sort();

describe('radixSortIds', () => {
  it('sorts ids below 2^32 like the native sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }), (ids) => {
        expect(radixSortIds(Float64Array.from(ids))).toEqual(nativeSorted(ids));
      }),
    );
  });

  it('sorts 15-digit ids (high word carried along) like the native sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999_999_999_999_999 }), { maxLength: 300 }), (ids) => {
        expect(radixSortIds(Float64Array.from(ids))).toEqual(nativeSorted(ids));
      }),
    );
  });

  it('sorts a large block with repeats and leaves the input untouched', () => {
    const ids = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 150_000) + 108_380_195);
    const copy = ids.slice();
    const sorted = radixSortIds(ids);
    const expected = copy.slice().sort();
    // Element-wise with a loop: deep equality of 200k-element arrays is slow in the matcher.
    expect(ids.every((v, i) => v === copy[i])).toBe(true);
    expect(sorted.length).toBe(expected.length);
    expect(sorted.every((v, i) => v === expected[i])).toBe(true);
  });

  it('falls back to the native sort for values that are not plain integers', () => {
    const ids = Float64Array.of(3.5, -1, 2, 2 ** 53);
    expect(radixSortIds(ids)).toEqual(ids.slice().sort());
  });
});
