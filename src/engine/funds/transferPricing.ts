/**
 * Price of a stake transferred between funds at a market-based price (Hebei plan 2022, 二(二)1–2):
 * the seed fund's stakes pushed to angel sub-funds, and angel sub-funds' stakes sold to the
 * guidance fund. The price is unrounded CNY; the ledger posts it in fen.
 */

import type { Scenario } from '../scenario/schema.ts';
import { pow } from '../math/ieeeMath.ts';

/** The scenario's pricing rule (the seed fund's `transferPricing`, or a sale's `pricing`). */
export type TransferPricing = Scenario['funds']['seedFund']['transferPricing'];

/** The seller's whole stake in a firm. */
export interface TransferredStake {
  /** What the seller paid for the whole stake. */
  costCNY: number;
  /** Quarters from the seller's investment to the transfer. */
  heldQuarters: number;
  /** The stake's share of the firm, in [0, 1]. */
  ownershipShare: number;
  /** Post-money value of the firm at its latest round. */
  latestPostMoneyCNY: number;
}

/**
 * Price of `shareSold` (in [0, 1]) of the stake:
 * - atCost: cost × shareSold;
 * - costPlusInterest: cost × shareSold × (1 + r/4)^heldQuarters, interest compounded quarterly;
 * - roundPriceDiscount: ownershipShare × latestPostMoney × shareSold × (1 − discountShare).
 * Throws RangeError naming the field for an input out of range.
 */
export function transferPriceCNY(
  pricing: TransferPricing,
  stake: TransferredStake,
  shareSold: number,
): number {
  requireAmount('stake.costCNY', stake.costCNY);
  requireAmount('stake.heldQuarters', stake.heldQuarters);
  requireShare('stake.ownershipShare', stake.ownershipShare);
  requireAmount('stake.latestPostMoneyCNY', stake.latestPostMoneyCNY);
  requireShare('shareSold', shareSold);
  switch (pricing.rule) {
    case 'atCost':
      return stake.costCNY * shareSold;
    case 'costPlusInterest':
      requireAmount('pricing.interestRatePerYear', pricing.interestRatePerYear);
      return (
        stake.costCNY * shareSold * pow(1 + pricing.interestRatePerYear / 4, stake.heldQuarters)
      );
    case 'roundPriceDiscount':
      requireShare('pricing.discountShare', pricing.discountShare);
      return (
        stake.ownershipShare * stake.latestPostMoneyCNY * shareSold * (1 - pricing.discountShare)
      );
    default:
      return pricing satisfies never;
  }
}

function requireAmount(field: string, value: number): void {
  if (!(value >= 0 && value < Infinity)) {
    throw new RangeError(`transferPriceCNY: ${field} must be a finite number >= 0; got ${value}`);
  }
}

function requireShare(field: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`transferPriceCNY: ${field} must be a share in [0, 1]; got ${value}`);
  }
}
