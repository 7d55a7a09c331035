import type { ChainContext } from '../chain/chainContext.ts';
import { NEEQ } from '../firms/firmTable.ts';
import { EARLY, GROWTH, isLive } from '../firms/stageCode.ts';
import { post } from '../ledger/ledger.ts';
import { isEligibleFirm } from './eligibility.ts';
import { withRoom, type FiscalState } from './fiscalState.ts';

/**
 * This quarter's take-up of the firm-level incentives, decided by each live firm's own fiscal
 * draw u (so they share common random numbers across scenarios): first-set equipment insurance
 * when u < uptake (GROWTH firms, once), a regional equity exchange listing when u ≥ 1 − p
 * (EARLY/GROWTH firms, once); each only for the firms its eligibility admits (in-province and
 * industries: 二(一)1 is for the province's equipment makers).
 */
export function payFirmIncentives(
  ctx: ChainContext,
  fiscal: FiscalState,
  live: Int32Array,
  liveCount: number,
  quarter: number,
): void {
  const { firms, scenario } = ctx;
  const insurance = scenario.fiscal.firstSetInsurance;
  const listing = scenario.fiscal.listingSubsidy;
  fiscal.insured = withRoom(fiscal.insured, firms.count);
  fiscal.regionallyListed = withRoom(fiscal.regionallyListed, firms.count);
  // Take-up is decided by the draw alone first: most firm-quarters take up nothing.
  const insureBelow = insurance.enabled ? insurance.uptakePerQuarter : 0;
  const listAtOrAbove = listing.enabled ? 1 - listing.regionalExchangePerQuarter : 2;
  if (insureBelow <= 0 && listAtOrAbove > 1) return;
  const draws = firms.fiscalDraw;
  for (let k = 0; k < liveCount; k++) {
    const firm = live[k]!;
    const u = draws[firm]!;
    if (u >= insureBelow && u < listAtOrAbove) continue;
    const stage = firms.stage[firm]!;
    if (!isLive(stage)) continue;
    if (
      insurance.enabled &&
      stage === GROWTH &&
      fiscal.insured[firm] === 0 &&
      u < insurance.uptakePerQuarter &&
      isEligibleFirm(ctx, firm, insurance)
    ) {
      // 首台(套): 80% of one year's premium, the premium rate counted up to the 3% cap (二(一)1).
      const premiumRate = Math.min(insurance.premiumRate, insurance.premiumRateCap);
      const subsidy = premiumRate * insurance.insuredValueCNY * insurance.subsidyShare;
      if (subsidy >= 0.01)
        post(ctx.ledger, quarter, ctx.treasury, ctx.firmAccount, subsidy, 'subsidy', firm);
      fiscal.insured[firm] = 1;
    }
    if (
      listing.enabled &&
      (stage === EARLY || stage === GROWTH) &&
      fiscal.regionallyListed[firm] === 0 &&
      u >= 1 - listing.regionalExchangePerQuarter &&
      isEligibleFirm(ctx, firm, listing)
    ) {
      if (listing.regionalExchangeCNY >= 0.01)
        post(
          ctx.ledger,
          quarter,
          ctx.treasury,
          ctx.firmAccount,
          listing.regionalExchangeCNY,
          'subsidy',
          firm,
        );
      fiscal.regionallyListed[firm] = 1;
    }
  }
}

/**
 * NEEQ listing subsidy (二(一)3): when an eligible firm lists on NEEQ (新三板, basic or innovation
 * tier) — a one-off CNY 100k, plus 1% of its first equity raise up to CNY 500k; the first raise
 * is the listing's share of its valuation. A listing on a stock exchange gets nothing: the clause
 * pays NEEQ and the regional exchange only.
 */
export function payListingSubsidy(ctx: ChainContext, firm: number, quarter: number): void {
  const rule = ctx.scenario.fiscal.listingSubsidy;
  if (!rule.enabled || ctx.firms.listingVenue[firm] !== NEEQ) return;
  if (!isEligibleFirm(ctx, firm, rule)) return;
  const raise = ctx.firms.exitValueCNY[firm]! * rule.ipoRaisedShare;
  const subsidy =
    rule.neeqUpfrontCNY + Math.min(rule.neeqFirstRaiseCapCNY, rule.neeqFirstRaiseShare * raise);
  if (subsidy >= 0.01)
    post(ctx.ledger, quarter, ctx.treasury, ctx.firmAccount, subsidy, 'subsidy', firm);
}
