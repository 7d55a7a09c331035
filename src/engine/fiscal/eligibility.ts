import type { ChainContext } from '../chain/chainContext.ts';

/** The eligibility terms a provincial incentive carries (MODEL.md: 我省 / 省内 means in-province). */
export type FirmEligibilityTerms = {
  inProvinceOnly: boolean;
  /** Industry ids; empty means every industry. */
  eligibleIndustries: readonly string[];
};

/**
 * Whether a firm may receive an incentive: registered in the province when the clause says so,
 * and in one of its industries when it names some. Called only for firms already taking the
 * incentive up, so a lookup by industry id costs nothing that matters.
 */
export function isEligibleFirm(
  ctx: ChainContext,
  firm: number,
  terms: FirmEligibilityTerms,
): boolean {
  if (terms.inProvinceOnly && ctx.firms.inProvince[firm] !== 1) return false;
  if (terms.eligibleIndustries.length === 0) return true;
  const industry = ctx.scenario.firms.industries[ctx.firms.industry[firm]!]!;
  return terms.eligibleIndustries.includes(industry.id);
}
