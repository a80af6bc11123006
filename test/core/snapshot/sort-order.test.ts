import fc from 'fast-check';
import { expect, it } from 'vitest';
import { sortOrder } from '../../../src/core/snapshot/sort-order.ts';

const ascending = (ids: Float64Array, order: Uint32Array) => {
  for (let i = 1; i < order.length; i++) if (ids[order[i - 1]] > ids[order[i]]) return false;
  return new Set(order).size === ids.length;
};

it('orders any non-negative integer ids up to 15 digits ascending', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 999_999_999_999_999 }), { maxLength: 300 }), (xs) => {
      const ids = Float64Array.from(xs);
      return ascending(ids, sortOrder(ids));
    }),
  );
});

it('orders ids below 2^32 (the usual CMDB id) ascending, each row once', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }), (xs) => {
      const ids = Float64Array.from(xs);
      return ascending(ids, sortOrder(ids));
    }),
  );
});

it('falls back to a comparator for negative or NaN ids', () => {
  const ids = Float64Array.from([5, -3, 2, Number.NaN, 0]);
  const order = sortOrder(ids);
  expect(Array.from(order, (i) => ids[i])).toEqual([-3, 0, 2, 5, Number.NaN]);
});

it('sorts ids that differ only in their high bits', () => {
  const ids = Float64Array.from([2 ** 50, 2 ** 40, 2 ** 48 + 1, 2 ** 48, 7]);
  expect(Array.from(sortOrder(ids))).toEqual([4, 1, 3, 2, 0]);
});
