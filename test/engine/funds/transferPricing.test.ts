import { describe, expect, it } from 'vitest';
import {
  transferPriceCNY,
  type TransferPricing,
  type TransferredStake,
} from '../../../src/engine/funds/transferPricing.ts';

/** The seed fund's ticket: 0.5M CNY for 10%, held 8 quarters, the firm's angel round at 20M. */
const stake: TransferredStake = {
  costCNY: 500_000,
  heldQuarters: 8,
  ownershipShare: 0.1,
  latestPostMoneyCNY: 20_000_000,
};

const atCost: TransferPricing = { rule: 'atCost' };
const costPlus3: TransferPricing = { rule: 'costPlusInterest', interestRatePerYear: 0.03 };
const discount20: TransferPricing = { rule: 'roundPriceDiscount', discountShare: 0.2 };

describe('transferPriceCNY', () => {
  it('at cost: cost × share sold', () => {
    expect(transferPriceCNY(atCost, stake, 1)).toBe(500_000);
    expect(transferPriceCNY(atCost, stake, 0.4)).toBe(200_000);
  });

  it('cost plus interest: compounds the annual rate quarterly over the holding time', () => {
    // 0.5M × (1 + 0.03/4)^8 = 0.5M × 1.0075^8 = 0.5M × 1.0615988478 = 530,799.42 CNY.
    expect(transferPriceCNY(costPlus3, stake, 1)).toBeCloseTo(530_799.42, 2);
    // Half the stake: 265,399.71 CNY.
    expect(transferPriceCNY(costPlus3, stake, 0.5)).toBeCloseTo(265_399.71, 2);
    // No holding time, no interest.
    expect(transferPriceCNY(costPlus3, { ...stake, heldQuarters: 0 }, 1)).toBe(500_000);
  });

  it('round price less a discount: stake value at the latest post-money, discounted', () => {
    // 10% of 20M = 2M; half sold = 1M; 20% off = 0.8M.
    expect(transferPriceCNY(discount20, stake, 0.5)).toBeCloseTo(800_000, 6);
    // No discount: the market value of the whole stake, 2M.
    const noDiscount: TransferPricing = { rule: 'roundPriceDiscount', discountShare: 0 };
    expect(transferPriceCNY(noDiscount, stake, 1)).toBeCloseTo(2_000_000, 6);
  });

  it('prices nothing sold at zero', () => {
    for (const pricing of [atCost, costPlus3, discount20]) {
      expect(transferPriceCNY(pricing, stake, 0)).toBe(0);
    }
  });

  const badAmounts = [-1, Number.NaN, Infinity, -Infinity];
  const badShares = [-0.1, 1.1, Number.NaN, Infinity];
  const amountFields = ['costCNY', 'heldQuarters', 'latestPostMoneyCNY'] as const;

  it.each(badAmounts)('throws RangeError naming the stake field set to %s', (bad) => {
    for (const field of amountFields) {
      const broken = { ...stake, [field]: bad };
      expect(() => transferPriceCNY(atCost, broken, 1)).toThrow(RangeError);
      expect(() => transferPriceCNY(atCost, broken, 1)).toThrow(
        new RegExp(`stake\\.${field} must be a finite number >= 0; got ${String(bad)}`),
      );
    }
  });

  it.each(badShares)('throws RangeError for a share of %s', (bad) => {
    expect(() => transferPriceCNY(atCost, { ...stake, ownershipShare: bad }, 1)).toThrow(
      new RegExp(`stake\\.ownershipShare must be a share in \\[0, 1\\]; got ${String(bad)}`),
    );
    expect(() => transferPriceCNY(atCost, stake, bad)).toThrow(
      new RegExp(`shareSold must be a share in \\[0, 1\\]; got ${String(bad)}`),
    );
    const badDiscount: TransferPricing = { rule: 'roundPriceDiscount', discountShare: bad };
    expect(() => transferPriceCNY(badDiscount, stake, 1)).toThrow(RangeError);
    expect(() => transferPriceCNY(badDiscount, stake, 1)).toThrow(/pricing\.discountShare/);
  });

  it('throws RangeError for a negative or non-finite interest rate', () => {
    for (const bad of badAmounts) {
      const pricing: TransferPricing = { rule: 'costPlusInterest', interestRatePerYear: bad };
      expect(() => transferPriceCNY(pricing, stake, 1)).toThrow(/pricing\.interestRatePerYear/);
    }
  });
});
