import type { ChainContext } from '../chain/chainContext.ts';
import { post } from '../ledger/ledger.ts';
import { withRoom, type FiscalState } from './fiscalState.ts';

/**
 * Equity fund investment reward (二(一)4): a sub-fund that has held at least CNY 30M in one
 * in-province firm for at least two years gets, once, 1% of that investment less the guidance
 * fund's part, at most CNY 20M a fund. The reward is fund income, paid out with its proceeds.
 */
export function payInvestmentRewards(
  ctx: ChainContext,
  fiscal: FiscalState,
  quarter: number,
): void {
  const rule = ctx.scenario.fiscal.investmentReward;
  if (!rule.enabled) return;
  const p = ctx.positions;
  fiscal.rewarded = withRoom(fiscal.rewarded, p.count);
  for (let i = 0; i < p.count; i++) {
    if (p.open[i] !== 1 || fiscal.rewarded[i] === 1) continue;
    const fund = ctx.funds[p.fund[i]!]!;
    if (!fund.classAccounts) continue;
    if (p.costCNY[i]! < rule.minInvestmentCNY) continue;
    if (quarter - p.entryQuarter[i]! < rule.minHoldingYears * 4) continue;
    if (ctx.firms.inProvince[p.firm[i]!] !== 1) continue;
    const due = rule.rewardShare * p.costCNY[i]! * (1 - fund.classShares[0]);
    const paid = Math.min(due, rule.capPerFundCNY - fiscal.rewardPaidCNY[fund.index]!);
    fiscal.rewarded[i] = 1;
    if (paid < 0.01) continue;
    post(
      ctx.ledger,
      quarter,
      ctx.treasury,
      ctx.fundAccount[fund.index]!,
      paid,
      'reward',
      p.firm[i]!,
    );
    fiscal.rewardPaidCNY[fund.index] = fiscal.rewardPaidCNY[fund.index]! + paid;
    fund.pendingProceedsCNY += paid;
  }
}
