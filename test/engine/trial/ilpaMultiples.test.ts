import { describe, expect, it } from 'vitest';
import { accountIndex, ledgerMetrics, post, simulateTrial } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/engine/index.ts';
import { treasuryMetrics } from '../../../src/engine/trial/treasuryMetrics.ts';
import { defaultScenario } from '../defaultScenario.ts';
import { chainFor, plainAngelFund, scenarioWith } from '../chain/fixture.ts';

// Two plain angel sub-funds a and b over a 1-year horizon: quarters 0–3 are simulated, quarter 4
// is the horizon's valuation (NAV). Postings are made by hand and the figures worked out below.
const scenario = scenarioWith({
  simulation: { trials: 1, seed: 1, years: 1 },
  funds: { angelFunds: [plainAngelFund({ id: 'a' }), plainAngelFund({ id: 'b' })] },
});
const QUARTERS = 4;

function handLedger() {
  const ctx = chainFor(scenario);
  const { ledger } = ctx;
  const at = (id: string) => accountIndex(ledger, id);
  const a = at('angelFund:a');
  const b = at('angelFund:b');
  const lpA = at('privateLP:a');
  const lpB = at('privateLP:b');
  // The funds invest what they call and get their proceeds from the market (not investor flows).
  const market = at('market');
  // Fund a: its private LPs pay in 100 in Q0; in Q1 they get 30 back and pay in 20 more (a call
  // and a distribution in the same quarter); 50 back in Q2; the horizon values their part at 70.
  // Fund b: its private LPs pay in 100 in Q1 (the quarter a pays out 30) and get 100 back in Q3.
  post(ledger, 0, lpA, a, 100, 'capitalCall');
  post(ledger, 1, lpA, a, 20, 'capitalCall');
  post(ledger, 1, a, lpA, 30, 'distribution');
  post(ledger, 1, lpB, b, 100, 'capitalCall');
  post(ledger, 2, a, lpA, 50, 'distribution');
  post(ledger, 3, b, lpB, 100, 'distribution');
  post(ledger, 4, market, a, 30, 'residualValue');
  post(ledger, 4, a, lpA, 70, 'distribution');
  expect(ledger.balanceFen[a]).toBe(0);
  expect(ledger.balanceFen[b]).toBe(0);
  return ctx;
}

describe('ILPA multiples are gross: paid-in and distributions are never netted', () => {
  const ctx = handLedger();
  const m = ledgerMetrics(ctx.ledger, ctx.funds, QUARTERS);

  it('counts a call and a distribution in the same quarter each on its own side', () => {
    // Paid-in 100 + 20 = 120; distributions 30 + 50 = 80; NAV 70.
    expect(m['fund.a.paidInCNY']).toBe(120);
    expect(m['fund.a.dpi']).toBeCloseTo(80 / 120, 12);
    expect(m['fund.a.rvpi']).toBeCloseTo(70 / 120, 12);
    expect(m['fund.a.tvpi']).toBeCloseTo(150 / 120, 12);
    // Netted within Q1 (a net +10), the same flows would give paid-in 100 and TVPI 130/100 = 1.3.
    expect(m['fund.a.tvpi']).not.toBeCloseTo(1.3, 3);
    expect(m['angelFunds.privateLP.paidInCNY']).toBe(220);
  });

  it('adds a group’s funds gross: one fund’s call does not cancel another’s payout', () => {
    // Group: paid-in 120 + 100 = 220; distributions 80 + 100 = 180; NAV 70.
    expect(m['angelFunds.paidInCNY']).toBe(220);
    expect(m['angelFunds.dpi']).toBeCloseTo(180 / 220, 12);
    expect(m['angelFunds.rvpi']).toBeCloseTo(70 / 220, 12);
    expect(m['angelFunds.tvpi']).toBeCloseTo(250 / 220, 12);
    expect(m['angelFunds.tvpi']).toBeCloseTo(m['angelFunds.dpi']! + m['angelFunds.rvpi']!, 12);
  });

  it('uses each quarter’s net flow for the IRR only', () => {
    // Group net flows by quarter: −100, +30 − 20 − 100 = −90, +50, +100, +70.
    // NPV at the quarterly rate r is zero; the annual rate is (1 + r)^4 − 1.
    const flows = [-100, -90, 50, 100, 70];
    const r = (1 + m['angelFunds.irr']!) ** 0.25 - 1;
    const npv = flows.reduce((sum, f, t) => sum + f / (1 + r) ** t, 0);
    expect(Math.abs(npv)).toBeLessThan(1e-6);
  });

  it('sums the treasury’s payments and receipts gross, posting by posting', () => {
    const t = chainFor(scenario);
    const treasury = t.treasury;
    const guidance = accountIndex(t.ledger, 'guidanceFund');
    // In Q0 the treasury pays 100 in and gets 60 back: paid 100, received 60 (not paid 40).
    post(t.ledger, 0, treasury, guidance, 100, 'fiscalFunding');
    post(t.ledger, 0, guidance, treasury, 60, 'distribution');
    const tm = treasuryMetrics(t.ledger, QUARTERS, t.scenario.fiscal);
    expect(tm['treasury.paidCNY']).toBe(100);
    expect(tm['treasury.receivedCNY']).toBe(60);
  });
});

describe('on the default scenario', () => {
  const base = defaultScenario();
  const higher: Scenario = { ...base, concession: { ...base.concession, angelStageShare: 0.6 } };

  it('keeps the guidance fund’s paid-in fixed when only the concession changes', () => {
    for (const trial of [0, 1, 2]) {
      const a = simulateTrial(base, trial).metrics;
      const b = simulateTrial(higher, trial).metrics;
      expect(b['guidanceFund.paidInCNY']).toBe(a['guidanceFund.paidInCNY']);
      expect(b['concession.amountCNY']).toBeGreaterThan(a['concession.amountCNY']!);
    }
  });
});
