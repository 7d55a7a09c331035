import { describe, expect, it } from 'vitest';
import { poissonPmf } from '../../../src/engine/random/poissonPmf.ts';

// [k, lambda, P(X = k)], computed with mpmath at 60 digits as exp(k·ln(lambda) − lambda − lnΓ(k+1)).
const FIXTURES: readonly (readonly [number, number, number])[] = [
  [0, 0.5, 0.6065306597126334],
  [3, 4, 0.1953668148131646],
  [10, 4, 0.00529247667642012],
  [15, 15.5, 0.10160413712191652],
  [16, 16, 0.09921753162215582],
  [35, 40, 0.04853865880903015],
  [200, 200, 0.028197727685920822],
  [180, 200, 0.010556778614080506],
  [250, 200, 7.744905800133018e-5],
  [5000, 5000, 0.005641801804664022],
  [4800, 5000, 9.987733294132511e-5],
  [10000, 10000, 0.003989389558962826],
  [9700, 10000, 4.298862101526216e-5],
];

describe('poissonPmf (Loader’s saddle-point form)', () => {
  it('matches reference values to 1e-13 relative, from lambda 0.5 to 10,000', () => {
    for (const [k, lambda, expected] of FIXTURES) {
      const actual = poissonPmf(k, lambda);
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-13 * expected);
    }
  });

  it('is 1 at k = 0 and 0 elsewhere when lambda = 0', () => {
    expect(poissonPmf(0, 0)).toBe(1);
    expect(poissonPmf(3, 0)).toBe(0);
  });

  it('does not underflow at the mode of a large mean', () => {
    expect(poissonPmf(1_000_000, 1_000_000)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI * 1e6), 9);
  });
});
