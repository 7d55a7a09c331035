import { describe, expect, it } from 'vitest';
import { GUIDANCE } from '../../../src/engine/chain/fundBook.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { findPosition, openPosition } from '../../../src/engine/chain/positions.ts';
import { EARLY } from '../../../src/engine/firms/stageCode.ts';
import { createFiscalState } from '../../../src/engine/fiscal/fiscalState.ts';
import { payInvestmentRewards } from '../../../src/engine/fiscal/investmentReward.ts';
import {
  addFirm,
  chainFor,
  plainAngelFund,
  postingsOfKind,
  scenarioWith,
} from '../chain/fixture.ts';

/**
 * Two angel sub-funds with no fees: 'a' is 30% guidance fund, 'b' 50%. The reward (二(一)4) is
 * 1% of an investment of at least CNY 30M in one in-province firm held at least two years, less
 * the guidance fund's part, at most CNY 20M a fund, paid once.
 */
function rewardChain() {
  const ctx = chainFor(
    scenarioWith({
      funds: {
        angelFunds: [
          plainAngelFund({
            commitmentCNY: 300_000_000,
            ticketCNY: 30_000_000,
            stageFocus: ['EARLY'],
          }),
          plainAngelFund({ id: 'b', commitmentCNY: 300_000_000, guidanceFundShare: 0.5 }),
        ],
      },
    }),
  );
  const fiscal = createFiscalState(ctx.funds.length);
  const fundIndex = (id: string) => ctx.funds.find((f) => f.id === id)!.index;
  /** A stake of `costCNY` in a new firm, opened by hand in `quarter`. */
  const stake = (id: string, costCNY: number, quarter: number, inProvince = true) => {
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 10 * costCNY, inProvince });
    openPosition(ctx.positions, fundIndex(id), firm, 0.1, costCNY, EARLY, quarter, 0);
    return firm;
  };
  const pay = (from: number, to: number) => {
    for (let t = from; t <= to; t++) payInvestmentRewards(ctx, fiscal, t);
  };
  /** The treasury's reward payments to funds (each is passed on at once to the fund's investors). */
  const rewards = () =>
    postingsOfKind(ctx, 'reward')
      .filter((p) => p.from === 'treasury')
      .map((p) => [p.quarter, p.to, p.amountCNY, p.firm]);
  return { ctx, fiscal, fundIndex, stake, pay, rewards };
}

describe('equity fund investment reward (股权投资基金奖励)', () => {
  it('pays 1% of the non-government part of a 30M stake once it has been held two years, once', () => {
    const { ctx, fundIndex, pay, rewards } = rewardChain();
    // A 30M ticket into a 300M post-money EARLY round in quarter 0.
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 300_000_000 });
    processRound(ctx, firm, 0, 60_000_000);
    const position = findPosition(ctx.positions, fundIndex('a'), firm);
    expect(ctx.positions.costCNY[position]).toBe(30_000_000);
    // Held 7 quarters: nothing. Held 8: 1% × 30M × (1 − 30%) = 210,000, from the treasury to the
    // fund. Later quarters: nothing more.
    pay(1, 7);
    expect(rewards()).toEqual([]);
    pay(8, 16);
    expect(rewards()).toEqual([[8, 'angelFund:a', 210_000, firm]]);
  });

  it('passes the reward straight to the fund’s non-government investors, outside the waterfall', () => {
    const { ctx, fundIndex, pay } = rewardChain();
    // Fund a with a 1% GP commitment: 30% guidance fund, 69% private LPs, 1% GP.
    const fund = ctx.funds[fundIndex('a')]!;
    fund.classShares = [0.3, 0.69, 0.01];
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 300_000_000 });
    processRound(ctx, firm, 0, 60_000_000);
    pay(8, 8);
    // 1% × 30M × (1 − 30%) = 210,000, split 69 : 1 → 207,000 to private LPs, 3,000 to the GP; the
    // guidance fund gets none of it, and nothing waits for the waterfall (no carry, no 让利).
    expect(postingsOfKind(ctx, 'reward').map((p) => [p.from, p.to, p.amountCNY])).toEqual([
      ['treasury', 'angelFund:a', 210_000],
      ['angelFund:a', 'privateLP:a', 207_000],
      ['angelFund:a', 'gp:a', 3_000],
    ]);
    expect(fund.pendingProceedsCNY).toBe(0);
    expect(postingsOfKind(ctx, 'distribution')).toEqual([]);
  });

  it('pays nothing below CNY 30M in one firm', () => {
    const { stake, pay, rewards } = rewardChain();
    stake('a', 29_999_999.99, 0);
    pay(0, 16);
    expect(rewards()).toEqual([]);
  });

  it('pays nothing on an out-of-province firm', () => {
    const { stake, pay, rewards } = rewardChain();
    stake('a', 100_000_000, 0, false);
    pay(0, 16);
    expect(rewards()).toEqual([]);
  });

  it('pays nothing to a fund without outside investors (the guidance fund itself)', () => {
    const { ctx, pay, rewards } = rewardChain();
    const firm = addFirm(ctx, { stage: EARLY, postMoneyCNY: 1e9 });
    openPosition(ctx.positions, GUIDANCE, firm, 0.1, 100_000_000, EARLY, 0, 0);
    pay(0, 16);
    expect(rewards()).toEqual([]);
  });

  it('takes out the guidance fund’s share of each fund', () => {
    // Fund b is half guidance fund: 1% × 40M × 50% = 200,000.
    const { stake, pay, rewards } = rewardChain();
    const firm = stake('b', 40_000_000, 2);
    pay(2, 10);
    expect(rewards()).toEqual([[10, 'angelFund:b', 200_000, firm]]);
  });

  it('caps a fund at CNY 20M over all its positions, and the cap is per fund', () => {
    // Fund a: four 1 billion stakes earn 7M each (1% × 1bn × 70%): 7M + 7M + 6M, then nothing.
    // Fund b's 1 billion stake still earns its 5M.
    const { fiscal, fundIndex, stake, pay, rewards } = rewardChain();
    const a = [0, 0, 0, 1].map((quarter) => stake('a', 1e9, quarter));
    const b = stake('b', 1e9, 1);
    pay(0, 20);
    expect(rewards()).toEqual([
      [8, 'angelFund:a', 7_000_000, a[0]],
      [8, 'angelFund:a', 7_000_000, a[1]],
      [8, 'angelFund:a', 6_000_000, a[2]],
      [9, 'angelFund:b', 5_000_000, b],
    ]);
    expect(fiscal.rewardPaidCNY[fundIndex('a')]).toBe(20_000_000);
  });
});
