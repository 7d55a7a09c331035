import { describe, expect, it } from 'vitest';
import { distributeProceeds } from '../../../src/engine/chain/distributions.ts';
import { chargeFees } from '../../../src/engine/chain/fees.ts';
import { sellHoldingsAtLifeEnd } from '../../../src/engine/chain/fundLifeEnd.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { findPosition } from '../../../src/engine/chain/positions.ts';
import { addFirm, chainFor, plainAngelFund, postingsOfKind, scenarioWith } from './fixture.ts';

describe('a sub-fund at the end of its life', () => {
  // A 2-year fund (1-year investment period) that takes 10% of a 50M post-money EARLY round with
  // a 5M ticket; fees 1.5% a year on cost after the investment period.
  function fundThatEnds() {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          angelFunds: [
            plainAngelFund({
              lifeYears: 2,
              stageFocus: ['EARLY'],
              ticketCNY: 5_000_000,
              fees: { investmentPeriodRatePerYear: 0, afterRatePerYear: 0.015 },
              endOfLife: { secondaryDiscountShare: 0.25 },
            }),
          ],
        },
      }),
    );
    const firm = addFirm(ctx, { stage: 2, postMoneyCNY: 50_000_000 });
    processRound(ctx, firm, 0, 10_000_000);
    return { ctx, firm };
  }

  it('sells what it holds to secondary buyers at the round price less the discount', () => {
    const { ctx, firm } = fundThatEnds();
    // By quarter 8 the firm is valued at 80M (no dilution): 10% × 80M × (1 − 25%) = 6M.
    ctx.firms.postMoneyCNY[firm] = 80_000_000;
    sellHoldingsAtLifeEnd(ctx, 7, 60);
    expect(postingsOfKind(ctx, 'secondarySale')).toEqual([]);
    sellHoldingsAtLifeEnd(ctx, 8, 60);
    expect(postingsOfKind(ctx, 'secondarySale')).toEqual([
      { quarter: 8, from: 'market', to: 'angelFund:a', amountCNY: 6_000_000, firm },
    ]);
    expect(findPosition(ctx.positions, 2, firm)).toBe(-1);
    // The cash goes out through the waterfall (no hurdle, no carry): 30% / 70%, less the
    // concession of 30% of the guidance fund's 0.3 × 1M gain on this early-stage deal (90,000).
    distributeProceeds(ctx, 8);
    expect(postingsOfKind(ctx, 'distribution').map((p) => [p.to, p.amountCNY])).toEqual([
      ['guidanceFund', 1_800_000 - 90_000],
      ['privateLP:a', 4_200_000],
    ]);
    expect(postingsOfKind(ctx, 'concession').map((p) => [p.to, p.amountCNY])).toEqual([
      ['privateLP:a', 90_000],
    ]);
  });

  it('stops charging fees when its life ends', () => {
    const { ctx } = fundThatEnds();
    // Quarter 7, after the investment period: 1.5% / 4 of the 5M cost = 18,750.
    const fundFees = () => postingsOfKind(ctx, 'fee').filter((p) => p.from === 'angelFund:a');
    chargeFees(ctx, 7);
    expect(fundFees().map((p) => p.amountCNY)).toEqual([18_750]);
    chargeFees(ctx, 8);
    expect(fundFees()).toHaveLength(1);
  });

  it('leaves its holdings to the horizon’s valuation when its life ends at the horizon', () => {
    const { ctx } = fundThatEnds();
    sellHoldingsAtLifeEnd(ctx, 8, 8);
    expect(postingsOfKind(ctx, 'secondarySale')).toEqual([]);
  });
});
