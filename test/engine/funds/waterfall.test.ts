import { describe, expect, it } from 'vitest';
import {
  accruePreferred,
  contribute,
  distribute,
  newWaterfallAccount,
  type WaterfallAccount,
  type WaterfallSplit,
  type WaterfallTerms,
} from '../../../src/engine/funds/waterfall.ts';

/** 8% hurdle, full catch-up, 20% carry. */
const terms: WaterfallTerms = { hurdleRatePerYear: 0.08, catchUpShare: 1, carryShare: 0.2 };

/** An account with 100 CNY contributed at quarter 0. */
function funded(amountCNY = 100): WaterfallAccount {
  const account = newWaterfallAccount();
  contribute(account, amountCNY, 0, terms);
  return account;
}

const noSplit: WaterfallSplit = {
  returnOfCapitalCNY: 0,
  preferredReturnCNY: 0,
  catchUpToLpCNY: 0,
  catchUpToGpCNY: 0,
  splitToLpCNY: 0,
  carryToGpCNY: 0,
  toLpCNY: 0,
  toGpCNY: 0,
  lpProfitCNY: 0,
};

/** Compares the fields given (others must be 0) to 1e-9 CNY. */
function expectSplit(split: WaterfallSplit, expected: Partial<WaterfallSplit>): void {
  const want = { ...noSplit, ...expected };
  for (const key of Object.keys(want) as (keyof WaterfallSplit)[]) {
    expect(split[key], key).toBeCloseTo(want[key], 9);
  }
}

describe('accruePreferred', () => {
  it('compounds the hurdle annually: 100 over 8 quarters owes 100 × (1.08² − 1) = 16.64', () => {
    const account = funded();
    accruePreferred(account, 8, terms);
    expect(account.prefOwedCNY).toBeCloseTo(16.64, 12);
    expect(account.lastAccrualQuarter).toBe(8);
  });

  it('gives the same accrual quarter by quarter as in one step: (1.08^(1/4))^8 = 1.08²', () => {
    const stepwise = funded();
    for (let quarter = 1; quarter <= 8; quarter++) accruePreferred(stepwise, quarter, terms);
    expect(stepwise.prefOwedCNY).toBeCloseTo(16.64, 12);
  });

  it('compounds on unpaid preferred return as well as on unreturned capital', () => {
    // Quarter 4: owed 8; 50 returned leaves capital 50 + pref 8 = 58 earning 8%.
    // Quarter 8: owed 8 + 58 × 0.08 = 12.64.
    const account = funded();
    distribute(account, 50, 4, terms);
    accruePreferred(account, 8, terms);
    expect(account.unreturnedCapitalCNY).toBeCloseTo(50, 12);
    expect(account.prefOwedCNY).toBeCloseTo(12.64, 12);
  });

  it('accrues nothing on an empty account', () => {
    const account = newWaterfallAccount();
    accruePreferred(account, 20, terms);
    expect(account.prefOwedCNY).toBe(0);
  });
});

