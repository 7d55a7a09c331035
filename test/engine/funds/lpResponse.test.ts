import { describe, expect, it } from 'vitest';
import {
  expectedReturnFromTerms,
  lpAnswer,
  subscribedShare,
  trackRecord,
  type OfferTerms,
} from '../../../src/engine/funds/lpResponse.ts';
import { FundRaisingSchema } from '../../../src/engine/scenario/sections/fundRaising.ts';

const lp = FundRaisingSchema.parse({}).lpResponse;

// The Hebei angel sub-fund's terms: 30% guidance, 1% GP, 2% / 1.5% fees over 5 + 5 years, 8%
// hurdle, 20% carry, 返投 1×, 40% concession of which 20% goes to the GP.
const angel: OfferTerms = {
  guidanceFundShare: 0.3,
  gpShare: 0.01,
  investmentPeriodYears: 5,
  lifeYears: 10,
  feeInvestmentPeriodRatePerYear: 0.02,
  feeAfterRatePerYear: 0.015,
  hurdleRatePerYear: 0.08,
  carryShare: 0.2,
  localReinvestmentMultiple: 1,
  concessionShare: 0.4,
  concessionToGpShare: 0.2,
};

describe('private LPs’ expected return from an offer’s terms', () => {
  it('is the gross multiple less fees and carry, plus the conceded profit, by hand', () => {
    // fees 0.02 × 5 + 0.015 × 5 = 0.175; profit 0.825 × 2.2 − 1 = 0.815, above the hurdle's
    // 1.08^5.5 − 1 = 0.527, so carry 0.163; LP profit 0.652; the concession moves
    // 0.3 × 0.652 × 0.4 × 0.6 × 0.8 / 0.69 = 0.054432 to private LPs.
    const uplift = (0.3 * 0.652 * 0.4 * 0.6 * 0.8) / 0.69;
    const { netMultiple, returnPerYear } = expectedReturnFromTerms(angel, lp);
    expect(netMultiple).toBeCloseTo(1.652 + uplift, 12);
    // Annualised over 5.5 years, less the 返投 cost 0.02 × 1 × 0.3.
    expect(returnPerYear).toBeCloseTo((1.652 + uplift) ** (1 / 5.5) - 1 - 0.006, 12);
  });

  it('rises with the concession and falls with the fee, from the first vintage on', () => {
    const base = expectedReturnFromTerms(angel, lp).returnPerYear;
    expect(
      expectedReturnFromTerms({ ...angel, concessionShare: 0.6 }, lp).returnPerYear,
    ).toBeGreaterThan(base);
    expect(
      expectedReturnFromTerms({ ...angel, feeInvestmentPeriodRatePerYear: 0.025 }, lp)
        .returnPerYear,
    ).toBeLessThan(base);
    expect(
      expectedReturnFromTerms({ ...angel, localReinvestmentMultiple: 1.5 }, lp).returnPerYear,
    ).toBeLessThan(base);
  });

  it('takes no carry below the hurdle', () => {
    const low = { ...lp, grossMultiple: 1.3 };
    // 0.825 × 1.3 − 1 = 0.0725 profit, below the hurdle: all of it is the LPs'.
    const { netMultiple } = expectedReturnFromTerms({ ...angel, concessionShare: 0 }, low);
    expect(netMultiple).toBeCloseTo(1.0725, 12);
  });
});

describe('the share of the target LPs subscribe', () => {
  it('is a half at the required return and logistic around it', () => {
    expect(subscribedShare(0.08, lp)).toBe(0.5);
    expect(subscribedShare(0.11, lp)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });

  it('is the whole target far above every LP’s requirement, nothing far below', () => {
    expect(subscribedShare(0.08 + 2, lp)).toBe(1);
    expect(subscribedShare(0.08 - 2, lp)).toBe(0);
  });
});

describe('the track record', () => {
  it('weighs n / (n + k) and averages annualised interim returns by paid-in', () => {
    const record = trackRecord(
      [
        { tvpi: 1.21, ageYears: 2, paidInCNY: 100 },
        { tvpi: 1, ageYears: 4, paidInCNY: 300 },
      ],
      lp,
    );
    expect(record.weight).toBeCloseTo(2 / 4, 12);
    expect(record.returnPerYear).toBeCloseTo((100 * 0.1 + 300 * 0) / 400, 12);
  });

  it('has no weight without a judged fund, and pulls the expectation towards itself', () => {
    expect(trackRecord([], lp)).toEqual({ returnPerYear: 0, weight: 0 });
    const alone = lpAnswer(angel, [], lp);
    const poor = lpAnswer(angel, [{ tvpi: 0.5, ageYears: 4, paidInCNY: 1 }], lp);
    const good = lpAnswer(angel, [{ tvpi: 2, ageYears: 4, paidInCNY: 1 }], lp);
    expect(alone.expectedReturnPerYear).toBe(alone.termsReturnPerYear);
    expect(poor.subscribedShare).toBeLessThan(alone.subscribedShare);
    expect(good.subscribedShare).toBeGreaterThan(alone.subscribedShare);
  });

  it('moves with the business cycle of the offer’s quarter', () => {
    expect(lpAnswer(angel, [], lp, 1).expectedReturnPerYear).toBeCloseTo(
      lpAnswer(angel, [], lp, 0).expectedReturnPerYear + lp.cycleReturnPerSd,
      12,
    );
  });
});
