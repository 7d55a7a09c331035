import { describe, expect, it } from 'vitest';
import { blockCount, shardBlocks, TRIALS_PER_BLOCK } from '../../../src/engine/index.ts';

describe('shardBlocks(trials, index, count)', () => {
  it('cuts a run into shards of whole blocks that cover every trial once, in order', () => {
    for (const [trials, count] of [
      [512, 4],
      [10_000, 3],
      [100, 7],
      [64, 1],
      [1, 2],
    ] as const) {
      const shards = Array.from({ length: count }, (_, i) => shardBlocks(trials, i, count));
      expect(shards[0]!.blockStart).toBe(0);
      expect(shards.at(-1)!.blockEnd).toBe(blockCount(trials));
      expect(shards.at(-1)!.trialEnd).toBe(trials);
      shards.forEach((s, i) => {
        expect(s.trialStart).toBe(Math.min(trials, s.blockStart * TRIALS_PER_BLOCK));
        if (i > 0) expect(s.blockStart).toBe(shards[i - 1]!.blockEnd);
        if (i > 0) expect(s.trialStart).toBe(shards[i - 1]!.trialEnd);
      });
      const sizes = shards.map((s) => s.blockEnd - s.blockStart);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('gives 512 trials in 4 shards two blocks each: trials 0–127, 128–255, 256–383, 384–511', () => {
    expect([0, 1, 2, 3].map((i) => shardBlocks(512, i, 4))).toEqual([
      { blockStart: 0, blockEnd: 2, trialStart: 0, trialEnd: 128 },
      { blockStart: 2, blockEnd: 4, trialStart: 128, trialEnd: 256 },
      { blockStart: 4, blockEnd: 6, trialStart: 256, trialEnd: 384 },
      { blockStart: 6, blockEnd: 8, trialStart: 384, trialEnd: 512 },
    ]);
  });

  it('refuses an index outside 0 … count − 1 and a count below 1', () => {
    for (const [index, count] of [
      [4, 4],
      [-1, 4],
      [0.5, 4],
      [0, 0],
      [0, Number.NaN],
    ] as const)
      expect(() => shardBlocks(512, index, count), `${index}/${count}`).toThrow(RangeError);
  });
});
