import { describe, expect, it } from 'vitest';
import { irr } from '../../../src/engine/metrics/irr.ts';
import type { RateResult } from '../../../src/engine/metrics/rateResult.ts';

/** NPV per period at rate r, written the plain way as an independent check. */
function npv(flows: readonly number[], rate: number): number {
  return flows.reduce((sum, amount, t) => sum + amount / Math.pow(1 + rate, t), 0);
}

function rateOf(result: RateResult): Extract<RateResult, { kind: 'rate' }> {
  if (result.kind !== 'rate') throw new Error(`expected a rate, got none/${result.reason}`);
  return result;
}

describe('irr: Microsoft Excel IRR examples', () => {
  // https://support.microsoft.com/en-us/office/irr-function-64925eaa-9988-495b-b290-3ad0c163c1bc
  // (read as https://support.microsoft.com/ja-jp/Excel/functions/irr-function, same table):
  // IRR(A2:A6) = -2.1%, IRR(A2:A7) = 8.7% (8.66% to two decimals), IRR(A2:A4, -10%) = -44.4%.
  const values = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];

  it('gives −2.1% after four years', () => {
    expect(rateOf(irr(values.slice(0, 5))).ratePerPeriod).toBeCloseTo(-0.021, 3);
  });

  it('gives 8.66% after five years', () => {
    expect(rateOf(irr(values)).ratePerPeriod).toBeCloseTo(0.0866, 4);
  });

  it('gives −44.35% after two years with a guess of −10%', () => {
    const result = rateOf(irr(values.slice(0, 3), { guess: -0.1 }));
    expect(result.ratePerPeriod).toBeCloseTo(-0.4435, 4);
    expect(result.multipleRoots).toBe(false);
  });

  it('gives the same −44.35% with the default guess, as the root is unique', () => {
    expect(rateOf(irr(values.slice(0, 3))).ratePerPeriod).toBeCloseTo(-0.4435, 4);
  });
});

describe('irr: hand-computed cases', () => {
  it('gives 10% for [−100, 110]', () => {
    const result = rateOf(irr([-100, 110]));
    expect(result.ratePerPeriod).toBeCloseTo(0.1, 12);
    expect(result.annualRate).toBeCloseTo(0.1, 12);
    expect(result.allRatesPerPeriod).toHaveLength(1);
  });

  it('gives 10% for [−100, 0, 121]', () => {
    expect(rateOf(irr([-100, 0, 121])).ratePerPeriod).toBeCloseTo(0.1, 12);
  });

  it('gives 0% when the money simply comes back', () => {
    expect(rateOf(irr([-100, 40, 60])).ratePerPeriod).toBeCloseTo(0, 12);
  });

  it('gives −50% when half the money comes back a period later', () => {
    expect(rateOf(irr([-100, 50])).ratePerPeriod).toBeCloseTo(-0.5, 12);
  });

  it('annualises quarterly flows: [−100, 0, 0, 0, 110] is 10% a year', () => {
    const result = rateOf(irr([-100, 0, 0, 0, 110], { periodsPerYear: 4 }));
    expect(result.ratePerPeriod).toBeCloseTo(Math.pow(1.1, 1 / 4) - 1, 12);
    expect(result.annualRate).toBeCloseTo(0.1, 12);
  });

  it('ignores leading and trailing zero flows', () => {
    expect(rateOf(irr([0, 0, -100, 0, 121, 0])).ratePerPeriod).toBeCloseTo(0.1, 12);
  });

  it('accepts a Float64Array', () => {
    expect(rateOf(irr(Float64Array.of(-100, 110))).ratePerPeriod).toBeCloseTo(0.1, 12);
  });

  it('finds a rate near −100% for a near-total loss', () => {
    const result = rateOf(irr([-1e6, 1e-3]));
    expect(result.ratePerPeriod).toBeCloseTo(-1 + 1e-9, 15);
    expect(result.ratePerPeriod).toBeGreaterThan(-1);
  });

  it('finds a very large rate for a hundredfold return in one period', () => {
    expect(rateOf(irr([-1, 100])).ratePerPeriod).toBeCloseTo(99, 9);
  });

  it('zeroes the NPV of a 20-year fund with calls, distributions and a final NAV', () => {
    const flows = [-30, -25, -20, -10, -5, 0, 4, 8, 12, -3, 20, 25, 18, 30, 10, 0, 5, 0, 0, 40];
    const result = rateOf(irr(flows));
    for (const rate of result.allRatesPerPeriod) {
      expect(Math.abs(npv(flows, rate))).toBeLessThan(1e-9);
    }
  });
});

