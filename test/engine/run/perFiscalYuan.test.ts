import { describe, expect, it } from 'vitest';
import { addTrial, createRunAggregate, finalizeRun } from '../../../src/engine/aggregate/index.ts';
import { perFiscalYuan } from '../../../src/engine/run/perFiscalYuan.ts';
import { crossKey, perYuanCrossMetrics } from '../../../src/engine/run/perYuanCross.ts';
import { pairedTrialRecord } from '../../../src/engine/index.ts';
import { parsed, programmeScenarioJson } from '../defaultScenario.ts';

const SPENT = 'treasury.spentCNY';
const NET = 'treasury.netCostCashPVCNY';
const RAISED = 'fundRaising.privateCapitalRaisedCNY';
const BACKED = 'firms.supported';

/** A run summary of paired differences given trial by trial, with their cross products. */
function summaryOf(trials: Array<Record<string, number>>) {
  const agg = createRunAggregate();
  for (const diff of trials) {
    const metrics: Record<string, number> = {};
    for (const [key, value] of Object.entries(diff)) metrics[`diff.${key}`] = value;
    addTrial(agg, { ...metrics, ...perYuanCrossMetrics(metrics) }, {});
  }
  return finalizeRun(agg).metrics;
}

/** The delta-method standard error of mean(x) / mean(c), computed directly from the samples. */
function deltaStderr(x: number[], c: number[]): number {
  const n = x.length;
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / n;
  const mx = mean(x);
  const mc = mean(c);
  const r = mx / mc;
  const residual = x.map((xi, i) => xi - r * c[i]!);
  const mr = mean(residual);
  const variance = residual.reduce((s, e) => s + (e - mr) ** 2, 0) / (n - 1);
  return Math.sqrt(variance / n) / Math.abs(mc);
}

describe('what each extra fiscal yuan bought', () => {
  it('is the ratio of mean paired differences, with the delta-method standard error', () => {
    // Spending differences and outcomes that follow them with noise (a fixed pattern).
    const n = 200;
    const spent = Array.from({ length: n }, (_, i) => 1e7 + 3e6 * Math.sin(i * 1.7));
    const net = Array.from({ length: n }, (_, i) => 2e6 + 4e6 * Math.cos(i * 0.9));
    const raised = spent.map((s, i) => 0.9 * s + 2e6 * Math.sin(i * 2.3 + 1));
    const backed = spent.map((s, i) => s / 1e7 + Math.cos(i * 3.1));
    const trials = spent.map((s, i) => ({
      [SPENT]: s,
      [NET]: net[i]!,
      [RAISED]: raised[i]!,
      [BACKED]: backed[i]!,
    }));
    const bases = perFiscalYuan(summaryOf(trials))!;
    expect(bases.map((b) => b.costKey)).toEqual([SPENT, NET]);
    const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / n;
    for (const [basis, cost] of [
      [bases[0]!, spent],
      [bases[1]!, net],
    ] as const) {
      expect(basis.status).toBe('ok');
      for (const [key, x] of [
        [RAISED, raised],
        [BACKED, backed],
      ] as const) {
        const o = basis.outcomes[key]!;
        expect(o.perYuan).toBeCloseTo(mean(x) / mean(cost), 12);
        expect(o.stderr! / deltaStderr(x, cost)).toBeCloseTo(1, 6);
      }
    }
  });

  it('has no error when the outcome is proportional to the cost', () => {
    const trials = [1e6, 3e6, 2e6, 5e6].map((c) => ({ [SPENT]: c, [NET]: c, [RAISED]: 2 * c }));
    const basis = perFiscalYuan(summaryOf(trials))![0]!;
    expect(basis.outcomes[RAISED]!.perYuan).toBeCloseTo(2, 12);
    expect(basis.outcomes[RAISED]!.stderr).toBeLessThan(1e-6);
  });

  it('gives no ratio when the cost does not differ, or not distinguishably from 0', () => {
    const same = perFiscalYuan(
      summaryOf([0, 0, 0].map(() => ({ [SPENT]: 0, [NET]: 0, [RAISED]: 1 }))),
    )!;
    expect(same[0]!.status).toBe('noCostDifference');
    expect(same[0]!.outcomes[RAISED]).toEqual({ perYuan: null, stderr: null });
    const noisy = perFiscalYuan(
      summaryOf([5, -4, 3, -5, 2].map((c) => ({ [SPENT]: c, [NET]: c, [RAISED]: 1 }))),
    )!;
    expect(noisy[0]!.status).toBe('costNotDistinguishable');
    expect(noisy[0]!.outcomes[RAISED]!.perYuan).toBeNull();
  });

  it('is absent from a run that is not a comparison', () => {
    expect(perFiscalYuan(summaryOf([]))).toBeNull();
  });

  it('comes from the cross products a paired trial of the programme records', () => {
    const json = programmeScenarioJson() as { simulation: { years: number } };
    json.simulation.years = 4;
    const a = parsed(json);
    const record = pairedTrialRecord(a, a, 0).metrics;
    expect(record[crossKey(RAISED, SPENT)]).toBe(0);
    expect(record[crossKey(BACKED, NET)]).toBe(0);
    expect(record[`diff.${SPENT}`]).toBe(0);
  });
});
