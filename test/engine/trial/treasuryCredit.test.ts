import { describe, expect, it } from 'vitest';
import { accountIndex, post, simulateTrial } from '../../../src/engine/index.ts';
import { outcomeMetrics } from '../../../src/engine/trial/outcomeMetrics.ts';
import { treasuryMetrics } from '../../../src/engine/trial/treasuryMetrics.ts';
import { chainFor, plainAngelFund, scenarioWith } from '../chain/fixture.ts';
import { defaultScenario } from '../defaultScenario.ts';

const QUARTERS = 4;

/** A hand-built treasury over a 1-year horizon (quarter 4 is the horizon), CNY: */
function handTreasury(discountRatePerYear = 0) {
  const ctx = chainFor(
    scenarioWith({
      simulation: { trials: 1, seed: 1, years: 1 },
      funds: { angelFunds: [plainAngelFund()] },
      fiscal: { discountRatePerYear, navHaircutShare: 0.25 },
    }),
  );
  const { ledger, treasury } = ctx;
  const at = (id: string) => accountIndex(ledger, id);
  const guidance = at('guidanceFund');
  const pool = at('riskPool');
  const bank = at('bank');
  const firm = at('firm');
  const fund = at('angelFund:a');
  // q0: 100 to the guidance fund, 50 to the pool.
  post(ledger, 0, treasury, guidance, 100, 'fiscalFunding');
  post(ledger, 0, treasury, pool, 50, 'fiscalFunding');
  // q1: the pool pays the bank 20 of compensation.
  post(ledger, 1, pool, bank, 20, 'compensation');
  // q2: a subsidy of 5 to a firm, an investment reward of 3 to a sub-fund.
  post(ledger, 2, treasury, firm, 5, 'subsidy', 0);
  post(ledger, 2, treasury, fund, 3, 'reward', 0);
  // q3: the guidance fund hands back 60 of cash; q4, the horizon: 40 of NAV, and the pool's
  // unused 30.
  post(ledger, 3, guidance, treasury, 60, 'distribution');
  post(ledger, 4, guidance, treasury, 40, 'residualValue');
  post(ledger, 4, pool, treasury, 30, 'fiscalRefund');
  return treasuryMetrics(ledger, QUARTERS, ctx.scenario.fiscal);
}

describe('the treasury’s money: spent, received, NAV apart from cash', () => {
  const m = handTreasury();

  it('counts money returned unused as not spent, and NAV apart from cash', () => {
    // Paid 100 + 50 + 5 + 3 = 158; 30 came back unused: spent 128; cash back 60; NAV 40.
    expect(m['treasury.paidCNY']).toBe(158);
    expect(m['treasury.refundedCNY']).toBe(30);
    expect(m['treasury.spentCNY']).toBe(128);
    expect(m['treasury.receivedCNY']).toBe(60);
    expect(m['treasury.navCNY']).toBe(40);
    expect(m['treasury.spent.riskPoolCNY']).toBe(20);
  });

  it('gives the net cost on cash alone and with NAV at its haircut', () => {
    // Cash: 128 − 60 = 68. With NAV: 68 − 40 × (1 − 25%) = 38.
    expect(m['treasury.netCostCashPVCNY']).toBeCloseTo(68, 10);
    expect(m['treasury.netCostWithNavPVCNY']).toBeCloseTo(38, 10);
  });

  it('splits the money between the chain and the province-wide programmes', () => {
    // Chain: guidance fund 100 + reward 3 = 103 spent; 60 back, 40 NAV: 43 on cash, 13 with NAV.
    expect(m['chain.fiscalSpentCNY']).toBe(103);
    expect(m['chain.netCostCashPVCNY']).toBeCloseTo(43, 10);
    expect(m['chain.netCostWithNavPVCNY']).toBeCloseTo(13, 10);
    // Programmes: pool 50 − 30 unused + subsidy 5 = 25.
    expect(m['programmes.fiscalSpentCNY']).toBe(25);
    expect(m['programmes.netCostPVCNY']).toBeCloseTo(25, 10);
  });

  it('discounts each flow by (1 + r)^(t/4)', () => {
    // At 10% a year: 100 + 50 at q0; 5 + 3 at q2 (÷ 1.1^0.5); −60 at q3 (÷ 1.1^0.75);
    // −30 unused at q4 (÷ 1.1).
    const pv = handTreasury(0.1);
    const expected = 150 + 8 / 1.1 ** 0.5 - 60 / 1.1 ** 0.75 - 30 / 1.1;
    expect(pv['treasury.netCostCashPVCNY']).toBeCloseTo(expected, 10);
    expect(pv['treasury.netCostWithNavPVCNY']).toBeCloseTo(expected - (40 * 0.75) / 1.1, 10);
  });
});

describe('what the fiscal money bought, per basis', () => {
  const base = {
    'chain.fiscalSpentCNY': 500,
    'chain.privateCapitalCNY': 1_000,
    'bank.chainNewCreditCNY': 2_000,
    'bank.programmeNewCreditCNY': 4_000,
    'programmes.fiscalSpentCNY': 200,
    'programmes.netCostPVCNY': 180,
    'firms.supported': 50,
    'firms.supportedListed': 4,
  };

  it('divides private capital and chain credit by the chain’s spending, programme credit by theirs', () => {
    const m = outcomeMetrics({ ...base, 'chain.netCostWithNavPVCNY': 100 }, 90);
    expect(m['chain.leveragePrivate']).toBe(2);
    expect(m['chain.leverageBankCredit']).toBe(4);
    expect(m['chain.leverage']).toBe(6);
    expect(m['programmes.leverageBankCredit']).toBe(20);
    expect(m['programmes.costPerFirmReachedCNY']).toBe(2);
  });

  it('gives the chain’s net cost per backed firm and per backed listing when it cost money', () => {
    const m = outcomeMetrics({ ...base, 'chain.netCostWithNavPVCNY': 100 }, 90);
    expect(m['chain.costPerBackedFirmCNY']).toBe(2);
    expect(m['chain.costPerBackedListingCNY']).toBe(25);
    expect(m['chain.netGainCNY']).toBe(0);
    expect(m['chain.madeNetGain']).toBe(0);
  });

  it('reports a net gain as a gain, never as a negative cost per firm', () => {
    const m = outcomeMetrics({ ...base, 'chain.netCostWithNavPVCNY': -70 }, 90);
    expect(m['chain.costPerBackedFirmCNY']).toBeNaN();
    expect(m['chain.costPerBackedListingCNY']).toBeNaN();
    expect(m['chain.netGainCNY']).toBe(70);
    expect(m['chain.madeNetGain']).toBe(1);
  });
});

describe('on the default scenario', () => {
  it('counts bank credit once on one basis: renewals, chain credit and programme credit add up', () => {
    const scenario = defaultScenario();
    for (const trial of [0, 1]) {
      const m = simulateTrial(scenario, trial).metrics;
      const parts =
        m['bank.renewalsCNY']! + m['bank.chainNewCreditCNY']! + m['bank.programmeNewCreditCNY']!;
      // Sums of thousands of CNY amounts in floating point: equal to well under a yuan.
      expect(parts).toBeCloseTo(m['bank.loansCNY']!, 0);
      expect(m['bank.chainFirstLoansCNY']).toBeLessThanOrEqual(m['bank.chainNewCreditCNY']!);
      // The treasury's spending by use adds up to what it spent.
      const spentByUse = m['chain.fiscalSpentCNY']! + m['programmes.fiscalSpentCNY']!;
      expect(spentByUse).toBeCloseTo(m['treasury.spentCNY']!, 0);
    }
  });
});