describe('irr: when there is no rate', () => {
  it('returns no IRR for no flows', () => {
    expect(irr([])).toEqual({ kind: 'none', reason: 'empty' });
  });

  it('returns no IRR when every flow is positive', () => {
    expect(irr([10, 20, 30])).toEqual({ kind: 'none', reason: 'noSignChange' });
  });

  it('returns no IRR when every flow is negative', () => {
    expect(irr([-10, 0, -30])).toEqual({ kind: 'none', reason: 'noSignChange' });
  });

  it('returns no IRR when every flow is zero', () => {
    expect(irr([0, 0, 0])).toEqual({ kind: 'none', reason: 'noSignChange' });
  });

  it.each([Number.NaN, Infinity, -Infinity])('returns no IRR when a flow is %s', (bad) => {
    expect(irr([-100, bad, 110])).toEqual({ kind: 'none', reason: 'nonFinite' });
  });

  it('returns no IRR when an array slot is missing', () => {
    const holey: number[] = [-100];
    holey[2] = 121;
    expect(irr(holey)).toEqual({ kind: 'none', reason: 'nonFinite' });
  });

  it('returns noRoot for [−100, 250, −170], whose NPV is negative at every rate', () => {
    // With x = 1/(1+r): −170x² + 250x − 100 has discriminant 250² − 4·170·100 = −5,500 < 0.
    expect(irr([-100, 250, -170])).toEqual({ kind: 'none', reason: 'noRoot' });
  });
});

describe('irr: several rates', () => {
  it('reports both 10% and 20% for [−100, 230, −132]', () => {
    // −100 + 230x − 132x² = −132(x − 1/1.1)(x − 1/1.2) with x = 1/(1+r).
    const flows = [-100, 230, -132];
    const result = rateOf(irr(flows));
    expect(result.multipleRoots).toBe(true);
    expect(result.allRatesPerPeriod).toHaveLength(2);
    expect(result.allRatesPerPeriod[0]).toBeCloseTo(0.1, 12);
    expect(result.allRatesPerPeriod[1]).toBeCloseTo(0.2, 12);
    for (const rate of result.allRatesPerPeriod) {
      expect(Math.abs(npv(flows, rate))).toBeLessThan(1e-10);
    }
  });

  it('chooses the rate nearest the guess, 10% by default', () => {
    const flows = [-100, 230, -132];
    expect(rateOf(irr(flows)).ratePerPeriod).toBeCloseTo(0.1, 12);
    expect(rateOf(irr(flows, { guess: 0.16 })).ratePerPeriod).toBeCloseTo(0.2, 12);
    expect(rateOf(irr(flows, { guess: -0.5 })).ratePerPeriod).toBeCloseTo(0.1, 12);
  });

  it('annualises the chosen rate', () => {
    const result = rateOf(irr([-100, 230, -132], { guess: 0.3, periodsPerYear: 4 }));
    expect(result.annualRate).toBeCloseTo(Math.pow(1.2, 4) - 1, 10);
  });

  it('separates two rates only half a percent apart: 10% and 10.5%', () => {
    // −100(1 − 1.1x)(1 − 1.105x) = −100 + 220.5x − 121.55x².
    const result = rateOf(irr([-100, 220.5, -121.55]));
    expect(result.allRatesPerPeriod).toHaveLength(2);
    expect(result.allRatesPerPeriod[0]).toBeCloseTo(0.1, 10);
    expect(result.allRatesPerPeriod[1]).toBeCloseTo(0.105, 10);
  });

  it('reports a rate where the NPV only touches zero once, not a swarm of rates', () => {
    // −100(1 − x)²: NPV ≤ 0 everywhere and 0 only at r = 0.
    const result = rateOf(irr([-100, 200, -100]));
    expect(result.allRatesPerPeriod).toHaveLength(1);
    expect(result.ratePerPeriod).toBeCloseTo(0, 6);
    expect(result.multipleRoots).toBe(false);
  });

  it('finds three rates as far apart as −99% and +4,900%', () => {
    // Roots at 1 + r = 0.01, 1.1 and 50, i.e. r = −99%, 10% and 4,900%.
    const growths = [0.01, 1.1, 50];
    const flows = polynomialFromGrowths(growths, 1);
    const result = rateOf(irr(flows));
    expect(result.allRatesPerPeriod).toHaveLength(3);
    growths.forEach((growth, i) => {
      expect(result.allRatesPerPeriod[i]).toBeCloseTo(growth - 1, 9);
    });
  });

  it('finds every planted rate in 200 random schedules with up to five real and two complex roots', () => {
    const random = lcg(20_240_611);
    for (let trial = 0; trial < 200; trial++) {
      const realCount = 1 + Math.floor(random() * 5);
      // Planted rates spaced at least 2% apart in 1 + r, between −60% and +150%.
      const growths: number[] = [];
      while (growths.length < realCount) {
        const growth = 0.4 + 2.1 * random();
        if (growths.every((other) => Math.abs(Math.log(growth / other)) > 0.02)) {
          growths.push(growth);
        }
      }
      growths.sort((a, b) => a - b);
      // A factor 1 − 2ρcos(θ)x + ρ²x² has no real roots: it must not add any.
      const complexPairs = Math.floor(random() * 3);
      let flows = polynomialFromGrowths(growths, random() < 0.5 ? 1 : -1);
      for (let k = 0; k < complexPairs; k++) {
        const rho = 0.5 + random();
        const theta = 0.3 + 2.5 * random();
        flows = multiply(flows, [1, -2 * rho * Math.cos(theta), rho * rho]);
      }
      const result = irr(flows);
      expect(result.kind).toBe('rate');
      if (result.kind !== 'rate') continue;
      expect(result.allRatesPerPeriod).toHaveLength(realCount);
      growths.forEach((growth, i) => {
        expect(result.allRatesPerPeriod[i]).toBeCloseTo(growth - 1, 7);
      });
    }
  });
});

