/**
 * Distribution waterfall of a fund: capital back → preferred return → GP catch-up → carry.
 *
 * One account type serves both waterfalls a scenario may choose (`waterfall.type`):
 * - European (whole fund): one account for the fund. Contributions are all capital the LPs paid
 *   in; every distribution of the fund runs through it, so the GP earns carry only once the LPs
 *   have their capital and preferred return back on the whole fund.
 * - Deal-by-deal (American): one account per deal. Contributions are the deal's cost; the deal's
 *   proceeds run through its own account. Carry earned on a winner is kept even if other deals
 *   lose: there is no clawback across deals.
 *
 * `toLpCNY` goes to all LP classes (guidance fund, private LPs, GP commitment) pro rata, split by
 * the caller in whole fen (`allocateFen`). Amounts here are unrounded CNY.
 */

import type { Scenario } from '../scenario/schema.ts';
import { expm1, log1p } from '../math/ieeeMath.ts';

/** Hurdle, catch-up and carry of a sub-fund: its scenario `waterfall` without the `type`. */
export type WaterfallTerms = Omit<Scenario['funds']['angelFunds'][number]['waterfall'], 'type'>;

/** Running state of one waterfall (a whole fund, or one deal). Mutated in place. */
export interface WaterfallAccount {
  /** Capital contributed so far. */
  contributedCNY: number;
  /** Contributed capital not yet returned (tier 1). */
  unreturnedCapitalCNY: number;
  /** Preferred return accrued and not yet paid (tier 2). */
  prefOwedCNY: number;
  /** Everything paid to LPs: capital and profit. */
  lpDistributedCNY: number;
  /** LPs' profit paid: preferred return, their part of the catch-up and of the split. */
  lpProfitCNY: number;
  /** Carried interest paid to the GP: catch-up and split. */
  gpCarryCNY: number;
  /** Quarter up to which the preferred return has been accrued. */
  lastAccrualQuarter: number;
}

/** How one distribution was split, tier by tier. */
export interface WaterfallSplit {
  returnOfCapitalCNY: number;
  preferredReturnCNY: number;
  catchUpToLpCNY: number;
  catchUpToGpCNY: number;
  splitToLpCNY: number;
  carryToGpCNY: number;
  /** returnOfCapital + preferredReturn + catchUpToLp + splitToLp. */
  toLpCNY: number;
  /** catchUpToGp + carryToGp. */
  toGpCNY: number;
  /** The LPs' profit in this distribution: toLp − returnOfCapital. */
  lpProfitCNY: number;
}

export function newWaterfallAccount(): WaterfallAccount {
  return {
    contributedCNY: 0,
    unreturnedCapitalCNY: 0,
    prefOwedCNY: 0,
    lpDistributedCNY: 0,
    lpProfitCNY: 0,
    gpCarryCNY: 0,
    lastAccrualQuarter: 0,
  };
}

/**
 * Accrues the preferred return up to `quarter`. The hurdle h compounds annually, so each quarter
 * multiplies (unreturned capital + unpaid preferred return) by (1 + h)^(1/4).
 */
export function accruePreferred(
  account: WaterfallAccount,
  quarter: number,
  terms: WaterfallTerms,
): void {
  checkQuarter('accruePreferred', account, quarter);
  const elapsedQuarters = quarter - account.lastAccrualQuarter;
  const baseCNY = account.unreturnedCapitalCNY + account.prefOwedCNY;
  if (elapsedQuarters > 0 && baseCNY > 0) {
    // expm1/log1p keep small hurdles and short spans accurate.
    account.prefOwedCNY += baseCNY * expm1((elapsedQuarters / 4) * log1p(terms.hurdleRatePerYear));
  }
  account.lastAccrualQuarter = quarter;
}

/** Records capital paid in at `quarter`, after accruing the preferred return up to it. */
export function contribute(
  account: WaterfallAccount,
  amountCNY: number,
  quarter: number,
  terms: WaterfallTerms,
): void {
  checkAmount('contribute', amountCNY);
  checkQuarter('contribute', account, quarter);
  if (amountCNY === 0) return;
  accruePreferred(account, quarter, terms);
  account.contributedCNY += amountCNY;
  account.unreturnedCapitalCNY += amountCNY;
}

/**
 * Splits a distribution at `quarter` (after accruing the preferred return up to it):
 * 1. capital back to LPs; 2. the preferred return to LPs; 3. GP catch-up: of each yuan the GP gets
 * k = catchUpShare and LPs 1 − k, until the GP's carry G is c = carryShare of all profit paid
 * (P + G, P the LPs' profit), which takes y = (c·(P + G) − G) / (k − c); skipped when k ≤ c, as
 * the GP could never catch up; 4. the rest split c to the GP, 1 − c to LPs.
 * A zero distribution changes nothing.
 */
export function distribute(
  account: WaterfallAccount,
  amountCNY: number,
  quarter: number,
  terms: WaterfallTerms,
): WaterfallSplit {
  checkAmount('distribute', amountCNY);
  checkQuarter('distribute', account, quarter);
  const split: WaterfallSplit = {
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
  if (amountCNY === 0) return split;
  accruePreferred(account, quarter, terms);
  const { catchUpShare: k, carryShare: c } = terms;

  let leftCNY = amountCNY;
  split.returnOfCapitalCNY = Math.min(leftCNY, account.unreturnedCapitalCNY);
  account.unreturnedCapitalCNY -= split.returnOfCapitalCNY;
  leftCNY -= split.returnOfCapitalCNY;

  split.preferredReturnCNY = Math.min(leftCNY, account.prefOwedCNY);
  account.prefOwedCNY -= split.preferredReturnCNY;
  leftCNY -= split.preferredReturnCNY;

  if (leftCNY > 0 && k > c) {
    const profitCNY = account.lpProfitCNY + split.preferredReturnCNY;
    const neededCNY = (c * (profitCNY + account.gpCarryCNY) - account.gpCarryCNY) / (k - c);
    if (neededCNY > 0) {
      const catchUpCNY = Math.min(leftCNY, neededCNY);
      split.catchUpToGpCNY = k * catchUpCNY;
      // Each LP part is the rest of its tier, so the parts add up to the tier's amount.
      split.catchUpToLpCNY = catchUpCNY - split.catchUpToGpCNY;
      leftCNY -= catchUpCNY;
    }
  }

  if (leftCNY > 0) {
    split.carryToGpCNY = c * leftCNY;
    split.splitToLpCNY = leftCNY - split.carryToGpCNY;
  }

  split.lpProfitCNY = split.preferredReturnCNY + split.catchUpToLpCNY + split.splitToLpCNY;
  split.toLpCNY = split.returnOfCapitalCNY + split.lpProfitCNY;
  split.toGpCNY = split.catchUpToGpCNY + split.carryToGpCNY;
  account.lpDistributedCNY += split.toLpCNY;
  account.lpProfitCNY += split.lpProfitCNY;
  account.gpCarryCNY += split.toGpCNY;
  return split;
}

function checkAmount(functionName: string, amountCNY: number): void {
  if (!(amountCNY >= 0 && amountCNY < Infinity)) {
    throw new RangeError(
      `${functionName}: amountCNY must be a finite amount >= 0; got ${amountCNY}`,
    );
  }
}

function checkQuarter(functionName: string, account: WaterfallAccount, quarter: number): void {
  if (!(Number.isInteger(quarter) && quarter >= account.lastAccrualQuarter)) {
    throw new RangeError(
      `${functionName}: quarter must be a whole quarter >= the account's last accrual quarter ${account.lastAccrualQuarter}; got ${quarter}`,
    );
  }
}
