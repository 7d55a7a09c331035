import { post } from '../ledger/ledger.ts';
import type { ChainContext } from './chainContext.ts';
import { realise } from './realisation.ts';

/**
 * Funds whose life ends this quarter sell every stake they still hold to secondary buyers at the
 * latest round price less their discount; the cash goes out through the waterfall at the quarter's
 * end, and the fund closes (its fees and follow-ons stopped with its life). A life that ends at or
 * after the horizon leaves the stakes to the horizon's valuation instead.
 */
export function sellHoldingsAtLifeEnd(ctx: ChainContext, quarter: number, horizon: number): void {
  if (quarter >= horizon) return;
  const p = ctx.positions;
  for (const fund of ctx.funds) {
    if (fund.lifeEndQuarter !== quarter || fund.kind === 'guidance' || fund.kind === 'bank')
      continue;
    const account = ctx.fundAccount[fund.index]!;
    for (let i = 0; i < p.count; i++) {
      if (p.open[i] !== 1 || p.fund[i] !== fund.index) continue;
      const firm = p.firm[i]!;
      const price = p.share[i]! * ctx.firms.postMoneyCNY[firm]! * (1 - fund.secondaryDiscountShare);
      if (price >= 0.005)
        post(ctx.ledger, quarter, ctx.market, account, price, 'secondarySale', firm);
      realise(ctx, fund, i, price, p.costCNY[i]!);
      p.open[i] = 0;
      p.share[i] = 0;
      p.costCNY[i] = 0;
    }
  }
}
