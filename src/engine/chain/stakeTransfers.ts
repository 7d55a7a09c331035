import { LIVE_STAGE_CODES } from '../firms/stageCode.ts';
import { transferPriceCNY } from '../funds/transferPricing.ts';
import { contribute } from '../funds/waterfall.ts';
import { post } from '../ledger/ledger.ts';
import { payFromFund, uncalledCNY } from './capital.ts';
import type { ChainContext } from './chainContext.ts';
import { GUIDANCE, SEED, type Fund } from './fundBook.ts';
import { ensureGuidanceCash } from './guidanceBudget.ts';
import { openFundPosition, paceAllowanceCNY } from './investing.ts';
import { findPosition } from './positions.ts';
import { realise } from './realisation.ts';

/**
 * A seed-fund project that has just graduated to ANGEL is pushed to an angel sub-fund, which buys
 * the seed fund's whole stake at the scenario's market-based price (Hebei plan 二(二)1). The buyer
 * is the angel sub-fund, still investing, with the most budget left that can pay; if none can,
 * the seed fund keeps the stake.
 */
export function transferSeedStake(ctx: ChainContext, firm: number, quarter: number): void {
  const p = ctx.positions;
  const seedPosition = findPosition(p, SEED, firm);
  if (seedPosition < 0) return;
  const price = transferPriceCNY(
    ctx.scenario.funds.seedFund.transferPricing,
    {
      costCNY: p.costCNY[seedPosition]!,
      heldQuarters: quarter - p.entryQuarter[seedPosition]!,
      ownershipShare: p.share[seedPosition]!,
      latestPostMoneyCNY: ctx.firms.postMoneyCNY[firm]!,
    },
    1,
  );
  let buyer: Fund | undefined;
  for (const fund of ctx.funds) {
    if (fund.kind !== 'angel' || quarter < fund.vintageQuarter) continue;
    if (quarter >= fund.investmentEndQuarter || uncalledCNY(fund) < price) continue;
    if (fund.firstBudgetCNY - fund.firstInvestedCNY < price) continue;
    if (!buyer || room(fund, quarter) > room(buyer, quarter)) buyer = fund;
  }
  if (!buyer) return;
  if (!payFromFund(ctx, buyer, quarter, ctx.fundAccount[SEED]!, price, 'stakeTransfer', firm))
    return;
  const share = p.share[seedPosition]!;
  realise(ctx, ctx.funds[SEED]!, seedPosition, price, p.costCNY[seedPosition]!);
  p.open[seedPosition] = 0;
  addToStake(ctx, buyer, firm, share, price, quarter);
}

function room(fund: Fund, quarter: number): number {
  return Math.min(
    fund.firstBudgetCNY - fund.firstInvestedCNY,
    paceAllowanceCNY(fund, quarter) + fund.ticketCNY,
  );
}

/**
 * When a firm held by an angel sub-fund reaches the trigger stage, the sub-fund sells the set
 * share of its stake to the guidance fund at the scenario's market-based price (Hebei plan
 * 二(二)2), while the guidance fund's purchase budget and capital last; a sale they cannot
 * cover is refused and counted.
 */
export function transferAngelStakes(ctx: ChainContext, firm: number, quarter: number): void {
  const p = ctx.positions;
  const guidance = ctx.funds[GUIDANCE]!;
  for (let i = p.firmHead[firm]!; i >= 0; i = p.nextOfFirm[i]!) {
    if (p.open[i] !== 1) continue;
    const seller = ctx.funds[p.fund[i]!]!;
    if (seller.kind !== 'angel') continue;
    const sale = seller.saleToGuidance;
    if (!sale || !sale.enabled || sale.shareSold <= 0) continue;
    if (ctx.firms.stage[firm] !== LIVE_STAGE_CODES[sale.trigger]) continue;
    const price = transferPriceCNY(
      sale.pricing,
      {
        costCNY: p.costCNY[i]!,
        heldQuarters: quarter - p.entryQuarter[i]!,
        ownershipShare: p.share[i]!,
        latestPostMoneyCNY: ctx.firms.postMoneyCNY[firm]!,
      },
      sale.shareSold,
    );
    if (price < 0.01) continue;
    // A purchase beyond the stake-purchase budget, or beyond the capital, is refused: counted.
    const withinBudget = guidance.firstBudgetCNY - guidance.firstInvestedCNY >= price;
    if (!withinBudget || !ensureGuidanceCash(ctx, quarter, price)) {
      ctx.guidanceBudget.purchasesRefused++;
      ctx.guidanceBudget.purchasesRefusedCNY += price;
      continue;
    }
    post(
      ctx.ledger,
      quarter,
      ctx.fundAccount[GUIDANCE]!,
      ctx.fundAccount[seller.index]!,
      price,
      'stakeTransfer',
      firm,
    );
    const soldShare = p.share[i]! * sale.shareSold;
    const soldCost = p.costCNY[i]! * sale.shareSold;
    realise(ctx, seller, i, price, soldCost);
    p.share[i] = p.share[i]! - soldShare;
    p.costCNY[i] = p.costCNY[i]! - soldCost;
    addToStake(ctx, guidance, firm, soldShare, price, quarter);
  }
}

/** A bought stake joins the buyer's position in the firm, or opens one. */
function addToStake(
  ctx: ChainContext,
  buyer: Fund,
  firm: number,
  share: number,
  priceCNY: number,
  quarter: number,
): void {
  const p = ctx.positions;
  const held = findPosition(p, buyer.index, firm);
  if (held < 0) {
    openFundPosition(ctx, buyer, firm, share, priceCNY, quarter);
    return;
  }
  p.share[held] = p.share[held]! + share;
  p.costCNY[held] = p.costCNY[held]! + priceCNY;
  buyer.firstInvestedCNY += priceCNY;
  buyer.heldCostCNY += priceCNY;
  if (ctx.firms.inProvince[firm] === 1) buyer.inProvinceInvestedCNY += priceCNY;
  const deal = buyer.dealWaterfalls.get(held);
  if (deal) contribute(deal, priceCNY, quarter, buyer.waterfallTerms);
}
