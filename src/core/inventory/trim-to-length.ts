/**
 * The first `length` entries of a growable array. Copies only when the spare
 * capacity is large: the arrays are transferred to the main thread whole, and a
 * view would carry its unused tail with it.
 * @example trimToLength(new Uint32Array(1 << 21), 1_100_000).length // 1100000 (a copy)
 */
export function trimToLength<T extends Uint32Array | Float64Array>(array: T, length: number): T {
  if (array.length - length > (length >>> 2) + 1024) return array.slice(0, length) as T;
  return array.subarray(0, length) as T;
}
