import { describe, expect, it } from 'vitest';
import { GUIDANCE, SEED } from '../../../src/engine/chain/fundBook.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { findPosition } from '../../../src/engine/chain/positions.ts';
import {
  transferAngelStakes,
  transferSeedStake,
} from '../../../src/engine/chain/stakeTransfers.ts';
import { distributeProceeds } from '../../../src/engine/chain/distributions.ts';
import { balanceCNY } from '../../../src/engine/index.ts';
import {
  addFirm,
  chainFor,
  graduate,
  plainAngelFund,
  postingsOfKind,
  scenarioWith,
} from './fixture.ts';

type Pricing =
  | { rule: 'atCost' }
  | { rule: 'costPlusInterest'; interestRatePerYear: number }
  | { rule: 'roundPriceDiscount'; discountShare: number };

/**
 * A POC project: the seed fund puts 0.5M into a 2M post-money entry round (25%). Eight quarters
 * later it graduates to ANGEL: pre-money 2M × 2 = 4M, 20% raised ⇒ post 5M, new money 1M, the
 * seed fund diluted to 20%. Its stake then moves to the angel sub-fund at the pricing rule.
 */
function seedProjectThatGraduates(pricing: Pricing, evergreen = true) {
  const ctx = chainFor(
    scenarioWith({
      funds: {
        seedFund: {
          enabled: true,
          ticketCNY: 500_000,
          minPoints: 0,
          transferPricing: pricing,
          evergreen,
        },
        // minPoints 100: the angel fund does not invest in the round itself, only buys the stake.
        angelFunds: [plainAngelFund({ minPoints: 100, investmentPeriodYears: 5 })],
      },
    }),
  );
  const firm = addFirm(ctx, { stage: 0, postMoneyCNY: 2_000_000 });
  processRound(ctx, firm, 0, 500_000);
  const newMoney = graduate(ctx, firm, 8, 2, 0.2);
  expect(newMoney).toBeCloseTo(1_000_000, 6);
  processRound(ctx, firm, 8, newMoney);
  transferSeedStake(ctx, firm, 8);
  return { ctx, firm };
}

describe('seed fund → angel sub-fund transfer at a market-based price', () => {
  it.each([
    // At cost: what the seed fund paid.
    [{ rule: 'atCost' } as Pricing, 500_000],
    // Cost plus 3% a year compounded quarterly over 8 quarters: 500,000 × 1.0075^8.
    [{ rule: 'costPlusInterest', interestRatePerYear: 0.03 } as Pricing, 530_799.42],
    // Latest round price less 20%: 20% of 5M post-money × 0.8.
    [{ rule: 'roundPriceDiscount', discountShare: 0.2 } as Pricing, 800_000],
  ])('prices the stake by %o at %d CNY', (pricing, expectedCNY) => {
    const { ctx, firm } = seedProjectThatGraduates(pricing);
    const transfers = postingsOfKind(ctx, 'stakeTransfer');
    expect(transfers).toEqual([
      { quarter: 8, from: 'angelFund:a', to: 'seedFund', amountCNY: expectedCNY, firm },
    ]);
    const angel = findPosition(ctx.positions, 2, firm);
    expect(ctx.positions.share[angel]).toBeCloseTo(0.2, 12);
    expect(ctx.positions.costCNY[angel]).toBeCloseTo(expectedCNY, 2);
    expect(findPosition(ctx.positions, SEED, firm)).toBe(-1);
    // The angel fund called exactly the price from its investors: 30% guidance fund, 70% private.
    const calls = postingsOfKind(ctx, 'capitalCall');
    expect(calls.map((c) => [c.from, c.amountCNY])).toEqual([
      ['guidanceFund', Math.round(expectedCNY * 0.3 * 100) / 100],
      ['privateLP:a', Math.round(expectedCNY * 0.7 * 100) / 100],
    ]);
  });

  it('returns the proceeds to the treasury when the seed fund is not evergreen', () => {
    const { ctx } = seedProjectThatGraduates({ rule: 'atCost' }, false);
    distributeProceeds(ctx, 8);
    expect(balanceCNY(ctx.ledger, ctx.fundAccount[SEED]!)).toBe(0);
    expect(postingsOfKind(ctx, 'distribution')).toEqual([
      { quarter: 8, from: 'seedFund', to: 'treasury', amountCNY: 500_000, firm: -1 },
    ]);
  });

  it('keeps the stake when no angel sub-fund can buy it', () => {
    const ctx = chainFor(
      scenarioWith({ funds: { seedFund: { enabled: true, minPoints: 0 }, angelFunds: [] } }),
    );
    const firm = addFirm(ctx, { stage: 0, postMoneyCNY: 2_000_000 });
    processRound(ctx, firm, 0, 500_000);
    processRound(ctx, firm, 8, graduate(ctx, firm, 8, 2, 0.2));
    transferSeedStake(ctx, firm, 8);
    expect(postingsOfKind(ctx, 'stakeTransfer')).toEqual([]);
    expect(findPosition(ctx.positions, SEED, firm)).toBeGreaterThanOrEqual(0);
  });
});

describe('angel sub-fund → guidance fund transfer when a firm reaches GROWTH', () => {
  it('sells the set share of the stake at the round price and keeps the rest', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          angelFunds: [
            plainAngelFund({
              stageFocus: ['EARLY'],
              ticketCNY: 5_000_000,
              saleToGuidanceFund: {
                trigger: 'GROWTH',
                shareSold: 0.5,
                pricing: { rule: 'roundPriceDiscount', discountShare: 0 },
              },
            }),
          ],
        },
      }),
    );
    // 5M into a 50M post-money EARLY round: 10%.
    const firm = addFirm(ctx, { stage: 2, postMoneyCNY: 50_000_000 });
    processRound(ctx, firm, 0, 10_000_000);
    // To GROWTH: pre 50M × 2 = 100M, 20% raised ⇒ post 125M; the 10% stake is diluted to 8%.
    processRound(ctx, firm, 12, graduate(ctx, firm, 12, 2, 0.2));
    transferAngelStakes(ctx, firm, 12);
    // Half of 8% of 125M = 5M.
    expect(postingsOfKind(ctx, 'stakeTransfer')).toEqual([
      { quarter: 12, from: 'guidanceFund', to: 'angelFund:a', amountCNY: 5_000_000, firm },
    ]);
    const angel = findPosition(ctx.positions, 2, firm);
    const guidance = findPosition(ctx.positions, GUIDANCE, firm);
    expect(ctx.positions.share[angel]).toBeCloseTo(0.04, 12);
    expect(ctx.positions.costCNY[angel]).toBeCloseTo(2_500_000, 4);
    expect(ctx.positions.share[guidance]).toBeCloseTo(0.04, 12);
    expect(ctx.positions.costCNY[guidance]).toBeCloseTo(5_000_000, 4);
    // The treasury funded the guidance fund's purchase just in time.
    expect(postingsOfKind(ctx, 'fiscalFunding').at(-1)).toMatchObject({
      to: 'guidanceFund',
      amountCNY: 5_000_000,
    });
  });
});
