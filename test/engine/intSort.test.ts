import { describe, expect, it } from 'vitest';
import { insertIntoSorted, sortInts } from '../../src/engine/intSort.ts';

/** Park–Miller, so the cases are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const ascending = (values: ArrayLike<number>) => [...Array.from(values)].sort((a, b) => a - b);

describe('sortInts', () => {
  it.each([0, 1, 2, 15, 16, 17, 100, 257, 258, 1000])(
    'sorts %i values ascending, duplicates included, leaving the rest alone',
    (n) => {
      const random = lcg(n + 7);
      const values = Int32Array.from({ length: n + 3 }, () => Math.floor(random() * (n / 2 + 3)));
      const before = Array.from(values);
      sortInts(values, n);
      expect(Array.from(values.subarray(0, n))).toEqual(ascending(before.slice(0, n)));
      // The same values already in order but for a tail of n / 3: the mostly-sorted case.
      values.set(ascending(before.slice(0, n)));
      values.subarray(n - Math.floor(n / 3), n).reverse();
      sortInts(values, n);
      expect(Array.from(values.subarray(0, n))).toEqual(ascending(before.slice(0, n)));
      expect(Array.from(values.subarray(n))).toEqual(before.slice(n));
    },
  );
});

describe('insertIntoSorted', () => {
  it.each([
    [0, 0],
    [0, 5],
    [10, 0],
    [10, 1],
    [300, 40],
  ])('merges %i sorted values with %i new ones into one ascending list', (sorted, added) => {
    const random = lcg(sorted * 31 + added);
    const head = ascending(Array.from({ length: sorted }, () => Math.floor(random() * 500)));
    const tail = Array.from({ length: added }, () => Math.floor(random() * 520) - 10);
    const values = Int32Array.from([...head, ...tail, -99]);
    insertIntoSorted(values, sorted, sorted + added);
    expect(Array.from(values.subarray(0, sorted + added))).toEqual(ascending([...head, ...tail]));
    expect(values[sorted + added]).toBe(-99);
  });
});
