import { describe, expect, it } from 'vitest';
import { SEED } from '../../../src/engine/chain/fundBook.ts';
import { createFirstInvestors, findFirstInvestors } from '../../../src/engine/chain/investing.ts';
import { STAGE_COUNT } from '../../../src/engine/firms/stageCode.ts';
import { chainFor, plainAngelFund, scenarioWith } from './fixture.ts';

/** A seed fund at POC and an angel sub-fund at ANGEL, both open from quarter 0. */
function chainWithSeedAndAngel(evergreen: boolean) {
  return chainFor(
    scenarioWith({
      funds: {
        seedFund: { enabled: true, ticketCNY: 500_000, minPoints: 10, evergreen },
        angelFunds: [
          plainAngelFund({ ticketCNY: 2_000_000, stageFocus: ['ANGEL'], minPoints: 30 }),
        ],
      },
    }),
  );
}

const idsAt = (investors: ReturnType<typeof createFirstInvestors>, stage: number) =>
  investors.funds[stage]!.map((fund) => fund.id);

describe('a quarter’s first investors', () => {
  it('are the funds open at each stage, with the lowest points they ask', () => {
    const ctx = chainWithSeedAndAngel(false);
    const investors = createFirstInvestors(STAGE_COUNT);
    findFirstInvestors(ctx, 0, investors);
    expect(idsAt(investors, 0)).toEqual(['seed']);
    expect(idsAt(investors, 1)).toEqual(['a']);
    expect([...investors.floorPoints.subarray(0, 4)]).toEqual([10, 30, Infinity, Infinity]);
  });

  it('leave out a fund without a minimum ticket (a tenth of its ticket) left in its budget', () => {
    const ctx = chainWithSeedAndAngel(false);
    const angel = ctx.funds.find((fund) => fund.id === 'a')!;
    const investors = createFirstInvestors(STAGE_COUNT);
    // In its last quarter (3 of a one-year period) pacing allows the whole budget; 200,000 left of
    // a 2M ticket is exactly a minimum ticket: still listed.
    angel.firstInvestedCNY = angel.firstBudgetCNY - 200_000;
    findFirstInvestors(ctx, 3, investors);
    expect(idsAt(investors, 1)).toEqual(['a']);
    angel.firstInvestedCNY = angel.firstBudgetCNY - 199_999;
    findFirstInvestors(ctx, 3, investors);
    expect(idsAt(investors, 1)).toEqual([]);
    expect(investors.floorPoints[1]).toBe(Infinity);
  });

  it('leave out a fund ahead of its pace: in quarter 0 a quarter of a year’s budget, × 1.25', () => {
    const ctx = chainWithSeedAndAngel(false);
    const angel = ctx.funds.find((fund) => fund.id === 'a')!;
    const investors = createFirstInvestors(STAGE_COUNT);
    // 100M over four quarters: 31.25M may go out by the end of quarter 0.
    angel.firstInvestedCNY = 31_250_000 - 200_000;
    findFirstInvestors(ctx, 0, investors);
    expect(idsAt(investors, 1)).toEqual(['a']);
    angel.firstInvestedCNY = 31_250_000 - 199_999;
    findFirstInvestors(ctx, 0, investors);
    expect(idsAt(investors, 1)).toEqual([]);
    // A quarter later the pace allows more: listed again.
    findFirstInvestors(ctx, 1, investors);
    expect(idsAt(investors, 1)).toEqual(['a']);
  });

  it('keep an evergreen seed fund whose budget is spent: transfer proceeds refill it within the quarter', () => {
    for (const evergreen of [false, true]) {
      const ctx = chainWithSeedAndAngel(evergreen);
      const seed = ctx.funds[SEED]!;
      seed.firstInvestedCNY = seed.firstBudgetCNY;
      const investors = createFirstInvestors(STAGE_COUNT);
      findFirstInvestors(ctx, 0, investors);
      expect(idsAt(investors, 0)).toEqual(evergreen ? ['seed'] : []);
    }
  });
});
