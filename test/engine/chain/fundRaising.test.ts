import { describe, expect, it } from 'vitest';
import { checkLedger, simulateTrial, type Scenario } from '../../../src/engine/index.ts';
import { defaultScenarioJson, parsed, programmeScenarioJson } from '../defaultScenario.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The programme preset over 8 years (offers in years 0 and 1), edited by `edit`. */
function programme(edit: (json: Json) => void = () => {}): Scenario {
  const json = programmeScenarioJson() as Json;
  json.simulation.years = 8;
  edit(json);
  return parsed(json);
}

const TRIALS = 24;

/** Mean and standard error of the paired difference b − a of a metric over the trials. */
function pairedDifference(a: Scenario, b: Scenario, keys: string[]) {
  const diffs = keys.map(() => [] as number[]);
  for (let t = 0; t < TRIALS; t++) {
    const ma = simulateTrial(a, t).metrics;
    const mb = simulateTrial(b, t).metrics;
    keys.forEach((key, k) => diffs[k]!.push(mb[key]! - ma[key]!));
  }
  return Object.fromEntries(
    keys.map((key, k) => {
      const d = diffs[k]!;
      const mean = d.reduce((s, x) => s + x, 0) / d.length;
      const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1);
      return [key, { mean, stderr: Math.sqrt(variance / d.length) }];
    }),
  );
}

const RAISED = 'fundRaising.privateCapitalRaisedCNY';
const BACKED = 'firms.supported';

