import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTES,
  counterKey,
  counterUniform,
  DRAW,
} from '../../../src/engine/random/counterDraws.ts';
import {
  chiSquare,
  chiSquareCriticalValue001,
  correlation,
  ksCriticalValue,
  ksStatistic,
} from './goodnessOfFit.ts';

const key = counterKey(2022, 7);
const FIRMS = 4000;
const QUARTERS = 40;

/** Draws of one purpose over firms × quarters, firm-major. */
function draws(purpose: number, shiftFirm = 0, shiftQuarter = 0): Float64Array {
  const out = new Float64Array(FIRMS * QUARTERS);
  for (let f = 0; f < FIRMS; f++)
    for (let q = 0; q < QUARTERS; q++)
      out[f * QUARTERS + q] = counterUniform(key, f + shiftFirm, q + shiftQuarter, purpose);
  return out;
}

describe('counter-based draws', () => {
  it('are uniform on the open unit interval (Kolmogorov–Smirnov, α = 0.001)', () => {
    for (const purpose of Object.values(DRAW)) {
      const u = draws(purpose);
      expect(u.every((x) => x > 0 && x < 1)).toBe(true);
      expect(ksStatistic(u, (x) => x)).toBeLessThan(ksCriticalValue(u.length, 0.001));
    }
  });

  it('are uncorrelated across purposes, neighbouring firms and neighbouring quarters', () => {
    // 160,000 pairs: a correlation beyond 4.5 / √n (p ≈ 7e-6) would be a flaw.
    const bound = 4.5 / Math.sqrt(FIRMS * QUARTERS);
    const fail = draws(DRAW.fail);
    for (const other of [
      draws(DRAW.event),
      draws(DRAW.value),
      draws(DRAW.bank),
      draws(DRAW.fiscal),
    ])
      expect(Math.abs(correlation(fail, other))).toBeLessThan(bound);
    expect(Math.abs(correlation(fail, draws(DRAW.fail, 1)))).toBeLessThan(bound);
    expect(Math.abs(correlation(fail, draws(DRAW.fail, 0, 1)))).toBeLessThan(bound);
  });

  it('fill a 16 × 16 grid of pairs (fail, event) evenly (χ², α = 0.001)', () => {
    const a = draws(DRAW.fail);
    const b = draws(DRAW.event);
    const cells = new Array<number>(256).fill(0);
    for (let i = 0; i < a.length; i++)
      cells[Math.floor(a[i]! * 16) * 16 + Math.floor(b[i]! * 16)]!++;
    const { statistic, degreesOfFreedom } = chiSquare(cells, new Array<number>(256).fill(1 / 256));
    expect(statistic).toBeLessThan(chiSquareCriticalValue001(degreesOfFreedom));
  });

  it('give another trial, or another seed, other numbers; the same key the same number', () => {
    expect(counterUniform(key, 5, 3, DRAW.fail)).toBe(
      counterUniform(counterKey(2022, 7), 5, 3, DRAW.fail),
    );
    expect(counterUniform(counterKey(2022, 8), 5, 3, DRAW.fail)).not.toBe(
      counterUniform(key, 5, 3, DRAW.fail),
    );
    expect(counterUniform(counterKey(2023, 7), 5, 3, DRAW.fail)).not.toBe(
      counterUniform(key, 5, 3, DRAW.fail),
    );
    expect(counterUniform(key, 5, ATTRIBUTES, 0)).not.toBe(counterUniform(key, 5, 0, 0));
  });
});
