import { allocateFen } from '../funds/allocation.ts';
import { concededShare, splitConcession } from '../funds/concession.ts';
import { distribute, type WaterfallSplit } from '../funds/waterfall.ts';
import { toFen } from '../ledger/fen.ts';
import { balanceCNY, post } from '../ledger/ledger.ts';
import type { ChainContext } from './chainContext.ts';
import { SEED, type Fund } from './fundBook.ts';

/**
 * End of a quarter: each sub-fund pays out the cash it realised through its waterfall, and the
 * guidance fund's gains on eligible deals are partly conceded to private LPs and the GP (让利).
 * A seed fund that is not evergreen returns its proceeds to the treasury.
 */
export function distributeProceeds(ctx: ChainContext, quarter: number): void {
  for (const fund of ctx.funds) {
    if (fund.pendingProceedsCNY <= 0 && fund.pendingDeals.length === 0) continue;
    const account = ctx.fundAccount[fund.index]!;
    const cash = balanceCNY(ctx.ledger, account);
    if (fund.index === SEED) {
      if (!ctx.scenario.funds.seedFund.evergreen && cash >= 0.01)
        post(ctx.ledger, quarter, account, ctx.treasury, cash, 'distribution');
    } else if (fund.classAccounts && cash >= 0.01) {
      if (fund.waterfallType === 'dealByDeal') distributeByDeal(ctx, fund, quarter, cash);
      else {
        const split = distribute(fund.waterfall, cash, quarter, fund.waterfallTerms);
        payOut(ctx, fund, quarter, cash, split, concededShare(fund.attribution));
      }
    }
    fund.pendingProceedsCNY = 0;
    fund.pendingDeals.length = 0;
  }
}

/** Deal by deal: each realised deal runs its own waterfall; its concession rate is its own. */
function distributeByDeal(ctx: ChainContext, fund: Fund, quarter: number, cashCNY: number): void {
  const totalProceeds = fund.pendingDeals.reduce((sum, d) => sum + d.proceedsCNY, 0);
  // Cash beyond the deals' proceeds (an investment reward) belongs to no deal: pro rata to all.
  const extra = toFen(Math.max(0, cashCNY - totalProceeds)) / 100;
  if (extra >= 0.01) {
    const parts = allocateFen(extra, fund.classShares);
    parts.forEach((part, c) => {
      if (part >= 0.01)
        post(
          ctx.ledger,
          quarter,
          ctx.fundAccount[fund.index]!,
          ctx.classAccount[fund.index * 3 + c]!,
          part,
          'distribution',
        );
    });
  }
  const dealCash = (toFen(cashCNY) - toFen(extra)) / 100;
  // Deals that realised nothing (write-offs) pay nothing; with no proceeds at all, no deal pays.
  if (!(totalProceeds > 0) || dealCash < 0.01) return;
  let left = dealCash;
  fund.pendingDeals.forEach((deal, k) => {
    // Fees netted from proceeds reduce every deal's payout pro rata.
    const isLast = k === fund.pendingDeals.length - 1;
    const amount = isLast ? left : Math.min(left, (dealCash * deal.proceedsCNY) / totalProceeds);
    const rounded = isLast ? amount : toFen(amount) / 100;
    left -= rounded;
    const account = fund.dealWaterfalls.get(deal.position);
    if (!account || rounded < 0.01) return;
    const split = distribute(account, rounded, quarter, fund.waterfallTerms);
    payOut(ctx, fund, quarter, rounded, split, ctx.positions.concessionRate[deal.position]!);
  });
}

/**
 * Posts one waterfall payout of `amountCNY` (whole fen): carry to the GP; the LP part pro rata to
 * commitments; then the conceded part of the guidance fund's profit moved to private LPs and GP.
 */
function payOut(
  ctx: ChainContext,
  fund: Fund,
  quarter: number,
  amountCNY: number,
  split: WaterfallSplit,
  concessionShare: number,
): void {
  const account = ctx.fundAccount[fund.index]!;
  const carry = Math.min(amountCNY, toFen(split.toGpCNY) / 100);
  const toLPs = (toFen(amountCNY) - toFen(carry)) / 100;
  const [guidancePart, privatePart, gpPart] = allocateFen(toLPs, fund.classShares) as [
    number,
    number,
    number,
  ];
  const guidanceProfit = split.lpProfitCNY * fund.classShares[0];
  const conceded = Math.min(guidancePart, toFen(guidanceProfit * concessionShare) / 100);
  const { toPrivateLPsCNY, toGpCNY } = splitConcession(conceded, ctx.scenario.concession.toGpShare);
  const c = fund.index * 3;
  const pay = (to: number, amount: number, kind: 'distribution' | 'carry' | 'concession') => {
    if (amount >= 0.01) post(ctx.ledger, quarter, account, to, amount, kind);
  };
  pay(ctx.classAccount[c]!, (toFen(guidancePart) - toFen(conceded)) / 100, 'distribution');
  pay(ctx.classAccount[c + 1]!, privatePart, 'distribution');
  pay(ctx.classAccount[c + 2]!, gpPart, 'distribution');
  pay(ctx.classAccount[c + 2]!, carry, 'carry');
  pay(ctx.classAccount[c + 1]!, toPrivateLPsCNY, 'concession');
  pay(ctx.classAccount[c + 2]!, toGpCNY, 'concession');
}
