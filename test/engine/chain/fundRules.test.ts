import { describe, expect, it } from 'vitest';
import { payFromFund } from '../../../src/engine/chain/capital.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { findPosition, fundOwnershipOf } from '../../../src/engine/chain/positions.ts';
import { LedgerError, post } from '../../../src/engine/index.ts';
import {
  addFirm,
  chainFor,
  graduate,
  plainAngelFund,
  postingsOfKind,
  scenarioWith,
} from './fixture.ts';

describe('dilution', () => {
  it('dilutes a 20% holder across three rounds by (1 − raised share) each time', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: { angelFunds: [plainAngelFund({ ticketCNY: 2_000_000, stageFocus: ['POC'] })] },
      }),
    );
    // 2M for 20% of a 10M post-money round.
    const firm = addFirm(ctx, { stage: 0, postMoneyCNY: 10_000_000 });
    processRound(ctx, firm, 0, 2_000_000);
    const position = findPosition(ctx.positions, 2, firm);
    expect(ctx.positions.share[position]).toBeCloseTo(0.2, 12);
    // Rounds raising 20%, 25% and 10% of post-money: 0.2 × 0.8 × 0.75 × 0.9 = 0.108.
    const rounds: Array<[number, number, number]> = [
      [4, 2, 0.2],
      [8, 3, 0.25],
      [12, 1.5, 0.1],
    ];
    const expectedShares = [0.16, 0.12, 0.108];
    // Post-money: 10M×2/0.8 = 25M; 25M×3/0.75 = 100M; 100M×1.5/0.9 = 166.67M.
    const expectedPost = [25_000_000, 100_000_000, 166_666_666.67];
    rounds.forEach(([quarter, stepUp, raised], k) => {
      processRound(ctx, firm, quarter, graduate(ctx, firm, quarter, stepUp, raised));
      expect(ctx.positions.share[position]).toBeCloseTo(expectedShares[k]!, 12);
      expect(ctx.firms.postMoneyCNY[firm]).toBeCloseTo(expectedPost[k]!, 1);
    });
    // No follow-on reserve: the fund's cost stays 2M; outside investors bought the new shares.
    expect(ctx.positions.costCNY[position]).toBe(2_000_000);
    expect(postingsOfKind(ctx, 'roundCoInvestment').map((p) => p.amountCNY)).toEqual([
      5_000_000, 25_000_000, 16_666_666.67,
    ]);
  });

  it('lets a holder with a reserve follow on pro rata and keep its share', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          angelFunds: [
            plainAngelFund({
              ticketCNY: 2_000_000,
              stageFocus: ['POC'],
              followOnReserveShare: 0.5,
            }),
          ],
        },
      }),
    );
    const firm = addFirm(ctx, { stage: 0, postMoneyCNY: 10_000_000 });
    processRound(ctx, firm, 0, 2_000_000);
    // Round of 5M new money at 25M post: following on 20% × 5M = 1M keeps 20%.
    processRound(ctx, firm, 4, graduate(ctx, firm, 4, 2, 0.2));
    const position = findPosition(ctx.positions, 2, firm);
    expect(ctx.positions.share[position]).toBeCloseTo(0.2, 12);
    expect(ctx.positions.costCNY[position]).toBeCloseTo(3_000_000, 6);
    expect(fundOwnershipOf(ctx.positions, firm)).toBeLessThanOrEqual(1);
  });
});

describe('a fund may not spend more than it has called', () => {
  it('stops investing when its commitment is drawn', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          angelFunds: [
            plainAngelFund({
              commitmentCNY: 10_000_000,
              ticketCNY: 6_000_000,
              ownershipCapShare: 1,
              investmentPeriodYears: 1,
              lifeYears: 2,
            }),
          ],
        },
      }),
    );
    const firms = [0, 1, 2].map(() =>
      addFirm(ctx, { stage: 1, postMoneyCNY: 100_000_000, quarter: 3 }),
    );
    for (const firm of firms) processRound(ctx, firm, 3, 20_000_000);
    // 6M, then the 4M left, then nothing.
    expect(postingsOfKind(ctx, 'investment').map((p) => p.amountCNY)).toEqual([
      6_000_000, 4_000_000,
    ]);
    const fund = ctx.funds[2]!;
    expect(fund.calledFen).toBe(1_000_000_000);
    expect(payFromFund(ctx, fund, 3, ctx.firmAccount, 1, 'investment', firms[2])).toBe(false);
    // And the ledger itself refuses to let a fund pay out money it does not have.
    expect(() =>
      post(ctx.ledger, 3, ctx.fundAccount[2]!, ctx.firmAccount, 1, 'investment'),
    ).toThrow(LedgerError);
  });
});
