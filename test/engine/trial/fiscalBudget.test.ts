import { describe, expect, it } from 'vitest';
import { accountIndex, post, simulateTrial } from '../../../src/engine/index.ts';
import { fiscalBudgetByYear, FISCAL_USES } from '../../../src/engine/trial/fiscalBudget.ts';
import { trialSeries } from '../../../src/engine/run/trialSeries.ts';
import { chainFor, plainAngelFund, scenarioWith } from '../chain/fixture.ts';
import { defaultScenario } from '../defaultScenario.ts';

/** A hand-built treasury over 2 years (quarters 0..7; quarter 8 is the horizon), CNY. */
function handBudget() {
  const ctx = chainFor(
    scenarioWith({
      simulation: { trials: 1, seed: 1, years: 2 },
      funds: { angelFunds: [plainAngelFund()] },
    }),
  );
  const { ledger, treasury } = ctx;
  const at = (id: string) => accountIndex(ledger, id);
  const [guidance, seed, pool, firm, fund, bank] = [
    'guidanceFund',
    'seedFund',
    'riskPool',
    'firm',
    'angelFund:a',
    'bank',
  ].map(at) as [number, number, number, number, number, number];
  // Year 0 (quarters 0–3): 100 to the guidance fund, 50 to the pool, a subsidy of 5 (q3).
  // Not the treasury's: the pool compensating the bank (q2).
  post(ledger, 0, treasury, guidance, 100, 'fiscalFunding');
  post(ledger, 1, treasury, pool, 50, 'fiscalFunding');
  post(ledger, 2, pool, bank, 20, 'compensation');
  post(ledger, 3, treasury, firm, 5, 'subsidy', 0);
  // Year 1 (quarters 4–7): 30 to the guidance fund, 20 to the seed fund, a reward of 3 to a
  // sub-fund, a guarantee claim of 7; the guidance fund hands back 60 of cash (q6).
  post(ledger, 4, treasury, guidance, 30, 'fiscalFunding');
  post(ledger, 5, treasury, seed, 20, 'fiscalFunding');
  post(ledger, 6, treasury, fund, 3, 'reward', 0);
  post(ledger, 6, guidance, treasury, 60, 'distribution');
  post(ledger, 7, treasury, bank, 7, 'guaranteeClaim', 0);
  // The horizon (quarter 8) falls in the last year: 25 of cash and the pool's unused 30 come back;
  // 40 of NAV is handed over, which is no cash.
  post(ledger, 8, guidance, treasury, 25, 'distribution');
  post(ledger, 8, pool, treasury, 30, 'fiscalRefund');
  post(ledger, 8, guidance, treasury, 40, 'residualValue');
  return fiscalBudgetByYear(ledger, 8);
}

describe('the treasury’s budget by year', () => {
  const b = handBudget();

  it('splits each year’s outlays by use, gross, and the uses add up to the year', () => {
    expect(b.years).toBe(2);
    expect([...b.outlaysCNY.guidanceFund]).toEqual([100, 30]);
    expect([...b.outlaysCNY.seedFund]).toEqual([0, 20]);
    expect([...b.outlaysCNY.riskPool]).toEqual([50, 0]);
    expect([...b.outlaysCNY.subsidies]).toEqual([5, 0]);
    expect([...b.outlaysCNY.rewards]).toEqual([0, 3]);
    expect([...b.outlaysCNY.guarantees]).toEqual([0, 7]);
    // 100 + 50 + 5 = 155; 30 + 20 + 3 + 7 = 60.
    expect([...b.totalOutlaysCNY]).toEqual([155, 60]);
  });

  it('counts cash back in its year, the horizon’s in the last, and no NAV', () => {
    // Year 1: 60 + 25 + 30 = 115; the 40 of NAV is not cash.
    expect([...b.receiptsCNY]).toEqual([0, 115]);
  });

  it('on the default scenario: uses sum to each year’s outlay, years sum to paid, peak is the largest year', () => {
    const result = simulateTrial(defaultScenario(), 2);
    const { budget, metrics } = result;
    const years = budget.totalOutlaysCNY;
    for (let y = 0; y < budget.years; y++) {
      const uses = FISCAL_USES.reduce((sum, use) => sum + budget.outlaysCNY[use][y]!, 0);
      expect(uses).toBeCloseTo(years[y]!, 2);
    }
    expect(years.reduce((a, v) => a + v, 0)).toBeCloseTo(metrics['treasury.paidCNY']!, 2);
    expect(metrics['treasury.peakAnnualOutlayCNY']).toBe(Math.max(...years));
    const series = trialSeries(result);
    expect(series['treasury.outlayByYearCNY']).toEqual(years);
    expect(series['treasury.outlayByYear.riskPoolCNY']).toEqual(budget.outlaysCNY.riskPool);
  });
});
