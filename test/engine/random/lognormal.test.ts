import { describe, expect, it } from 'vitest';
import { createStream, lognormal, normalCdf } from '../../../src/engine/random/index.ts';
import {
  ksCriticalValue,
  ksStatistic,
  momentZScores,
  sampleOf,
  scriptedStream,
} from './goodnessOfFit.ts';

const ALPHA = 0.001;
const N = 100_000;

describe('lognormal(rng, muLog, sigmaLog)', () => {
  const [mu, sigma] = [1, 0.5];
  const rng = createStream(2022, 0, 'exits');
  const sample = sampleOf(N, () => lognormal(rng, mu, sigma));

  it(`passes a Kolmogorov–Smirnov test against LN(1, 0.5²) at alpha = ${ALPHA} (n = ${N})`, () => {
    const cdf = (x: number) => (x > 0 ? normalCdf((Math.log(x) - mu) / sigma) : 0);
    expect(ksStatistic(sample, cdf)).toBeLessThan(ksCriticalValue(N, ALPHA));
  });

  it('has mean exp(mu + sigma²/2) and variance (exp(sigma²) − 1)·exp(2mu + sigma²), within 4 standard errors', () => {
    // Raw moments E[X^k] = exp(k·mu + k²·sigma²/2).
    const raw = (k: number) => Math.exp(k * mu + (k * k * sigma * sigma) / 2);
    const m1 = raw(1);
    const z = momentZScores(sample, {
      mean: m1,
      variance: raw(2) - m1 ** 2,
      fourthCentralMoment: raw(4) - 4 * raw(3) * m1 + 6 * raw(2) * m1 ** 2 - 3 * m1 ** 4,
    });
    expect(Math.abs(z.mean)).toBeLessThan(4);
    expect(Math.abs(z.variance)).toBeLessThan(4);
  });

  it('uses exactly one draw, is increasing in it, and has median exp(muLog)', () => {
    const rng = scriptedStream([0.2, 0.5 - 2 ** -33, 0.8]);
    const draws = [lognormal(rng, mu, sigma), lognormal(rng, mu, sigma), lognormal(rng, mu, sigma)];
    expect(rng.calls).toBe(3);
    expect(draws[0]).toBeLessThan(draws[1] ?? NaN);
    expect(draws[1]).toBeCloseTo(Math.exp(mu), 9);
    expect(draws[1]).toBeLessThan(draws[2] ?? NaN);
    expect(lognormal(() => 0.9, 2, 0)).toBe(Math.exp(2));
  });

  it('throws a RangeError naming a bad muLog or sigmaLog', () => {
    for (const m of [NaN, Infinity, -Infinity]) {
      expect(() => lognormal(() => 0.5, m, 1)).toThrow(RangeError);
      expect(() => lognormal(() => 0.5, m, 1)).toThrow(`invalid muLog: ${m}`);
    }
    for (const s of [-1, NaN, Infinity]) {
      expect(() => lognormal(() => 0.5, 0, s)).toThrow(RangeError);
      expect(() => lognormal(() => 0.5, 0, s)).toThrow(`invalid sigmaLog: ${s}`);
    }
  });
});
