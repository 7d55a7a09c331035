import { describe, expect, it } from 'vitest';
import { fiscalBudgetByYear } from '../../../src/engine/trial/fiscalBudget.ts';
import { fundOwnershipOf } from '../../../src/engine/chain/positions.ts';
import {
  checkLedger,
  ledgerFromExport,
  ledgerMetrics,
  ledgerToCSV,
  ledgerToJSON,
  postingKindCode,
  readLedgerCSV,
  readLedgerJSON,
  replayBalancesCNY,
  simulateTrial,
  trialFailureOf,
  type TrialMetrics,
} from '../../../src/engine/index.ts';
import { defaultScenario } from '../defaultScenario.ts';

/** Metrics equal key by key, NaN equal to NaN (an undefined IRR is undefined both ways). */
function expectSameMetrics(actual: TrialMetrics, expected: TrialMetrics): void {
  for (const [key, value] of Object.entries(expected)) {
    expect(
      Object.is(actual[key], value) || actual[key] === value,
      `${key}: ${actual[key]} vs ${value}`,
    ).toBe(true);
  }
}

const scenario = defaultScenario();
const TRIALS = 8;
const results = Array.from({ length: TRIALS }, (_, trial) => {
  let maxOwnership = 0;
  let minFundBalanceFen = 0;
  const result = simulateTrial(scenario, trial, {
    onQuarterEnd: (ctx) => {
      for (let firm = 0; firm < ctx.firms.count; firm++)
        maxOwnership = Math.max(maxOwnership, fundOwnershipOf(ctx.positions, firm));
      for (let a = 0; a < ctx.ledger.accounts.length; a++)
        if (!ctx.ledger.accounts[a]!.mayBorrow)
          minFundBalanceFen = Math.min(minFundBalanceFen, ctx.ledger.balanceFen[a]!);
    },
  });
  return { result, maxOwnership, minFundBalanceFen };
});

describe(`simulateTrial on the default scenario (${TRIALS} trials)`, () => {
  it('never lets funds own more than 100% of a firm', () => {
    for (const { maxOwnership } of results) expect(maxOwnership).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('never lets a fund, pool or firm account go below zero', () => {
    for (const { minFundBalanceFen } of results) expect(minFundBalanceFen).toBe(0);
  });

  it('keeps a clean, balanced ledger: every check passes and balances sum to exactly zero', () => {
    for (const { result } of results) {
      expect(checkLedger(result.ledger)).toEqual([]);
      const balances = replayBalancesCNY(result.ledger);
      const totalFen = balances.reduce((sum, b) => sum + Math.round(b * 100), 0);
      expect(totalFen).toBe(0);
    }
  });

  it('reports metrics that are recomputed identically from the exported ledger (JSON and CSV)', () => {
    for (const { result } of results.slice(0, 3)) {
      const fromJson = readLedgerJSON(ledgerToJSON(result.ledger));
      expect(fromJson.ok).toBe(true);
      if (!fromJson.ok) return;
      const fromCsv = readLedgerCSV(ledgerToCSV(result.ledger), fromJson.value.accounts);
      expect(fromCsv.ok).toBe(true);
      if (!fromCsv.ok) return;
      for (const exported of [fromJson.value, fromCsv.value]) {
        const rebuilt = ledgerFromExport(exported);
        expect(rebuilt.ok).toBe(true);
        if (!rebuilt.ok) return;
        // The public index path is the trial's, not the ledger's: it is given as the engine has it.
        const index = result.economy.indexLevel;
        const recomputed = ledgerMetrics(
          rebuilt.ledger,
          result.funds,
          result.quarters,
          undefined,
          index,
        );
        expectSameMetrics(
          recomputed,
          ledgerMetrics(result.ledger, result.funds, result.quarters, undefined, index),
        );
        for (const key of Object.keys(recomputed)) expect(result.metrics[key]).toBeDefined();
        expectSameMetrics(result.metrics, recomputed);
        expect(fiscalBudgetByYear(rebuilt.ledger, result.quarters)).toEqual(result.budget);
      }
    }
  });

  it('gives the same trial bit for bit for the same seed, and another for another trial', () => {
    const again = simulateTrial(scenario, 1);
    expect(ledgerToCSV(again.ledger)).toBe(ledgerToCSV(results[1]!.result.ledger));
    expectSameMetrics(again.metrics, results[1]!.result.metrics);
    expect(ledgerToCSV(results[2]!.result.ledger)).not.toBe(ledgerToCSV(results[1]!.result.ledger));
  });

  it('funds the seed fund, guidance fund and risk pool from the treasury only; the funds return their cash at the horizon', () => {
    for (const { result } of results) {
      const { ledger } = result;
      const seed = ledger.indexById.get('seedFund')!;
      const guidance = ledger.indexById.get('guidanceFund')!;
      const treasury = ledger.indexById.get('treasury')!;
      for (let i = 0; i < ledger.count; i++) {
        if (ledger.kind[i] !== postingKindCode.fiscalFunding) continue;
        expect(ledger.from[i]).toBe(treasury);
        expect([seed, guidance, ledger.indexById.get('riskPool')]).toContain(ledger.to[i]);
      }
      expect(ledger.balanceFen[seed]).toBe(0);
      expect(ledger.balanceFen[guidance]).toBe(0);
    }
  });

  it('moves stakes along the chain and concedes part of the guidance fund’s gains', () => {
    const total = (key: string) => results.reduce((sum, r) => sum + r.result.metrics[key]!, 0);
    expect(total('transfers.seedToAngel.count')).toBeGreaterThan(0);
    expect(total('transfers.angelToGuidance.count')).toBeGreaterThan(0);
    expect(total('concession.amountCNY')).toBeGreaterThan(0);
    for (const { result } of results) {
      const m = result.metrics;
      // TVPI = DPI + RVPI for every investor whose figures are defined.
      for (const prefix of ['guidanceFund', 'seedFund', 'angelFunds', 'angelFunds.privateLP']) {
        if (Number.isNaN(m[`${prefix}.tvpi`]!)) continue;
        expect(m[`${prefix}.tvpi`]).toBeCloseTo(m[`${prefix}.dpi`]! + m[`${prefix}.rvpi`]!, 12);
      }
      // The concession can only add to private LPs' multiple.
      expect(m['angelFunds.privateLP.tvpi']).toBeGreaterThanOrEqual(
        m['angelFunds.privateLP.tvpiWithoutConcession']!,
      );
    }
  });
});

describe('a trial that fails', () => {
  it('says which trial, quarter and step, and the scenario fields most likely at fault', () => {
    let thrown: unknown;
    try {
      simulateTrial(scenario, 3, {
        onQuarterEnd: (_ctx, quarter) => {
          if (quarter === 5) throw new Error('boom');
        },
      });
    } catch (e) {
      thrown = e;
    }
    expect(trialFailureOf(thrown)).toEqual({
      kind: 'trialFailed',
      trial: 3,
      quarter: 5,
      step: 'quarterEnd',
      field: 'simulation',
      message: 'boom',
    });
    expect((thrown as Error).message).toBe(
      "trial 3 failed in quarter 5 at step 'quarterEnd' (the scenario fields most likely at fault: simulation): boom",
    );
  });
});
