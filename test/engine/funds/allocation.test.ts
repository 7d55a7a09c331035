import { describe, expect, it } from 'vitest';
import { allocateFen } from '../../../src/engine/funds/allocation.ts';
import { maxAmountCNY, toFen } from '../../../src/engine/ledger/fen.ts';

/** Sum in fen: CNY amounts like 33.34 + 33.33 + 33.33 do not add exactly in binary. */
const sumFen = (amountsCNY: readonly number[]) => amountsCNY.reduce((s, a) => s + toFen(a), 0);

/** A small deterministic generator (Park–Miller) so the cases are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

describe('allocateFen', () => {
  it('splits 100 CNY into thirds as 33.34, 33.33, 33.33', () => {
    // 10000 fen / 3 = 3333.33 each: floors 3333 × 3 leave 1 fen, equal remainders ⇒ index 0.
    expect(allocateFen(100, [1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
  });

  it('gives left-over fen to the largest remainders, ties to the lower index', () => {
    // 100 fen over [1, 2]: quotas 33.33, 66.67 ⇒ floors 33, 66, the last fen to index 1 (0.67).
    expect(allocateFen(1, [1, 2])).toEqual([0.33, 0.67]);
    // 2 fen over three equal weights: quotas 0.67 each ⇒ indices 0 and 1 get one fen each.
    expect(allocateFen(0.02, [1, 1, 1])).toEqual([0.01, 0.01, 0]);
    // 5 fen over [1, 1, 2]: quotas 1.25, 1.25, 2.5 ⇒ floors 1, 1, 2, the last fen to index 2.
    expect(allocateFen(0.05, [1, 1, 2])).toEqual([0.01, 0.01, 0.03]);
  });

  it('depends only on the ratios of the weights', () => {
    expect(allocateFen(1, [2e-300, 1e-300])).toEqual([0.67, 0.33]);
    expect(allocateFen(1, [1.5e308, 1.5e308])).toEqual([0.5, 0.5]);
    expect(allocateFen(7, [0.3, 0.7])).toEqual(allocateFen(7, [3, 7]));
  });

  it('gives nothing to zero weights', () => {
    expect(allocateFen(10, [0, 1, 0])).toEqual([0, 10, 0]);
  });

  it('rounds the total to fen first', () => {
    // 10.005 CNY is 1001 fen (toFen rounds the decimal half up): 501 + 500.
    expect(allocateFen(10.005, [1, 1])).toEqual([5.01, 5]);
    expect(allocateFen(0.004, [1, 1])).toEqual([0, 0]);
  });

  it('returns zeros for a zero total, whatever the weights', () => {
    expect(allocateFen(0, [1, 2, 3])).toEqual([0, 0, 0]);
    expect(allocateFen(0, [0, 0])).toEqual([0, 0]);
    expect(allocateFen(0, [])).toEqual([]);
  });

  it('returns whole fen that add up exactly to the total, within a fen of each quota', () => {
    const random = lcg(20220101);
    for (let trial = 0; trial < 2000; trial++) {
      const scale = 10 ** Math.floor(random() * 13); // totals from fen to trillions of CNY
      const totalCNY = Math.round(random() * scale * 100) / 100;
      const parts = 1 + Math.floor(random() * 8);
      const weights = Array.from({ length: parts }, () => (random() < 0.2 ? 0 : random()));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const amountsCNY = allocateFen(totalCNY, weights);
      expect(amountsCNY).toHaveLength(parts);
      expect(sumFen(amountsCNY)).toBe(toFen(totalCNY));
      const weightSum = weights.reduce((s, w) => s + w, 0);
      amountsCNY.forEach((amountCNY, i) => {
        expect(toFen(amountCNY) / 100).toBe(amountCNY);
        const quotaFen = (toFen(totalCNY) * weights[i]!) / weightSum;
        expect(Math.abs(toFen(amountCNY) - quotaFen)).toBeLessThan(1 + 1e-6 * quotaFen);
      });
    }
  });

  it('hands the left-over fen to the largest remainders first, ties to the lower index', () => {
    const random = lcg(20261203);
    for (let trial = 0; trial < 2000; trial++) {
      const totalCNY = Math.round(random() * 1e6) / 100;
      const parts = 2 + Math.floor(random() * 7);
      // Small integer weights make equal remainders common.
      const weights = Array.from({ length: parts }, () => 1 + Math.floor(random() * 4));
      const fen = allocateFen(totalCNY, weights).map(toFen);
      // The quotas as allocateFen computes them (weights scaled by the largest), to the last bit.
      const largest = Math.max(...weights);
      const scaledSum = weights.reduce((s, w) => s + w / largest, 0);
      const quotas = weights.map((w) => (toFen(totalCNY) * (w / largest)) / scaledSum);
      const extra = fen.map((f, i) => f - Math.floor(quotas[i]!));
      const remainder = quotas.map((q) => q - Math.floor(q));
      for (let i = 0; i < parts; i++)
        for (let j = 0; j < parts; j++)
          if (extra[i] === 1 && extra[j] === 0)
            expect(remainder[i]! > remainder[j]! || (remainder[i] === remainder[j] && i < j)).toBe(
              true,
            );
    }
  });

  it('stays exact at the largest amount the ledger holds', () => {
    const amountsCNY = allocateFen(maxAmountCNY, [1, 1, 1, 7]);
    expect(sumFen(amountsCNY)).toBe(toFen(maxAmountCNY));
  });

  it.each([-1, -0.01, Number.NaN, Infinity, -Infinity, maxAmountCNY * 2])(
    'throws RangeError for a total of %s',
    (bad) => {
      expect(() => allocateFen(bad, [1, 1])).toThrow(RangeError);
      expect(() => allocateFen(bad, [1, 1])).toThrow(/totalCNY must be a finite amount/);
    },
  );

  it.each([-1, Number.NaN, Infinity, -Infinity])('throws RangeError for a weight of %s', (bad) => {
    expect(() => allocateFen(1, [1, bad])).toThrow(RangeError);
    expect(() => allocateFen(1, [1, bad])).toThrow(
      new RegExp(`weights\\[1\\] must be a finite number >= 0; got ${String(bad)}`),
    );
  });

  it('throws RangeError when a non-zero total has no positive weight', () => {
    expect(() => allocateFen(1, [0, 0])).toThrow(RangeError);
    expect(() => allocateFen(1, [])).toThrow(/weights must not all be zero/);
  });
});
