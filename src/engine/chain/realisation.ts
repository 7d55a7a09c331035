import { recordRealisedGain } from '../funds/concession.ts';
import { post } from '../ledger/ledger.ts';
import type { PostingKind } from '../ledger/postingKind.ts';
import type { ChainContext } from './chainContext.ts';
import { SEED, type Fund } from './fundBook.ts';

/**
 * A fund turns part of a stake into cash (an exit, a sale to another fund, a write-off or the
 * horizon's valuation): the proceeds wait for the quarter's distribution, and the gain is recorded
 * for the attribution of the concession.
 */
export function realise(
  ctx: ChainContext,
  fund: Fund,
  position: number,
  proceedsCNY: number,
  costCNY: number,
): void {
  fund.heldCostCNY = Math.max(0, fund.heldCostCNY - costCNY);
  fund.pendingProceedsCNY += proceedsCNY;
  if (fund.waterfallType === 'dealByDeal' && fund.classAccounts)
    fund.pendingDeals.push({ position, proceedsCNY });
  recordRealisedGain(
    fund.attribution,
    proceedsCNY - costCNY,
    ctx.positions.concessionRate[position]!,
  );
  // An evergreen seed fund invests its transfer proceeds again (Hebei plan 二(二)1 leaves it open).
  if (recyclesWithinQuarter(ctx, fund)) fund.firstBudgetCNY += proceedsCNY;
}

/** Whether `fund`'s first-investment budget grows with its proceeds, within the quarter they come. */
export function recyclesWithinQuarter(ctx: ChainContext, fund: Fund): boolean {
  return fund.index === SEED && ctx.scenario.funds.seedFund.evergreen;
}

/**
 * Every fund holding `firm` sells (or loses) its whole stake at `valueCNY` for the firm: an IPO
 * or trade sale (the market pays), a failure (value 0), or the horizon's residual valuation.
 */
export function settleWholeFirm(
  ctx: ChainContext,
  firm: number,
  quarter: number,
  valueCNY: number,
  kind: PostingKind,
): void {
  const p = ctx.positions;
  if (firm >= p.firmHead.length) return;
  for (let i = p.firmHead[firm]!; i >= 0; i = p.nextOfFirm[i]!) {
    if (p.open[i] !== 1) continue;
    const fund = ctx.funds[p.fund[i]!]!;
    const proceeds = p.share[i]! * valueCNY;
    if (proceeds >= 0.005)
      post(ctx.ledger, quarter, ctx.market, ctx.fundAccount[fund.index]!, proceeds, kind, firm);
    realise(ctx, fund, i, proceeds, p.costCNY[i]!);
    p.open[i] = 0;
    p.share[i] = 0;
    p.costCNY[i] = 0;
  }
}
