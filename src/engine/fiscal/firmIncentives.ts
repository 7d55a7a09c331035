import type { ChainContext } from '../chain/chainContext.ts';
import { EARLY, GROWTH, isLive } from '../firms/stageCode.ts';
import { post } from '../ledger/ledger.ts';
import { withRoom, type FiscalState } from './fiscalState.ts';

/**
 * This quarter's take-up of the firm-level incentives, decided by each live firm's own fiscal
 * draw u (so they share common random numbers across scenarios): first-set equipment insurance
 * when u < uptake (GROWTH firms, once), a regional equity exchange listing when u ≥ 1 − p
 * (in-province EARLY/GROWTH firms, once).
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
      u < insurance.uptakePerQuarter
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
      firms.inProvince[firm] === 1 &&
      fiscal.regionallyListed[firm] === 0 &&
      u >= 1 - listing.regionalExchangePerQuarter
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
 * Listing subsidy when an in-province firm lists (二(一)3): a one-off CNY 100k, plus 1% of its
 * first equity raise up to CNY 500k. The first raise is the listing's share of its valuation.
 */
export function payListingSubsidy(ctx: ChainContext, firm: number, quarter: number): void {
  const rule = ctx.scenario.fiscal.listingSubsidy;
  if (!rule.enabled || ctx.firms.inProvince[firm] !== 1) return;
  const raise = ctx.firms.exitValueCNY[firm]! * rule.ipoRaisedShare;
  const subsidy =
    rule.neeqUpfrontCNY + Math.min(rule.neeqFirstRaiseCapCNY, rule.neeqFirstRaiseShare * raise);
  if (subsidy >= 0.01)
    post(ctx.ledger, quarter, ctx.treasury, ctx.firmAccount, subsidy, 'subsidy', firm);
}
