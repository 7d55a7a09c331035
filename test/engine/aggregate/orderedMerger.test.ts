import { describe, expect, it } from 'vitest';
import { createOrderedMerger } from '../../../src/engine/aggregate/orderedMerger.ts';

/** An "aggregate" that records the order of merges, so the fold order is visible. */
const concat = (into: { order: number[] }, from: { order: number[] }) => {
  into.order.push(...from.order);
};

describe('createOrderedMerger(into, merge, blocks)', () => {
  it('merges blocks offered out of order strictly in block order, buffering early ones', () => {
    const merger = createOrderedMerger({ order: [] as number[] }, concat, 6);
    merger.offer(2, { order: [2] });
    merger.offer(1, { order: [1] });
    expect([merger.merged(), merger.pending()]).toEqual([0, 2]);
    merger.offer(0, { order: [0] });
    expect([merger.merged(), merger.pending()]).toEqual([3, 0]);
    merger.offer(5, { order: [5] });
    merger.offer(3, { order: [3] });
    expect([merger.merged(), merger.pending()]).toEqual([4, 1]);
    merger.offer(4, { order: [4] });
    expect(merger.result().order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives the same fold for every arrival order', () => {
    const orders = [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ];
    for (const arrival of orders) {
      const merger = createOrderedMerger({ order: [] as number[] }, concat, 5);
      for (const block of arrival) merger.offer(block, { order: [block] });
      expect(merger.result().order).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('refuses a result while a block is missing, naming it', () => {
    const merger = createOrderedMerger({ order: [] as number[] }, concat, 3);
    merger.offer(0, { order: [0] });
    merger.offer(2, { order: [2] });
    expect(() => merger.result()).toThrow(
      /block 1 of 3 has not been offered \(1 later blocks wait\)/,
    );
  });

  it('returns the untouched aggregate for a run of zero blocks', () => {
    const empty = { order: [] as number[] };
    expect(createOrderedMerger(empty, concat, 0).result()).toBe(empty);
  });

  it('throws RangeError for a block offered twice, before or after it was merged', () => {
    const merger = createOrderedMerger({ order: [] as number[] }, concat, 4);
    merger.offer(0, { order: [0] });
    merger.offer(2, { order: [2] });
    expect(() => merger.offer(0, { order: [0] })).toThrow(/block 0 was offered twice/);
    expect(() => merger.offer(2, { order: [2] })).toThrow(/block 2 was offered twice/);
  });

  it.each([-1, 4, 1.5, NaN])('throws RangeError for block index %s of 4', (block) => {
    const merger = createOrderedMerger({ order: [] as number[] }, concat, 4);
    expect(() => merger.offer(block, { order: [] })).toThrow(RangeError);
  });

  it.each([-1, 2.5, NaN])('throws RangeError for a block count of %s', (blocks) => {
    expect(() => createOrderedMerger({ order: [] as number[] }, concat, blocks)).toThrow(
      RangeError,
    );
  });
});
