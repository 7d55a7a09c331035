import { balanceCNY, post } from '../ledger/ledger.ts';
import { callCapital, uncalledCNY } from './capital.ts';
import type { ChainContext } from './chainContext.ts';
import { GUIDANCE } from './fundBook.ts';
import { ensureGuidanceCash } from './guidanceBudget.ts';

/**
 * Quarterly management fees: a sub-fund pays its GP a rate on commitments during the investment
 * period and on the cost of stakes still held after it, until the end of its life. Fees are
 * called from investors; once commitments are drawn they come out of proceeds, and what neither
 * covers is waived. The guidance fund's manager is paid on its capital from the treasury.
 */
export function chargeFees(ctx: ChainContext, quarter: number): void {
  for (const fund of ctx.funds) {
    if (fund.index === GUIDANCE) {
      const fee = (fund.commitmentCNY * fund.feeInvestmentPeriodRatePerYear) / 4;
      if (fee < 0.01) continue;
      if (!ensureGuidanceCash(ctx, quarter, fee)) continue;
      post(ctx.ledger, quarter, ctx.fundAccount[GUIDANCE]!, ctx.guidanceManager, fee, 'fee');
      continue;
    }
    if (!fund.classAccounts) continue;
    if (quarter < fund.vintageQuarter || quarter >= fund.lifeEndQuarter) continue;
    const fee =
      quarter < fund.investmentEndQuarter
        ? (fund.commitmentCNY * fund.feeInvestmentPeriodRatePerYear) / 4
        : (fund.heldCostCNY * fund.feeAfterRatePerYear) / 4;
    if (fee < 0.01) continue;
    const called = callCapital(ctx, fund, quarter, Math.min(fee, uncalledCNY(fund)));
    const account = ctx.fundAccount[fund.index]!;
    const fromProceeds = Math.min(fee - called, fund.pendingProceedsCNY);
    fund.pendingProceedsCNY -= Math.max(0, fromProceeds);
    const paid = Math.min(called + Math.max(0, fromProceeds), balanceCNY(ctx.ledger, account));
    if (paid >= 0.01)
      post(ctx.ledger, quarter, account, ctx.classAccount[fund.index * 3 + 2]!, paid, 'fee');
  }
}
