import { describe, expect, it } from 'vitest';
import { bernoulli, createStream } from '../../../src/engine/random/index.ts';
import {
  chiSquare,
  chiSquareCriticalValue001,
  momentZScores,
  sampleOf,
  scriptedStream,
} from './goodnessOfFit.ts';

const N = 100_000;

describe('bernoulli(rng, p)', () => {
  // (Not p = 1/2: there the sample variance is pinned to p(1 − p) to first order.)
  for (const p of [0.003, 0.3, 0.62, 0.97]) {
    it(`passes a chi-square test at alpha = 0.001 and has mean p, variance p(1 − p) (p = ${p})`, () => {
      const rng = createStream(2022, 0, 'firmFates');
      const sample = sampleOf(N, () => (bernoulli(rng, p) ? 1 : 0));
      const ones = sample.reduce((sum, x) => sum + x, 0);
      const { statistic, degreesOfFreedom } = chiSquare([N - ones, ones], [1 - p, p]);
      expect(degreesOfFreedom).toBe(1);
      expect(statistic).toBeLessThan(chiSquareCriticalValue001(1));
      const variance = p * (1 - p);
      const z = momentZScores(sample, {
        mean: p,
        variance,
        fourthCentralMoment: variance * (1 - 3 * variance),
      });
      expect(Math.abs(z.mean)).toBeLessThan(4);
      expect(Math.abs(z.variance)).toBeLessThan(4);
    });
  }

  it('is never true at p = 0 and always true at p = 1', () => {
    for (const u of [0, 2 ** -32, 0.5, 1 - 2 ** -32]) {
      expect(bernoulli(() => u, 0)).toBe(false);
      expect(bernoulli(() => u, 1)).toBe(true);
    }
  });

  it('uses exactly one draw, and a larger p is true whenever a smaller one was', () => {
    const rng = scriptedStream([0.2, 0.6]);
    expect(bernoulli(rng, 0.5)).toBe(true);
    expect(bernoulli(rng, 0.5)).toBe(false);
    expect(rng.calls).toBe(2);
    for (let u = 0; u < 1; u += 0.0137) {
      for (let p = 0; p < 0.95; p += 0.05) {
        if (bernoulli(() => u, p)) expect(bernoulli(() => u, p + 0.05)).toBe(true);
      }
    }
  });

  it('throws a RangeError naming a p outside [0, 1]', () => {
    for (const p of [-0.1, 1.1, NaN, Infinity, -Infinity]) {
      expect(() => bernoulli(() => 0.5, p)).toThrow(RangeError);
      expect(() => bernoulli(() => 0.5, p)).toThrow(`invalid p: ${p}`);
    }
  });
});
