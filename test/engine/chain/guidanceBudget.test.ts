import { describe, expect, it } from 'vitest';
import { closeSubFunds, ensureGuidanceCash } from '../../../src/engine/chain/guidanceBudget.ts';
import { processRound } from '../../../src/engine/chain/investing.ts';
import { transferAngelStakes } from '../../../src/engine/chain/stakeTransfers.ts';
import { simulateTrial } from '../../../src/engine/index.ts';
import { defaultScenario } from '../defaultScenario.ts';
import {
  addFirm,
  chainFor,
  graduate,
  plainAngelFund,
  postingsOfKind,
  scenarioWith,
} from './fixture.ts';

describe('the guidance fund’s capital binds', () => {
  // Capital 100M over a 1-year horizon: fee 0.5% a year = 125,000 a quarter, 500,000 reserved;
  // stake-purchase budget 20% = 20M. Room for sub-fund commitments: 100 − 0.5 − 20 = 79.5M.
  const scenario = scenarioWith({
    simulation: { trials: 1, seed: 1, years: 1 },
    funds: {
      guidanceFund: {
        capitalCNY: 100_000_000,
        stakePurchaseBudgetShare: 0.2,
        managementFeeRatePerYear: 0.005,
      },
      angelFunds: [
        // Guidance part 30% × 100M = 30M, first close in quarter 0: fits (79.5M left).
        plainAngelFund({ id: 'a', commitmentCNY: 100_000_000 }),
        // 30% × 200M = 60M in quarter 1: 49.5M left, so refused.
        plainAngelFund({ id: 'b', commitmentCNY: 200_000_000, vintageQuarter: 1 }),
        // 30% × 150M = 45M in quarter 2: fits in the 49.5M still uncommitted.
        plainAngelFund({ id: 'c', commitmentCNY: 150_000_000, vintageQuarter: 2 }),
      ],
    },
  });

  it('commits to a sub-fund at its first close only while uncommitted capital covers it', () => {
    const ctx = chainFor(scenario);
    for (const quarter of [0, 1, 2]) closeSubFunds(ctx, quarter);
    const budget = ctx.guidanceBudget;
    expect(budget.feeReserveCNY).toBe(500_000);
    expect(budget.committedCNY).toBe(30_000_000 + 45_000_000);
    expect(budget.commitmentsRefused).toBe(1);
    expect(budget.commitmentsRefusedCNY).toBe(60_000_000);
    // The refused sub-fund never forms: nothing to call, no investing, no fees.
    const b = ctx.funds.find((f) => f.id === 'b')!;
    expect(b.commitmentCNY).toBe(0);
    expect(b.lifeEndQuarter).toBe(1);
  });

  it('never draws more than its capital from the treasury', () => {
    const ctx = chainFor(scenario);
    expect(ensureGuidanceCash(ctx, 0, 60_000_000)).toBe(true);
    expect(ensureGuidanceCash(ctx, 0, 100_000_000)).toBe(true);
    // 100M drawn: nothing more, whatever the reservations.
    expect(ensureGuidanceCash(ctx, 0, 100_000_000.01)).toBe(false);
    const drawn = postingsOfKind(ctx, 'fiscalFunding').reduce((s, p) => s + p.amountCNY, 0);
    expect(drawn).toBe(100_000_000);
    expect(ctx.guidanceBudget.drawnCNY).toBe(100_000_000);
  });

  it('refuses, and counts, a stake purchase beyond its purchase budget', () => {
    const ctx = chainFor(
      scenarioWith({
        funds: {
          // Purchase budget 11% × 100M = 11M.
          guidanceFund: { capitalCNY: 100_000_000, stakePurchaseBudgetShare: 0.11 },
          angelFunds: [
            plainAngelFund({
              stageFocus: ['EARLY'],
              ticketCNY: 5_000_000,
              saleToGuidanceFund: {
                trigger: 'GROWTH',
                shareSold: 1,
                pricing: { rule: 'roundPriceDiscount', discountShare: 0 },
              },
            }),
          ],
        },
      }),
    );
    // Two firms, 5M for 10% each; each steps up 2× into GROWTH (post 125M, stake diluted to 8%):
    // each whole stake sells at 8% × 125M = 10M. The first fits the budget; the second, with 1M
    // left, is refused.
    const firms = [0, 1].map(() => addFirm(ctx, { stage: 2, postMoneyCNY: 50_000_000 }));
    for (const firm of firms) processRound(ctx, firm, 0, 10_000_000);
    for (const firm of firms) {
      processRound(ctx, firm, 12, graduate(ctx, firm, 12, 2, 0.2));
      transferAngelStakes(ctx, firm, 12);
    }
    expect(postingsOfKind(ctx, 'stakeTransfer').map((p) => [p.firm, p.amountCNY])).toEqual([
      [firms[0], 10_000_000],
    ]);
    expect(ctx.guidanceBudget.purchasesRefused).toBe(1);
    expect(ctx.guidanceBudget.purchasesRefusedCNY).toBeCloseTo(10_000_000, 2);
  });

  it('on the default scenario with half the capital, refuses commitments and never overdraws', () => {
    const base = defaultScenario();
    const small = structuredClone(base);
    small.funds.guidanceFund.capitalCNY = 500_000_000;
    for (const trial of [0, 1]) {
      const m = simulateTrial(small, trial).metrics;
      // 500M − 37.5M fees − 150M purchases leaves 312.5M: angel-1 (60M, quarter 0), tech-it
      // (100M, quarter 2), angel-2 and bank-linked (60M each, quarter 4) fit, 280M in all; then
      // tech-bio (100M, quarter 6), angel-3 and angel-4 (60M each) are refused.
      expect(m['guidanceFund.committedCNY']).toBe(280_000_000);
      expect(m['guidanceFund.commitmentsRefused']).toBe(3);
      expect(m['guidanceFund.commitmentsRefusedCNY']).toBe(220_000_000);
      expect(m['guidanceFund.capitalDrawnCNY']).toBeLessThanOrEqual(500_000_000);
      expect(m['fund.angel-3.paidInCNY']).toBe(0);
    }
  });
});
