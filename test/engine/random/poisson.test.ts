import { describe, expect, it } from 'vitest';
import { MAX_POISSON_LAMBDA, createStream, poisson } from '../../../src/engine/random/index.ts';
import {
  chiSquare,
  chiSquareCriticalValue001,
  momentZScores,
  sampleOf,
  scriptedStream,
} from './goodnessOfFit.ts';

const N = 100_000;

/**
 * Poisson probabilities for k = 0 … kMax, computed independently of the code under test: ratios
 * P(k ± 1)/P(k) from the mode, normalised by their sum (exact up to rounding; the mass beyond
 * kMax must be negligible).
 */
function referenceProbabilities(lambda: number, kMax: number): number[] {
  const mode = Math.floor(lambda);
  const weights = new Array<number>(kMax + 1).fill(0);
  weights[mode] = 1;
  for (let k = mode; k > 0; k--) weights[k - 1] = ((weights[k] ?? 0) * k) / lambda;
  for (let k = mode; k < kMax; k++) weights[k + 1] = ((weights[k] ?? 0) * lambda) / (k + 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** A range that holds all but about e^-70 of the mass. */
const upperEnd = (lambda: number) => Math.ceil(lambda + 12 * Math.sqrt(lambda) + 40);

describe('poisson(rng, lambda)', () => {
  for (const lambda of [0.5, 4, 15.5, 16, 200, 5000]) {
    it(`passes a chi-square test at alpha = 0.001 and has mean and variance lambda (lambda = ${lambda}, n = ${N})`, () => {
      const rng = createStream(2022, 0, 'arrivals');
      const sample = sampleOf(N, () => poisson(rng, lambda));
      const kMax = upperEnd(lambda);
      const counts = new Array<number>(kMax + 1).fill(0);
      for (const k of sample) counts[k] = (counts[k] ?? 0) + 1;
      expect(counts.length).toBe(kMax + 1);
      const { statistic, degreesOfFreedom } = chiSquare(
        counts,
        referenceProbabilities(lambda, kMax),
      );
      expect(statistic).toBeLessThan(chiSquareCriticalValue001(degreesOfFreedom));
      const z = momentZScores(sample, {
        mean: lambda,
        variance: lambda,
        fourthCentralMoment: lambda * (1 + 3 * lambda),
      });
      expect(Math.abs(z.mean)).toBeLessThan(4);
      expect(Math.abs(z.variance)).toBeLessThan(4);
    });
  }

  it('is exact inversion: the smallest k with u < F(k), for u across [0, 1) and at both ends', () => {
    for (const lambda of [3.7, 16, 200, 5000, 10_000]) {
      const probabilities = referenceProbabilities(lambda, upperEnd(lambda));
      for (let i = 0; i < 500; i++) {
        // Spread over the body, with both tails reached at the extremes of the grid.
        const u = i === 0 ? 0 : i === 499 ? 1 - 2 ** -32 : (i + 0.37) / 500;
        // The sampler inverts at the centre of the draw's 2^-32 cell.
        const centre = (Math.floor(u * 2 ** 32) + 0.5) / 2 ** 32;
        let k = 0;
        let cdf = probabilities[0] ?? NaN;
        while (centre >= cdf) cdf += probabilities[++k] ?? NaN;
        expect(poisson(() => u, lambda)).toBe(k);
      }
    }
  });

  it('uses exactly one draw, and is non-decreasing in the draw and in lambda (common random numbers)', () => {
    const rng = scriptedStream([0.1, 0.9]);
    expect(poisson(rng, 200)).toBeLessThan(poisson(rng, 200));
    expect(rng.calls).toBe(2);
    for (let u = 0.0005; u < 1; u += 0.0333) {
      let previous = 0;
      for (let lambda = 0; lambda < 60; lambda += 0.25) {
        const k = poisson(() => u, lambda);
        expect(k).toBeGreaterThanOrEqual(previous);
        previous = k;
      }
    }
  });

  it('gives the same count whatever lambda came before (its cached set-up is invisible)', () => {
    const us = [0.01, 0.3, 0.77, 0.999];
    const alone = us.map((u) => poisson(() => u, 300));
    const interleaved = us.map((u) => (poisson(() => u, 7000), poisson(() => u, 300)));
    expect(interleaved).toEqual(alone);
  });

  it('is 0 when lambda = 0, and works without underflow for lambda up to 1e6', () => {
    expect(poisson(() => 0.999, 0)).toBe(0);
    const rng = createStream(1, 0, 'arrivals');
    const sample = sampleOf(2000, () => poisson(rng, 1e6));
    const z = momentZScores(sample, {
      mean: 1e6,
      variance: 1e6,
      fourthCentralMoment: 1e6 * (1 + 3e6),
    });
    expect(Math.abs(z.mean)).toBeLessThan(4);
    expect(Math.abs(z.variance)).toBeLessThan(4);
  });

  it('throws a RangeError naming a bad lambda', () => {
    for (const lambda of [-1, -1e-300, NaN, Infinity, MAX_POISSON_LAMBDA * 1.5]) {
      expect(() => poisson(() => 0.5, lambda)).toThrow(RangeError);
      expect(() => poisson(() => 0.5, lambda)).toThrow(`invalid lambda: ${lambda}`);
    }
  });
});