describe('distribute (one account: a European fund or one deal)', () => {
  it('pays capital back, then an 8% preferred return, then a full catch-up, then 80/20', () => {
    // 100 in at quarter 0, 150 out at quarter 4 (a year): capital 100, pref 100 × 8% = 8;
    // catch-up with k = 1: GP takes all until it has 20% of profit: y = 0.2 × 8 / 0.8 = 2
    // (GP 2 = 20% of 10); the remaining 40 split 32 to LPs, 8 to the GP.
    // LPs 100 + 8 + 32 = 140, GP 2 + 8 = 10 = 20% of the 50 profit.
    const account = funded();
    const split = distribute(account, 150, 4, terms);
    expectSplit(split, {
      returnOfCapitalCNY: 100,
      preferredReturnCNY: 8,
      catchUpToGpCNY: 2,
      splitToLpCNY: 32,
      carryToGpCNY: 8,
      toLpCNY: 140,
      toGpCNY: 10,
      lpProfitCNY: 40,
    });
    expect(account.unreturnedCapitalCNY).toBeCloseTo(0, 12);
    expect(account.prefOwedCNY).toBeCloseTo(0, 12);
    expect(account.lpDistributedCNY).toBeCloseTo(140, 12);
    expect(account.lpProfitCNY).toBeCloseTo(40, 12);
    expect(account.gpCarryCNY).toBeCloseTo(10, 12);
    expect(account.contributedCNY).toBe(100);
  });

  it('pays a distribution below capital all to LPs as capital back', () => {
    // 60 of the 100 back; 40 of capital and the 8 of pref stay owed.
    const account = funded();
    expectSplit(distribute(account, 60, 4, terms), { returnOfCapitalCNY: 60, toLpCNY: 60 });
    expect(account.unreturnedCapitalCNY).toBeCloseTo(40, 12);
    expect(account.prefOwedCNY).toBeCloseTo(8, 12);
  });

  it('stops inside the catch-up, and the next distribution finishes it', () => {
    // 109: capital 100, pref 8, and 1 of the 2 the GP needs to catch up.
    const account = funded();
    expectSplit(distribute(account, 109, 4, terms), {
      returnOfCapitalCNY: 100,
      preferredReturnCNY: 8,
      catchUpToGpCNY: 1,
      toLpCNY: 108,
      toGpCNY: 1,
      lpProfitCNY: 8,
    });
    // 11 more in the same quarter: the other 1 of catch-up (GP 2 = 20% of 10), then 10 split 8/2.
    expectSplit(distribute(account, 11, 4, terms), {
      catchUpToGpCNY: 1,
      splitToLpCNY: 8,
      carryToGpCNY: 2,
      toLpCNY: 8,
      toGpCNY: 3,
      lpProfitCNY: 8,
    });
    expect(account.gpCarryCNY).toBeCloseTo(4, 12); // 20% of the 20 profit
  });

  it('with a 50% catch-up, gives the GP half of each yuan until it has 20% of profit', () => {
    // After capital 100 and pref 8: P = 8, G = 0, k = 0.5, c = 0.2.
    // y = (0.2 × (8 + 0) − 0) / (0.5 − 0.2) = 1.6 / 0.3 = 16/3, half each: 8/3 to GP, 8/3 to LPs.
    // Check: GP 8/3 = 20% of profit 8 + 16/3 = 40/3. Left 150 − 108 − 16/3 = 110/3, split
    // 88/3 to LPs, 22/3 to the GP. GP 8/3 + 22/3 = 10: once caught up, still 20% of the 50.
    const halfCatchUp = { ...terms, catchUpShare: 0.5 };
    const account = newWaterfallAccount();
    contribute(account, 100, 0, halfCatchUp);
    expectSplit(distribute(account, 150, 4, halfCatchUp), {
      returnOfCapitalCNY: 100,
      preferredReturnCNY: 8,
      catchUpToGpCNY: 8 / 3,
      catchUpToLpCNY: 8 / 3,
      splitToLpCNY: 88 / 3,
      carryToGpCNY: 22 / 3,
      toLpCNY: 140,
      toGpCNY: 10,
      lpProfitCNY: 40,
    });
  });

  it('with no catch-up (k = 0), goes straight from the preferred return to the 80/20 split', () => {
    // Capital 100, pref 8, the remaining 42 split 33.6 / 8.4: the GP gets 20% of the excess only.
    const noCatchUp = { ...terms, catchUpShare: 0 };
    const account = newWaterfallAccount();
    contribute(account, 100, 0, noCatchUp);
    expectSplit(distribute(account, 150, 4, noCatchUp), {
      returnOfCapitalCNY: 100,
      preferredReturnCNY: 8,
      splitToLpCNY: 33.6,
      carryToGpCNY: 8.4,
      toLpCNY: 141.6,
      toGpCNY: 8.4,
      lpProfitCNY: 41.6,
    });
  });

  it('splits a sequence of distributions in one quarter to the same totals as their sum', () => {
    // Cut 150 at every tier boundary and inside tiers: LPs 140, GP 10 either way.
    for (const pieces of [[150], [109, 41], [50, 50, 8, 1, 1, 40], [100, 8, 2, 40], [7, 143]]) {
      const account = funded();
      for (const piece of pieces) distribute(account, piece, 4, terms);
      expect(account.lpDistributedCNY, pieces.join('+')).toBeCloseTo(140, 9);
      expect(account.gpCarryCNY, pieces.join('+')).toBeCloseTo(10, 9);
    }
  });

  it('treats a zero distribution or contribution as a no-op', () => {
    const account = funded();
    const before = { ...account };
    expectSplit(distribute(account, 0, 4, terms), {});
    contribute(account, 0, 6, terms);
    expect(account).toEqual(before);
  });

  it('adds up to the amount distributed, and never gives the GP more than its carry share', () => {
    // Deterministic mixed flows over 40 quarters, for several catch-up shares.
    for (const catchUpShare of [0, 0.1, 0.2, 0.5, 0.8, 1]) {
      const mixed = { hurdleRatePerYear: 0.06, catchUpShare, carryShare: 0.2 };
      const account = newWaterfallAccount();
      let distributedCNY = 0;
      let toLpCNY = 0;
      let capitalBackCNY = 0;
      for (let quarter = 0; quarter < 40; quarter++) {
        if (quarter % 5 === 0) contribute(account, 1e6 * (1 + (quarter % 3)), quarter, mixed);
        const amountCNY = quarter % 3 === 0 ? 0 : 1e5 * ((quarter * 7919) % 23) + 0.37;
        const split = distribute(account, amountCNY, quarter, mixed);
        for (const value of Object.values(split)) expect(value).toBeGreaterThanOrEqual(0);
        expect(Math.abs(split.toLpCNY + split.toGpCNY - amountCNY)).toBeLessThanOrEqual(
          1e-9 * amountCNY,
        );
        expect(split.lpProfitCNY).toBeCloseTo(split.toLpCNY - split.returnOfCapitalCNY, 6);
        distributedCNY += amountCNY;
        toLpCNY += split.toLpCNY;
        capitalBackCNY += split.returnOfCapitalCNY;
        const profitCNY = account.lpProfitCNY + account.gpCarryCNY;
        expect(account.gpCarryCNY).toBeLessThanOrEqual(0.2 * profitCNY + 1e-6);
      }
      expect(account.lpDistributedCNY).toBeCloseTo(toLpCNY, 6);
      expect(account.lpDistributedCNY + account.gpCarryCNY).toBeCloseTo(distributedCNY, 6);
      expect(account.contributedCNY - account.unreturnedCapitalCNY).toBeCloseTo(capitalBackCNY, 6);
    }
  });

  it.each([-1, Number.NaN, Infinity, -Infinity])('throws RangeError for an amount of %s', (bad) => {
    const account = funded();
    expect(() => distribute(account, bad, 4, terms)).toThrow(RangeError);
    expect(() => distribute(account, bad, 4, terms)).toThrow(/distribute: amountCNY must be/);
    expect(() => contribute(account, bad, 4, terms)).toThrow(/contribute: amountCNY must be/);
  });

  it('throws RangeError for a quarter before the last accrual or not whole', () => {
    const account = funded();
    distribute(account, 10, 4, terms);
    for (const bad of [3, 4.5, Number.NaN, Infinity]) {
      expect(() => distribute(account, 1, bad, terms)).toThrow(RangeError);
      expect(() => accruePreferred(account, bad, terms)).toThrow(/quarter must be a whole quarter/);
    }
  });
});

