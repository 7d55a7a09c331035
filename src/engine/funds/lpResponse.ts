/**
 * How private LPs answer a sub-fund the guidance fund offers (README, “Fund raising”). They
 * expect a net annual return from the offer's terms — a gross multiple less fees and carry, plus
 * what the concession (让利) moves to them, less what 返投 costs — blended with the track record
 * of the trial's earlier sub-funds by a credibility weight. Their required returns spread
 * logistically around a mean, so the share of the target they subscribe is a smooth function of
 * the expected excess return. No draws: given the track record and the trial's business cycle,
 * the answer is determined.
 */

import { exp, pow } from '../math/ieeeMath.ts';
import type { FundRaising } from '../scenario/sections/fundRaising.ts';

export type LpResponseTerms = FundRaising['lpResponse'];

/** What of an offer's terms private LPs price. */
export type OfferTerms = {
  guidanceFundShare: number;
  gpShare: number;
  investmentPeriodYears: number;
  lifeYears: number;
  feeInvestmentPeriodRatePerYear: number;
  feeAfterRatePerYear: number;
  hurdleRatePerYear: number;
  carryShare: number;
  localReinvestmentMultiple: number;
  /** The concession rate on the guidance fund's eligible gains (0 where none: tech, bank-linked). */
  concessionShare: number;
  /** Part of the conceded amount that goes to the GP rather than private LPs. */
  concessionToGpShare: number;
};

/** The net multiple and annual return private LPs expect from an offer's terms alone. */
export function expectedReturnFromTerms(
  offer: OfferTerms,
  lp: LpResponseTerms,
): { netMultiple: number; returnPerYear: number } {
  // Lifetime fees, as the sub-fund sets them aside (fundBook.ts investableShare).
  const fees =
    offer.feeInvestmentPeriodRatePerYear * offer.investmentPeriodYears +
    offer.feeAfterRatePerYear * (offer.lifeYears - offer.investmentPeriodYears);
  const investable = Math.max(0, 1 - fees);
  const profit = investable * lp.grossMultiple - 1;
  // Carry with a full catch-up: the GP's share of the whole profit once the hurdle is cleared.
  const hurdleProfit = pow(1 + offer.hurdleRatePerYear, lp.holdingYears) - 1;
  const carry = profit > hurdleProfit ? offer.carryShare * profit : 0;
  const lpProfit = profit - carry;
  const privateShare = 1 - offer.guidanceFundShare - offer.gpShare;
  // The guidance fund's conceded profit, spread over the private LPs' commitment.
  const uplift =
    privateShare > 0 && lpProfit > 0
      ? (offer.guidanceFundShare *
          lpProfit *
          offer.concessionShare *
          lp.concessionEligibleShare *
          (1 - offer.concessionToGpShare)) /
        privateShare
      : 0;
  const netMultiple = Math.max(0, 1 + lpProfit + uplift);
  const localCost =
    lp.localRequirementCostPerYear * offer.localReinvestmentMultiple * offer.guidanceFundShare;
  const returnPerYear = pow(netMultiple, 1 / lp.holdingYears) - 1 - localCost;
  return { netMultiple, returnPerYear };
}

/** One earlier sub-fund as LPs judge it: its private LPs' interim TVPI and its age. */
export type TrackRecordFund = { tvpi: number; ageYears: number; paidInCNY: number };

/**
 * The track record: the paid-in-weighted annualised interim return of the judged funds, and its
 * credibility weight n / (n + k). With no judged fund the weight is 0.
 */
export function trackRecord(
  judged: readonly TrackRecordFund[],
  lp: LpResponseTerms,
): { returnPerYear: number; weight: number } {
  let weightedReturn = 0;
  let paidIn = 0;
  for (const fund of judged) {
    if (!(fund.paidInCNY > 0) || !(fund.ageYears > 0)) continue;
    weightedReturn += fund.paidInCNY * (pow(Math.max(0, fund.tvpi), 1 / fund.ageYears) - 1);
    paidIn += fund.paidInCNY;
  }
  if (paidIn <= 0) return { returnPerYear: 0, weight: 0 };
  const n = judged.filter((fund) => fund.paidInCNY > 0 && fund.ageYears > 0).length;
  return {
    returnPerYear: weightedReturn / paidIn,
    weight: n / (n + lp.trackRecordCredibilityFunds),
  };
}

/** The share of the target LPs subscribe: 1 / (1 + exp(−(expected − required) / spread)). */
export function subscribedShare(expectedReturnPerYear: number, lp: LpResponseTerms): number {
  const z = (expectedReturnPerYear - lp.requiredReturnPerYear) / lp.requiredReturnSpreadPerYear;
  // Far in either tail the logistic is 0 or 1 to double precision.
  if (z > 40) return 1;
  if (z < -40) return 0;
  return 1 / (1 + exp(-z));
}

export type LpAnswer = {
  /** Expected net annual return of private LPs: terms and track record blended. */
  expectedReturnPerYear: number;
  termsReturnPerYear: number;
  trackRecordWeight: number;
  /** Share of the target private LPs subscribe, in [0, 1]. */
  subscribedShare: number;
};

/** Private LPs' answer to one offer, from its terms and the trial's track record so far. */
export function lpAnswer(
  offer: OfferTerms,
  judged: readonly TrackRecordFund[],
  lp: LpResponseTerms,
  cycleZ = 0,
): LpAnswer {
  const terms = expectedReturnFromTerms(offer, lp).returnPerYear;
  const record = trackRecord(judged, lp);
  // The record already holds what the concession paid earlier funds' LPs.
  // Appetite follows the cycle: the trial's own economy path, so no new draw.
  const expected =
    (1 - record.weight) * terms +
    record.weight * record.returnPerYear +
    lp.cycleReturnPerSd * cycleZ;
  return {
    expectedReturnPerYear: expected,
    termsReturnPerYear: terms,
    trackRecordWeight: record.weight,
    subscribedShare: subscribedShare(expected, lp),
  };
}
