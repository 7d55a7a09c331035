import { describe, expect, it } from 'vitest';
import { createStream, normal, normalCdf } from '../../../src/engine/random/index.ts';
import {
  ksCriticalValue,
  ksStatistic,
  momentZScores,
  sampleOf,
  scriptedStream,
} from './goodnessOfFit.ts';

const ALPHA = 0.001;
const N = 100_000;
const STEP = 2 ** -32;

describe('normal(rng, mean, sd)', () => {
  const [mean, sd] = [3, 2];
  const rng = createStream(2022, 0, 'economy');
  const sample = sampleOf(N, () => normal(rng, mean, sd));

  it(`passes a Kolmogorov–Smirnov test against N(3, 2²) at alpha = ${ALPHA} (n = ${N})`, () => {
    expect(ksStatistic(sample, (x) => normalCdf((x - mean) / sd))).toBeLessThan(
      ksCriticalValue(N, ALPHA),
    );
  });

  it('has the given mean and variance, within 4 standard errors', () => {
    const z = momentZScores(sample, {
      mean,
      variance: sd ** 2,
      fourthCentralMoment: 3 * sd ** 4,
    });
    expect(Math.abs(z.mean)).toBeLessThan(4);
    expect(Math.abs(z.variance)).toBeLessThan(4);
  });

  it('uses exactly one draw and is increasing in it (inversion, for common random numbers)', () => {
    const rng = scriptedStream([0.1, 0.5, 0.9]);
    const draws = [normal(rng, 0, 1), normal(rng, 0, 1), normal(rng, 0, 1)];
    expect(rng.calls).toBe(3);
    expect(draws[0]).toBeLessThan(draws[1] ?? NaN);
    expect(draws[1]).toBeLessThan(draws[2] ?? NaN);
  });

  it('is exactly antithetic: the draws for u and 1 − 2^-32 − u are mirror images', () => {
    for (const k of [0, 1, 777, 2 ** 30, 2 ** 31 - 1]) {
      const low = normal(() => k * STEP, 0, 1);
      const high = normal(() => (2 ** 32 - 1 - k) * STEP, 0, 1);
      expect(low + high).toBe(0);
    }
  });

  it('stays finite at the extreme draws (within ±6.34 sd) and returns the mean when sd = 0', () => {
    expect(normal(() => 0, 0, 1)).toBeCloseTo(-6.3379578, 6);
    expect(normal(() => 1 - STEP, 0, 1)).toBeCloseTo(6.3379578, 6);
    expect(normal(() => 0.3, 5, 0)).toBe(5);
  });

  it('throws a RangeError naming a bad mean or sd', () => {
    for (const m of [NaN, Infinity, -Infinity]) {
      expect(() => normal(() => 0.5, m, 1)).toThrow(RangeError);
      expect(() => normal(() => 0.5, m, 1)).toThrow(`invalid mean: ${m}`);
    }
    for (const s of [-1, -1e-300, NaN, Infinity]) {
      expect(() => normal(() => 0.5, 0, s)).toThrow(RangeError);
      expect(() => normal(() => 0.5, 0, s)).toThrow(`invalid sd: ${s}`);
    }
  });
});
