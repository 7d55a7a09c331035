import { describe, expect, it } from 'vitest';
import { geometricWait } from '../../../src/engine/random/geometricWait.ts';

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
