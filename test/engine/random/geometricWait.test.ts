import { describe, expect, it } from 'vitest';
import { geometricWait, waitAtLeastCutoff } from '../../../src/engine/random/geometricWait.ts';

describe('geometricWait(u, p): whole quarters until the first success', () => {
  it('is 0 exactly when u < p, as a draw this quarter would be', () => {
    expect(geometricWait(0.099, 0.1)).toBe(0);
    expect(geometricWait(0.1, 0.1)).toBe(1);
    expect(geometricWait(0.5, 0.1)).toBe(6); // log(0.5)/log(0.9) = 6.58
  });

  it('never succeeds at p = 0 and always at once at p = 1', () => {
    expect(geometricWait(0.3, 0)).toBe(Infinity);
    expect(geometricWait(0.999, 1)).toBe(0);
  });

  it('has P(wait ≥ n) = (1 − p)^n over a fine grid of uniforms', () => {
    const p = 0.07;
    const cells = 200_000;
    const atLeast = new Float64Array(40);
    for (let i = 0; i < cells; i++) {
      const w = geometricWait((i + 0.5) / cells, p);
      for (let n = 0; n < atLeast.length && n <= w; n++) atLeast[n]!++;
    }
    // A grid, not a sample: the only error is the grid's cell width.
    for (let n = 0; n < atLeast.length; n++)
      expect(Math.abs(atLeast[n]! / cells - (1 - p) ** n)).toBeLessThan(2 / cells);
  });
});

describe('waitAtLeastCutoff(p, n): draws that surely wait n quarters or more', () => {
  it.each([
    [0.07, 1],
    [0.07, 37],
    [0.3, 12],
    [1e-6, 40],
    [0.999, 3],
  ])(
    'every u at or above it waits ≥ n, and it sits just above 1 − (1 − p)^n (p = %s, n = %i)',
    (p, n) => {
      const cutoff = waitAtLeastCutoff(p, n);
      const exact = 1 - (1 - p) ** n;
      expect(cutoff).toBeGreaterThanOrEqual(exact);
      expect(cutoff - exact).toBeLessThan(1e-8);
      for (let i = 0; i <= 10_000; i++) {
        const u = cutoff + ((1 - cutoff) * i) / 10_001;
        expect(geometricWait(u, p)).toBeGreaterThanOrEqual(n);
      }
      // Just below the exact cutoff the wait is shorter: the cutoff is not loose.
      expect(geometricWait(exact * (1 - 1e-6), p)).toBeLessThan(n);
    },
  );

  it('settles nothing at p = 1, where every wait is 0', () => {
    expect(waitAtLeastCutoff(1, 5)).toBe(1);
  });
});