describe('deal-by-deal and European waterfalls on the same flows', () => {
  // Two deals of 100 each at quarter 0, both realised at quarter 4 (8% hurdle, full catch-up).
  function dealByDeal(proceedsCNY: readonly number[]) {
    return proceedsCNY.map((amountCNY) => {
      const deal = funded(100);
      return distribute(deal, amountCNY, 4, terms);
    });
  }
  function european(proceedsCNY: readonly number[]) {
    const fund = funded(100 * proceedsCNY.length);
    return proceedsCNY.map((amountCNY) => distribute(fund, amountCNY, 4, terms));
  }
  const sum = (splits: WaterfallSplit[], key: keyof WaterfallSplit) =>
    splits.reduce((s, split) => s + split[key], 0);

  it('pays carry on the winning deal deal-by-deal, none on the whole fund that only broke even', () => {
    // Deal A returns 0, deal B returns 200.
    // Deal by deal: A pays nothing. B: capital 100, pref 8, catch-up 2, 90 split 72 / 18:
    // GP 20 (20% of B's 100 gain), LPs 180 — though the LPs only got their 200 back overall.
    const byDeal = dealByDeal([0, 200]);
    expect(sum(byDeal, 'toGpCNY')).toBeCloseTo(20, 9);
    expect(sum(byDeal, 'toLpCNY')).toBeCloseTo(180, 9);
    // European: 200 in, 200 back: all capital, the 16 of pref unpaid, no carry.
    const whole = european([0, 200]);
    expect(sum(whole, 'toGpCNY')).toBe(0);
    expect(sum(whole, 'toLpCNY')).toBeCloseTo(200, 9);
  });

  it('pays less carry on the whole fund when one deal loses and the other gains more', () => {
    // Deal A returns 0, deal B returns 300.
    // Deal by deal: B: capital 100, pref 8, catch-up 2, 190 split 152 / 38: GP 40, LPs 260.
    expect(sum(dealByDeal([0, 300]), 'toGpCNY')).toBeCloseTo(40, 9);
    // European: 200 in, 300 out: capital 200, pref 16, catch-up 0.2 × 16 / 0.8 = 4, 80 split
    // 64 / 16: GP 20 = 20% of the fund's 100 profit, LPs 280.
    const whole = european([0, 300]);
    expect(sum(whole, 'toGpCNY')).toBeCloseTo(20, 9);
    expect(sum(whole, 'toLpCNY')).toBeCloseTo(280, 9);
  });
});
