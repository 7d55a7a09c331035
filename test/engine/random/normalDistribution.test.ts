import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/engine/random/index.ts';

/** |actual − expected| ≤ tolerance·|expected|. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// Reference values computed with mpmath at 60 digits, rounded to double.
const CDF_FIXTURES: readonly (readonly [number, number])[] = [
  [-37, 5.725571222524577e-300],
  [-30, 4.906713927148187e-198],
  [-20, 2.7536241186062337e-89],
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-1.5, 0.06680720126885807],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.25, 0.5987063256829237],
  [1, 0.8413447460685429],
  [2, 0.9772498680518208],
  [3.5, 0.9997673709209645],
  [6, 0.9999999990134123],
];

const QUANTILE_FIXTURES: readonly (readonly [number, number])[] = [
  [1e-300, -37.0470962993612],
  [1e-100, -21.273453560965326],
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [1e-5, -4.264890793922825],
  [0.001, -3.0902323061678136],
  [0.02425, -1.972961051311885],
  [0.1, -1.2815515655446004],
  [0.3, -0.5244005127080408],
  [0.6, 0.2533471031357997],
  [0.9, 1.2815515655446006],
  [0.975, 1.9599639845400538],
  [0.999, 3.090232306167813],
  [0.999999999999, 7.0344869100478356],
];

describe('normalCdf', () => {
  it('gives Phi(1) = 0.8413447460685429', () => {
    expectRelative(normalCdf(1), 0.8413447460685429, 1e-15);
  });

  it('matches reference values to 1e-15 relative, deep into the lower tail', () => {
    for (const [x, expected] of CDF_FIXTURES) expectRelative(normalCdf(x), expected, 1e-15);
  });

  it('is symmetric: Phi(−x) + Phi(x) = 1', () => {
    for (let x = 0; x <= 8; x += 0.173) {
      expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 15);
    }
  });

  it('is non-decreasing', () => {
    let previous = 0;
    for (let x = -40; x <= 10; x += 0.01) {
      const value = normalCdf(x);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('reaches 0 and 1 at the infinities and passes NaN through', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe('normalQuantile (AS241)', () => {
  it('gives Phi^-1(0.975) = 1.959963984540054 and Phi^-1(1e-10) = −6.361340902404056', () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-15);
  });

  it('matches reference values to 1e-15 relative, from 1e-300 to 1 − 1e-12', () => {
    for (const [p, expected] of QUANTILE_FIXTURES) {
      expectRelative(normalQuantile(p), expected, 1e-15);
    }
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('inverts normalCdf: Phi(Phi^-1(p)) = p and Phi^-1(Phi(x)) = x', () => {
    // In the tail a relative error r in x moves Phi(x) by about x²·r (x² = 1372 at p = 1e-300).
    for (let e = -300; e <= -1; e += 1.7) {
      const p = 10 ** e;
      const x = normalQuantile(p);
      expectRelative(normalCdf(x), p, (1 + x * x) * 1e-15);
    }
    for (let p = 0.0005; p < 1; p += 0.00731) {
      expectRelative(normalCdf(normalQuantile(p)), p, 1e-14);
    }
    // Below about −1 the lower tail carries full relative precision, so x comes back exactly.
    for (let x = -37; x <= -1; x += 0.0917) expectRelative(normalQuantile(normalCdf(x)), x, 1e-14);
  });

  it('is antisymmetric: Phi^-1(1 − p) = −Phi^-1(p) when 1 − p is exact', () => {
    for (let k = 1; k < 1024; k += 7) {
      const p = k / 1024;
      expect(normalQuantile(1 - p) + normalQuantile(p)).toBe(0);
    }
  });

  it('is −Infinity at 0 and +Infinity at 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('throws a RangeError naming p outside [0, 1]', () => {
    for (const p of [-1e-300, -0.5, 1.0000000000000002, 2, NaN, Infinity, -Infinity]) {
      expect(() => normalQuantile(p)).toThrow(RangeError);
      expect(() => normalQuantile(p)).toThrow(`invalid p: ${p}`);
    }
  });
});
