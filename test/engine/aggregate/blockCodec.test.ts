import { describe, expect, it } from 'vitest';
import {
  addTrial,
  createRunAggregate,
  decodeBlock,
  encodeBlock,
  finalizeRun,
  fromTransferable,
  toTransferable,
} from '../../../src/engine/index.ts';
import { expectBitIdentical, mulberry32, normal, pareto } from './fixture.ts';

/** A block's aggregate with negative, zero, heavy-tailed and undefined values, and a series. */
function block(trials: number, seed: number) {
  const rng = mulberry32(seed);
  const agg = createRunAggregate();
  for (let t = 0; t < trials; t++)
    addTrial(
      agg,
      {
        // One value in every trial: one bin whose count is the number of trials.
        constant: 1,
        normal: normal(rng),
        heavy: pareto(rng, 1.5) * 1e9,
        zeroOrNot: rng() < 0.5 ? 0 : -rng(),
        sometimes: rng() < 0.3 ? Number.NaN : rng(),
      },
      { path: [rng(), -rng(), 0] },
    );
  return toTransferable(agg);
}

describe('encodeBlock and decodeBlock', () => {
  it('give back the block’s aggregate exactly, bin counts in 1, 2 or 8 bytes as they need', () => {
    for (const [trials, countBytes] of [
      [64, 1],
      [600, 2],
      [70_000, 8],
    ] as const) {
      const data = block(trials, trials);
      const { layout, bytes } = encodeBlock(data);
      if (trials === 70_000) data.binCounts[0] = 70_000.5; // not a whole count: 8 bytes
      const encoded = trials === 70_000 ? encodeBlock(data) : { layout, bytes };
      expect(encoded.layout.countBytes).toBe(countBytes);
      const decoded = decodeBlock(encoded.layout, encoded.bytes);
      expectBitIdentical(decoded, data);
      if (trials !== 70_000)
        expectBitIdentical(
          finalizeRun(fromTransferable(decoded)),
          finalizeRun(fromTransferable(data)),
        );
    }
  });

  it('refuses bytes that do not fit their layout', () => {
    const { layout, bytes } = encodeBlock(block(64, 1));
    expect(() => decodeBlock(layout, bytes.subarray(1))).toThrow(TypeError);
    expect(() => decodeBlock({ ...layout, bins: layout.bins + 1 }, bytes)).toThrow(
      /has \d+ bytes; its layout needs \d+/,
    );
  });
});
