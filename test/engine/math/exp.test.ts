import stdlibExp from '@stdlib/math-base-special-exp';
import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/engine/math/exp.ts';

/** Park–Miller, so the arguments are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

describe('exp: bit for bit stdlib’s exp, faster', () => {
  it('agrees on a million arguments over the whole range, near zero and near the edges', () => {
    const random = lcg(20261203);
    const ranges: Array<[number, number]> = [
      [-746, 710], // everything, overflow and underflow included
      [-40, 40], // where the engine's arguments are
      [-1, 1],
      [-1e-6, 1e-6],
      [-3e-8, 3e-8], // across 2^−28, where stdlib answers 1 + x
      [-709, -706], // the last exponents of the table and the subnormal results past them
      [706, 709.8],
    ];
    let mismatches = 0;
    for (const [lo, hi] of ranges)
      for (let i = 0; i < 150_000; i++) {
        const x = lo + (hi - lo) * random();
        if (!Object.is(exp(x), stdlibExp(x))) mismatches++;
      }
    expect(mismatches).toBe(0);
  });

  it('agrees on the special and boundary arguments', () => {
    const specials = [
      0,
      -0,
      NaN,
      Infinity,
      -Infinity,
      2 ** -28,
      -(2 ** -28),
      2 ** -29,
      1,
      -1,
      708,
      -708,
      709.78,
      709.79,
      -745.13,
      -745.14,
      1e-300,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    ];
    for (const x of specials) expect(Object.is(exp(x), stdlibExp(x)), `exp(${x})`).toBe(true);
  });
});
