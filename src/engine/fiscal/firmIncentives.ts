import type { ChainContext } from '../chain/chainContext.ts';
import { NEEQ } from '../firms/firmTable.ts';
import { EARLY, GROWTH } from '../firms/stageCode.ts';
import { DRAW } from '../random/counterDraws.ts';
import { post } from '../ledger/ledger.ts';
import { isEligibleFirm } from './eligibility.ts';
import { geometricWait, waitAtLeastCutoff } from '../random/geometricWait.ts';
import { NOT_SCHEDULED, scheduleWithRoom, TAKEN_UP, type FiscalState } from './fiscalState.ts';
import { visitLater } from './incentiveVisits.ts';

/**
 * This quarter's take-up of the firm-level incentives: first-set equipment insurance (GROWTH
 * firms, once, with probability `uptakePerQuarter` a quarter) and a regional equity exchange
 * listing (EARLY/GROWTH firms, once, `regionalExchangePerQuarter` a quarter); each paid only to the
 * firms its eligibility admits (in-province and industries: 二(一)1 is for the province's
 * equipment makers). The first quarter a firm is at a stage an incentive is for, its own number
 * for that incentive (common random numbers) fixes the quarter it takes it up, a geometric wait:
 * the same chance every quarter as a fresh draw each quarter, drawn once. `live` lists the firms
 * to look at, in firm order: in the trial only those with something to do (incentiveVisits.ts).
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
  const insure = insurance.enabled && insurance.uptakePerQuarter > 0;
  const list = listing.enabled && listing.regionalExchangePerQuarter > 0;
  if (!insure && !list) return;
  fiscal.insuranceQuarter = scheduleWithRoom(fiscal.insuranceQuarter, firms.count);
  fiscal.regionalListingQuarter = scheduleWithRoom(fiscal.regionalListingQuarter, firms.count);
  const { insuranceQuarter, regionalListingQuarter } = fiscal;
  // A number at or above these waits past the horizon: never taken up, no logarithm needed.
  const quartersLeft = scenario.simulation.years * 4 - quarter;
  const insuranceNever = waitAtLeastCutoff(insurance.uptakePerQuarter, quartersLeft);
  const listingNever = waitAtLeastCutoff(listing.regionalExchangePerQuarter, quartersLeft);
  for (let k = 0; k < liveCount; k++) {
    const firm = live[k]!;
    const stage = firms.stage[firm]!;
    if (stage !== EARLY && stage !== GROWTH) continue;
    if (insure && stage === GROWTH) {
      let due = insuranceQuarter[firm]!;
      if (due === NOT_SCHEDULED)
        due = insuranceQuarter[firm] = takeUpQuarter(
          ctx,
          fiscal,
          firm,
          quarter,
          DRAW.fiscal,
          insurance.uptakePerQuarter,
          insuranceNever,
        );
      if (due === quarter) {
        insuranceQuarter[firm] = TAKEN_UP;
        if (isEligibleFirm(ctx, firm, insurance)) {
          // 首台(套): 80% of one year's premium, the premium rate counted up to the 3% cap (二(一)1).
          const premiumRate = Math.min(insurance.premiumRate, insurance.premiumRateCap);
          const subsidy = premiumRate * insurance.insuredValueCNY * insurance.subsidyShare;
          if (subsidy >= 0.01)
            post(ctx.ledger, quarter, ctx.treasury, ctx.firmAccount, subsidy, 'subsidy', firm);
        }
      }
    }
    if (list) {
      let due = regionalListingQuarter[firm]!;
      if (due === NOT_SCHEDULED)
        due = regionalListingQuarter[firm] = takeUpQuarter(
          ctx,
          fiscal,
          firm,
          quarter,
          DRAW.listing,
          listing.regionalExchangePerQuarter,
          listingNever,
        );
      if (due === quarter) {
        regionalListingQuarter[firm] = TAKEN_UP;
        if (isEligibleFirm(ctx, firm, listing) && listing.regionalExchangeCNY >= 0.01)
          post(
            ctx.ledger,
            quarter,
            ctx.treasury,
            ctx.firmAccount,
            listing.regionalExchangeCNY,
            'subsidy',
            firm,
          );
      }
    }
  }
}

/**
 * The quarter a firm first offered an incentive in `quarter` takes it up (TAKEN_UP: never); a
 * later quarter brings the firm back to payFirmIncentives then (incentiveVisits.ts). A number at
 * or above `neverCutoff` (waitAtLeastCutoff to the horizon) waits past the horizon.
 */
function takeUpQuarter(
  ctx: ChainContext,
  fiscal: FiscalState,
  firm: number,
  quarter: number,
  purpose: number,
  perQuarter: number,
  neverCutoff: number,
): number {
  const u = ctx.drawUniform(firm, quarter, purpose);
  if (u >= neverCutoff) return TAKEN_UP;
  const due = quarter + geometricWait(u, perQuarter);
  if (due >= ctx.scenario.simulation.years * 4) return TAKEN_UP;
  if (due > quarter) visitLater(fiscal, firm, due);
  return due;
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