describe('irr: fund-like flows with many sign changes', () => {
  it('reports every rate a dense scan of the NPV finds, and each zeroes the NPV', () => {
    const random = lcg(7);
    for (let trial = 0; trial < 100; trial++) {
      // 60 quarters: calls, sparse distributions, later calls and fees, a final NAV.
      const flows = Array.from({ length: 60 }, (_, t) => {
        if (t < 12) return -1e6 * (0.5 + random());
        const draw = random();
        return draw < 0.25 ? 2e6 * random() : draw < 0.4 ? -4e5 * random() : 0;
      });
      const result = irr(flows, { periodsPerYear: 4 });
      const reported = result.kind === 'rate' ? result.allRatesPerPeriod : [];
      for (const rate of reported) {
        // Relative to the NPV of the absolute flows, as rates near −100% inflate both.
        const scale = npv(
          flows.map((amount) => Math.abs(amount)),
          rate,
        );
        expect(Math.abs(npv(flows, rate)) / scale).toBeLessThan(1e-10);
      }
      // Every sign change of the NPV on a fine grid of rates must lie next to a reported rate.
      let previous = npv(flows, -0.5);
      for (let k = 1; k <= 2000; k++) {
        const rate = -0.5 + k * (1.5 / 2000);
        const current = npv(flows, rate);
        if (previous > 0 !== current > 0) {
          const near = reported.some((r) => r >= rate - 1.5 / 2000 - 1e-9 && r <= rate + 1e-9);
          expect(near, `sign change near ${rate} in trial ${trial}`).toBe(true);
        }
        previous = current;
      }
    }
  });
});

describe('irr: one rate however often the flows change sign (Norstrøm)', () => {
  it('finds the one rate of flows whose running total turns once and whose tails keep its sign', () => {
    // Five sign changes; running totals −100, −50, −80, −20, −30, +50 turn once; totals from the
    // end 80, 70, 130, 100, 150 are all positive: no rate below 0, exactly one above.
    const flows = [-100, 50, -30, 60, -10, 80];
    const result = rateOf(irr(flows));
    expect(result.allRatesPerPeriod).toHaveLength(1);
    // Bisection on the plain NPV, an independent check.
    let lo = 0;
    let hi = 1;
    for (let k = 0; k < 100; k++) {
      const mid = (lo + hi) / 2;
      if (npv(flows, mid) > 0) lo = mid;
      else hi = mid;
    }
    expect(result.ratePerPeriod).toBeCloseTo(lo, 12);
  });

  it('still finds a second, negative rate when a tail total has the other sign', () => {
    // Running totals −1, +1.5, +0.5 turn once (one rate ≥ 0), but the last amount alone is −1:
    // NPV = −1 + 2.5x − x² has roots x = 0.5 and 2, that is r = 100% and r = −50%.
    const result = rateOf(irr([-1, 2.5, -1]));
    expect(result.allRatesPerPeriod.map((r) => Number(r.toFixed(12)))).toEqual([-0.5, 1]);
  });
});

describe('irr: options are checked', () => {
  it.each([0, -4, Number.NaN, Infinity])('throws RangeError for periodsPerYear %s', (bad) => {
    expect(() => irr([-100, 110], { periodsPerYear: bad })).toThrow(RangeError);
    expect(() => irr([-100, 110], { periodsPerYear: bad })).toThrow(/periodsPerYear.*got/);
  });

  it.each([-1, -2, Number.NaN, Infinity])('throws RangeError for guess %s', (bad) => {
    expect(() => irr([-100, 110], { guess: bad })).toThrow(RangeError);
    expect(() => irr([-100, 110], { guess: bad })).toThrow(/guess.*got/);
  });
});

/** Flows whose NPV is sign·Π(1 − gᵢx) in x = 1/(1+r): a root at each 1 + r = gᵢ. */
function polynomialFromGrowths(growths: readonly number[], sign: 1 | -1): number[] {
  return growths.reduce<number[]>((poly, growth) => multiply(poly, [1, -growth]), [sign]);
}

function multiply(a: readonly number[], b: readonly number[]): number[] {
  const product = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((ai, i) => b.forEach((bj, j) => (product[i + j] = (product[i + j] ?? 0) + ai * bj)));
  return product;
}

/** A small seeded generator (Park–Miller) so the random cases are the same every run. */
function lcg(seed: number): () => number {
  let state = seed % 2_147_483_647;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}
