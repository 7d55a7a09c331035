import { describe, expect, it } from 'vitest';
import { createStream, uniform } from '../../../src/engine/random/index.ts';
import {
  ksCriticalValue,
  ksStatistic,
  momentZScores,
  sampleOf,
  scriptedStream,
} from './goodnessOfFit.ts';

const ALPHA = 0.001;
const N = 100_000;

describe('uniform(rng, minInclusive, maxExclusive)', () => {
  const [min, max] = [-2, 3];
  const rng = createStream(2022, 0, 'firmAttributes');
  const sample = sampleOf(N, () => uniform(rng, min, max));

  it(`passes a Kolmogorov–Smirnov test against U[-2, 3) at alpha = ${ALPHA} (n = ${N})`, () => {
    const cdf = (x: number) => Math.min(1, Math.max(0, (x - min) / (max - min)));
    expect(ksStatistic(sample, cdf)).toBeLessThan(ksCriticalValue(N, ALPHA));
  });

  it('has mean (min + max)/2 and variance (max − min)²/12, within 4 standard errors', () => {
    const width = max - min;
    const z = momentZScores(sample, {
      mean: (min + max) / 2,
      variance: width ** 2 / 12,
      fourthCentralMoment: width ** 4 / 80,
    });
    expect(Math.abs(z.mean)).toBeLessThan(4);
    expect(Math.abs(z.variance)).toBeLessThan(4);
  });

  it('stays in [min, max), also where rounding would reach max', () => {
    expect(sample.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(min);
    expect(sample.reduce((a, b) => Math.max(a, b))).toBeLessThan(max);
    const top = () => 1 - 2 ** -32;
    expect(uniform(top, 1e9, 1e9 + 1)).toBeLessThan(1e9 + 1);
    expect(uniform(top, -1e9 - 1, -1e9)).toBeLessThan(-1e9);
    expect(uniform(top, -1, 0)).toBeLessThan(0);
    expect(uniform(() => 0, 5, 6)).toBe(5);
  });

  it('uses exactly one draw and is increasing in it', () => {
    const rng = scriptedStream([0.25, 0.75]);
    expect(uniform(rng, 0, 4)).toBe(1);
    expect(uniform(rng, 0, 4)).toBe(3);
    expect(rng.calls).toBe(2);
  });

  it('throws a RangeError naming a bad bound', () => {
    const rng = createStream(1, 0, 'bank');
    for (const [lo, hi, name] of [
      [NaN, 1, 'minInclusive'],
      [-Infinity, 1, 'minInclusive'],
      [Infinity, 1, 'minInclusive'],
      [0, NaN, 'maxExclusive'],
      [0, Infinity, 'maxExclusive'],
      [1, 1, 'maxExclusive'],
      [2, 1, 'maxExclusive'],
      [-Number.MAX_VALUE, Number.MAX_VALUE, 'maxExclusive'],
    ] as const) {
      expect(() => uniform(rng, lo, hi)).toThrow(RangeError);
      expect(() => uniform(rng, lo, hi)).toThrow(
        `invalid ${name}: ${name === 'minInclusive' ? lo : hi}`,
      );
    }
  });
});