describe('a fund-raising programme', () => {
  it('with no offers changes nothing else, bit for bit (proceeds kept, as without one)', () => {
    const base = defaultScenarioJson() as Json;
    base.simulation.years = 6;
    const withProgramme = structuredClone(base);
    withProgramme.fundRaising = { proceeds: 'fundLaterVintages' };
    const a = parsed(base);
    const b = parsed(withProgramme);
    for (let t = 0; t < 3; t++) {
      const ma = simulateTrial(a, t).metrics;
      const mb = simulateTrial(b, t).metrics;
      const others = Object.fromEntries(
        Object.entries(mb).filter(([key]) => !key.startsWith('fundRaising.')),
      );
      expect(others).toEqual(ma);
      expect(mb['fundRaising.fundsOffered']).toBe(0);
    }
  });

  it('raises more private capital and backs more firms with a higher concession (paired, > 3 s.e.)', () => {
    const a = programme((json) => (json.concession.angelStageShare = 0.4));
    const b = programme((json) => (json.concession.angelStageShare = 0.6));
    const d = pairedDifference(a, b, [RAISED, BACKED]);
    expect(d[RAISED]!.mean).toBeGreaterThan(3 * d[RAISED]!.stderr);
    expect(d[RAISED]!.mean).toBeGreaterThan(0);
    expect(d[BACKED]!.mean).toBeGreaterThan(3 * d[BACKED]!.stderr);
  });

  it('raises less and backs fewer firms when LPs require more', () => {
    const a = programme();
    const b = programme((json) => (json.fundRaising.lpResponse.requiredReturnPerYear = 0.1));
    const d = pairedDifference(a, b, [RAISED, BACKED]);
    expect(-d[RAISED]!.mean).toBeGreaterThan(3 * d[RAISED]!.stderr);
    expect(-d[BACKED]!.mean).toBeGreaterThan(3 * d[BACKED]!.stderr);
  });

  it('raises nothing with a zero budget', () => {
    const scenario = programme((json) => (json.fundRaising.annualBudgetCNY = 0));
    for (let t = 0; t < 3; t++) {
      const m = simulateTrial(scenario, t).metrics;
      expect([
        m['fundRaising.fundsClosed'],
        m[RAISED],
        m['fundRaising.guidanceCommittedCNY'],
      ]).toEqual([0, 0, 0]);
      expect(m['fundRaising.fundsOffered']).toBe(6);
    }
  });

  it('closes every offer at its full target when LPs expect far more than any requires', () => {
    const scenario = programme((json) => {
      json.fundRaising.lpResponse.requiredReturnPerYear = 0;
      json.fundRaising.lpResponse.requiredReturnSpreadPerYear = 0.001;
      json.fundRaising.annualBudgetCNY = 1e9;
    });
    const result = simulateTrial(scenario, 0);
    const offered = result.funds.filter((fund) => fund.programmeYear >= 0);
    expect(offered.map((fund) => fund.commitmentCNY)).toEqual([
      200e6, 500e6, 300e6, 200e6, 500e6, 300e6,
    ]);
    expect(result.metrics['fundRaising.fundsClosed']).toBe(6);
    // Private LPs hold the rest after the guidance fund's 30% / 20% and the GP's 1%.
    expect(result.metrics[RAISED]).toBeCloseTo(2 * (0.69 * 200e6 + 0.79 * 500e6 + 0.79 * 300e6), 2);
    expect(result.metrics['angelFunds.paidInCNY']).toBeGreaterThan(0);
  });

  it('closes nothing when LPs expect far less than any requires', () => {
    const scenario = programme((json) => {
      json.fundRaising.lpResponse.requiredReturnPerYear = 0.5;
      json.fundRaising.lpResponse.requiredReturnSpreadPerYear = 0.001;
    });
    const result = simulateTrial(scenario, 0);
    expect(result.metrics['fundRaising.fundsClosed']).toBe(0);
    for (const fund of result.funds.filter((f) => f.programmeYear >= 0)) {
      expect(fund.commitmentCNY).toBe(0);
      expect(fund.calledFen).toBe(0);
    }
  });

  it('never commits beyond a year’s budget or the guidance fund’s capital; every yuan balances', () => {
    for (const [budget, capital] of [
      [50e6, 1e9],
      [1e9, 5e8],
      [120e6, 6e8],
    ] as const) {
      const scenario = programme((json) => {
        json.fundRaising.annualBudgetCNY = budget;
        json.fundRaising.unspentBudget = 'returnToTreasury';
        json.funds.guidanceFund.capitalCNY = capital;
        json.fundRaising.lpResponse.requiredReturnPerYear = 0.02;
      });
      for (let t = 0; t < 2; t++) {
        const result = simulateTrial(scenario, t);
        const state = result.fundRaising!;
        for (let y = 0; y < 8; y++)
          expect(state.guidanceCommittedByYearCNY[y]!).toBeLessThanOrEqual(
            state.budgetByYearCNY[y]! + 1e-6,
          );
        expect(state.budgetByYearCNY[0]).toBe(budget);
        expect(result.metrics['guidanceFund.capitalDrawnCNY']).toBeLessThanOrEqual(capital + 1e-6);
        expect(result.metrics['fundRaising.recycledCommittedCNY']).toBe(0);
        // Commitments come from what the fee reserve (0.5% a year, 8 years) and the 30%
        // stake-purchase budget leave of the capital.
        expect(result.metrics['guidanceFund.committedCNY']).toBeLessThanOrEqual(
          capital * (1 - 0.3 - 0.005 * 8) + 1e-6,
        );
        expect(checkLedger(result.ledger)).toEqual([]);
      }
    }
  });

  it('carries an unspent budget to the next year, or returns it', () => {
    const carry = simulateTrial(
      programme((json) => (json.fundRaising.annualBudgetCNY = 150e6)),
      0,
    ).fundRaising!;
    expect(carry.budgetByYearCNY[1]).toBeCloseTo(300e6 - carry.guidanceCommittedByYearCNY[0]!, 6);
    const lapse = simulateTrial(
      programme((json) => {
        json.fundRaising.annualBudgetCNY = 150e6;
        json.fundRaising.unspentBudget = 'returnToTreasury';
      }),
      0,
    ).fundRaising!;
    expect(lapse.budgetByYearCNY[1]).toBe(150e6);
  });

  it('returns the guidance fund’s receipts to the treasury each quarter, or keeps them', () => {
    const returned = simulateTrial(programme(), 1);
    const guidance = returned.ledger.indexById.get('guidanceFund')!;
    expect(returned.ledger.balanceFen[guidance]).toBe(0);
    expect(checkLedger(returned.ledger)).toEqual([]);
    const kept = simulateTrial(
      programme((json) => (json.fundRaising.proceeds = 'fundLaterVintages')),
      1,
    );
    expect(checkLedger(kept.ledger)).toEqual([]);
    expect(kept.fundRaising!.recycledCNY).toBeGreaterThanOrEqual(0);
  });
});
