import { describe, expect, it } from 'vitest';
import {
  aggregateBlock,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  simulateTrial,
  trialRecord,
} from '../../../src/engine/index.ts';
import { fundPlanCsv } from '../../../src/engine/run/fundPlanCsv.ts';
import { fundPacingFit } from '../../../src/engine/pacing/fundPacing.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

describe('a fund’s quarterly plan as CSV', () => {
  const scenario = smallScenario({ years: 3 });
  const run = createRunAggregate();
  mergeRunAggregates(
    run,
    aggregateBlock(0, 16, (t) => trialRecord(simulateTrial(scenario, t, { fundSeries: true }))),
  );
  const info = { wallTimeMs: 1, workers: 1, runner: 'test', startedAt: '2026-12-02T00:00:00Z' };
  const result = buildRunResult(scenario, finalizeRun(run), info);
  const fundId = simulateTrial(scenario, 0).funds.find((f) => f.classAccounts)!.id;
  const prefix = `fund.${fundId}`;

  it('has a row per quarter and the horizon, and mean, P5 … P95 of every series of the fund', () => {
    const csv = fundPlanCsv(result, prefix)!;
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 7)).toEqual([
      'quarter',
      'calledCNY.mean',
      'calledCNY.p5',
      'calledCNY.p25',
      'calledCNY.p50',
      'calledCNY.p75',
      'calledCNY.p95',
    ]);
    for (const name of ['navCNY.p95', 'jcurve.privateLP.p50', 'dpiAtLeastOne.mean'])
      expect(columns).toContain(name);
    expect(rows).toHaveLength(3 * 4 + 1);
    // Each cell is the result's own statistic, in full precision.
    const at = (row: number, column: string) => rows[row]!.split(',')[columns.indexOf(column)];
    const nav = result.series[`${prefix}.navCNY`]!;
    expect(Number(at(5, 'navCNY.p95'))).toBe(nav.p95[5]);
    expect(Number(at(12, 'calledCNY.mean'))).toBe(result.series[`${prefix}.calledCNY`]!.mean[12]);
    expect(rows.every((r) => r.split(',').length === columns.length)).toBe(true);
  });

  it('is null for a fund the result does not hold', () => {
    expect(fundPlanCsv(result, 'fund.no-such-fund')).toBeNull();
  });
});

describe('the pacing model fitted to a simulated fund', () => {
  const scenario = smallScenario({ years: 6 });
  const run = createRunAggregate();
  mergeRunAggregates(
    run,
    aggregateBlock(0, 16, (t) => trialRecord(simulateTrial(scenario, t, { fundSeries: true }))),
  );
  const info = { wallTimeMs: 1, workers: 1, runner: 'test', startedAt: '2026-12-02T00:00:00Z' };
  const result = buildRunResult(scenario, finalizeRun(run), info);
  const fundId = simulateTrial(scenario, 0).funds.find((f) => f.classAccounts)!.id;

  it('fits the mean calls, distributions and NAV of a sub-fund against its commitment', () => {
    const fit = fundPacingFit(result, `fund.${fundId}`);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.years).toBe(6);
    const called = result.series[`fund.${fundId}.calledCNY`]!.mean.reduce((a, v) => a! + v!, 0)!;
    const commitment = result.metrics[`fund.${fundId}.commitmentCNY`]!.mean!;
    // Calls never pass the commitment, and the fitted curve's calls track the simulated ones.
    expect(called).toBeLessThanOrEqual(commitment * (1 + 1e-9));
    const fittedCalls = fit.fitted.contributionsCNY.reduce((a, v) => a + v, 0);
    expect(Math.abs(fittedCalls - called) / commitment).toBeLessThan(0.1);
    expect(fit.rmseCommitments).toBeLessThan(0.2);
  });

  it('says so when the run holds no such fund, and when the fund has no commitment', () => {
    const fit = fundPacingFit(result, 'fund.no-such-fund');
    expect(fit).toMatchObject({ ok: false, reason: 'nothingCalled' });
    // The guidance fund draws fiscal money as it goes: its series are there, a commitment is not.
    expect(result.series['fund.guidanceFund.calledCNY']).toBeDefined();
    expect(fundPacingFit(result, 'fund.guidanceFund')).toMatchObject({
      ok: false,
      reason: 'noCommitment',
    });
  });
});
