/**
 * ILPA performance multiples, net to limited partners, at one valuation date:
 *   DPI  = cumulative distributions / paid-in capital  (realised)
 *   RVPI = residual value (NAV) / paid-in capital      (unrealised)
 *   TVPI = (distributions + NAV) / paid-in capital     (= DPI + RVPI)
 * Each is null while nothing has been paid in: the multiple is undefined, not 0 or ∞.
 */

import { requireNonNegative } from './requireAmount.ts';

/** A fund's capital account at one valuation date, from the investors' side. */
export interface FundCapitalAccount {
  /** Cumulative capital contributed by investors (called and paid in), CNY, ≥ 0. */
  paidInCNY: number;
  /** Cumulative distributions paid to investors, CNY, ≥ 0. */
  distributedCNY: number;
  /** Net asset value of the investors' remaining interest (residual value), CNY, ≥ 0. */
  navCNY: number;
}

/** Distributed to paid-in: the share of paid-in capital already returned. */
export function dpi(
  account: Pick<FundCapitalAccount, 'paidInCNY' | 'distributedCNY'>,
): number | null {
  requireNonNegative('dpi', 'paidInCNY', account.paidInCNY);
  requireNonNegative('dpi', 'distributedCNY', account.distributedCNY);
  return account.paidInCNY === 0 ? null : account.distributedCNY / account.paidInCNY;
}

/** Residual value to paid-in: the share of paid-in capital still held as NAV. */
export function rvpi(account: Pick<FundCapitalAccount, 'paidInCNY' | 'navCNY'>): number | null {
  requireNonNegative('rvpi', 'paidInCNY', account.paidInCNY);
  requireNonNegative('rvpi', 'navCNY', account.navCNY);
  return account.paidInCNY === 0 ? null : account.navCNY / account.paidInCNY;
}

/** Total value to paid-in: distributions plus NAV per unit of paid-in capital. */
export function tvpi(account: FundCapitalAccount): number | null {
  requireNonNegative('tvpi', 'paidInCNY', account.paidInCNY);
  requireNonNegative('tvpi', 'distributedCNY', account.distributedCNY);
  requireNonNegative('tvpi', 'navCNY', account.navCNY);
  return account.paidInCNY === 0
    ? null
    : (account.distributedCNY + account.navCNY) / account.paidInCNY;
}
