import type { ChainContext } from '../chain/chainContext.ts';
import { allocateFen } from '../funds/allocation.ts';
import { toFen } from '../ledger/fen.ts';
import { post } from '../ledger/ledger.ts';
import { withRoom, type FiscalState } from './fiscalState.ts';

/**
 * Equity fund investment reward (二(一)4): a sub-fund that has held at least CNY 30M in one
 * in-province firm for at least two years gets, once, 1% of that investment less the guidance
 * fund's part, at most CNY 20M a fund. The clause rewards the fund "扣除政府引导基金": the reward
 * is computed on the non-government part and belongs to the non-government investors, so the fund
 * passes it at once to its private LPs and the GP's commitment, pro rata to their commitments,
 * outside the waterfall — no carry, no concession, nothing back to the guidance fund.
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
    // The typed-array tests first: most stakes are below the minimum.
    if (p.open[i] !== 1 || fiscal.rewarded[i] === 1) continue;
    if (p.costCNY[i]! < rule.minInvestmentCNY) continue;
    if (quarter - p.entryQuarter[i]! < rule.minHoldingYears * 4) continue;
    const fund = ctx.funds[p.fund[i]!]!;
    if (!fund.classAccounts) continue;
    if (ctx.firms.inProvince[p.firm[i]!] !== 1) continue;
    const due = rule.rewardShare * p.costCNY[i]! * (1 - fund.classShares[0]);
    const paid = Math.min(due, rule.capPerFundCNY - fiscal.rewardPaidCNY[fund.index]!);
    fiscal.rewarded[i] = 1;
    if (paid < 0.01) continue;
    const firm = p.firm[i]!;
    const account = ctx.fundAccount[fund.index]!;
    const rewarded = toFen(paid) / 100;
    post(ctx.ledger, quarter, ctx.treasury, account, rewarded, 'reward', firm);
    // To the non-government investors pro rata to their commitments, outside the waterfall.
    const [toPrivate, toGp] = allocateFen(rewarded, [fund.classShares[1], fund.classShares[2]]);
    const c = fund.index * 3;
    if (toPrivate! > 0)
      post(ctx.ledger, quarter, account, ctx.classAccount[c + 1]!, toPrivate!, 'reward', firm);
    if (toGp! > 0)
      post(ctx.ledger, quarter, account, ctx.classAccount[c + 2]!, toGp!, 'reward', firm);
    fiscal.rewardPaidCNY[fund.index] = fiscal.rewardPaidCNY[fund.index]! + rewarded;
  }
}
