import { describe, expect, it } from 'vitest';
import { exp, expm1, log, log1p, pow } from '../../../src/engine/math/ieeeMath.ts';

describe('the engine’s own exp, log, log1p, expm1 and pow', () => {
  const ulp = (x: number) => Number.EPSILON * Math.abs(x);
  it('are within an ulp of the true value at known points, and exact where the answer is', () => {
    // fdlibm's exp is not correctly rounded: exp(1) is one ulp above e.
    expect(Math.abs(exp(1) - Math.E)).toBeLessThanOrEqual(ulp(Math.E));
    expect(Math.abs(log(10) - Math.LN10)).toBeLessThanOrEqual(ulp(Math.LN10));
    expect(pow(2, 0.5)).toBe(Math.SQRT2);
    expect(pow(2, 10)).toBe(1024);
    expect(exp(0)).toBe(1);
    expect(log(1)).toBe(0);
    expect(log1p(1e-20)).toBe(1e-20);
    expect(expm1(1e-20)).toBe(1e-20);
    expect(exp(-Infinity)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
  });

  it('agree with Node’s exp, log, log1p and expm1 on random arguments, and pow within two ulps', () => {
    let s = 12345;
    const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20_000; i++) {
      const x = (next() - 0.5) * 40;
      const y = next() * 100 + 1e-6;
      expect(exp(x)).toBe(Math.exp(x));
      expect(log(y)).toBe(Math.log(y));
      expect(log1p(x / 41)).toBe(Math.log1p(x / 41));
      expect(expm1(x / 4)).toBe(Math.expm1(x / 4));
      const p = pow(1 + y / 1000, x);
      expect(Math.abs(p - Math.pow(1 + y / 1000, x))).toBeLessThanOrEqual(2 * Number.EPSILON * p);
    }
  });
});
