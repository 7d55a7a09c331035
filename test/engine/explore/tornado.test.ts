import { describe, expect, it } from 'vitest';
import {
  describeExploreProblem,
  parseScenario,
  parseScenarioPath,
  planTornado,
  PLAUSIBLE_RANGES,
  buildRunResult,
  runTornado,
  scenarioWith,
  TornadoResultSchema,
  type Scenario,
  type TornadoBar,
} from '../../../src/engine/index.ts';
import { createSerialisingRunner } from '../../../src/workers/inProcessRunner.ts';
import { pointRunnerOf } from '../../../src/workers/pointRunner.ts';
import { smallScenario } from '../../workers/smallScenario.ts';
import { noise, syntheticRunner } from './syntheticRunner.ts';

const path = (text: string) => {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.path;
};

function scenario(trials: number): Scenario {
  const s = smallScenario();
  return { ...s, simulation: { ...s.simulation, trials } };
}

const KEY = 'treasury.netCostCashPVCNY';

describe('runTornado', () => {
  it('sorts the bars by the size of each parameter’s effect, each with its paired standard error', async () => {
    // A synthetic net cost: 100 × τ − 30 × concession + 5 × approval share, plus common noise.
    const { run } = syntheticRunner((s, t) => ({
      [KEY]:
        100 * s.bank.tolerance.nplToleranceShare -
        30 * s.concession.angelStageShare +
        5 * s.bank.approvalShare +
        noise(t) * (1 + s.bank.approvalShare),
    }));
    const planned = planTornado({
      scenario: scenario(200),
      metric: KEY,
      parameters: [
        { path: path('bank.approvalShare'), low: 0.6, high: 0.9 },
        { path: path('bank.tolerance.nplToleranceShare'), low: 0.015, high: 0.06 },
        { path: path('concession.angelStageShare'), low: 0, high: 0.6 },
      ],
    });
    if (!planned.ok) throw new Error('the tornado was refused');
    const bars: TornadoBar[] = [];
    const outcome = await runTornado(planned.plan, run, { onPoint: (b) => bars.push(b) });
    if (!outcome.ok) throw new Error('the tornado failed');
    const result = TornadoResultSchema.parse(outcome.result);
    // Effects: concession −18, τ +4.5, approval +1.5 (+ the noise's share): largest first.
    expect(result.bars.map((b) => b.parameter.pathText)).toEqual([
      'concession.angelStageShare',
      'bank.tolerance.nplToleranceShare',
      'bank.approvalShare',
    ]);
    expect(result.bars[0]!.effect!.value).toBeCloseTo(-18, 9);
    expect(result.bars[1]!.effect!.value).toBeCloseTo(4.5, 9);
    // τ moves no noise: its paired difference is exact; approval moves the noise's scale.
    expect(result.bars[1]!.effect!.stderr).toBeCloseTo(0, 12);
    expect(result.bars[2]!.effect!.stderr!).toBeGreaterThan(0);
    expect(result.bars.every((b) => b.effect!.paired)).toBe(true);
    // Bars come as they are done, in the order given.
    expect(bars.map((b) => b.parameter.pathText)).toEqual([
      'bank.approvalShare',
      'bank.tolerance.nplToleranceShare',
      'concession.angelStageShare',
    ]);
  });

  it('moves every parameter of the plausible-range catalog by default, with its source, on the engine', async () => {
    const planned = planTornado({ scenario: scenario(4), metric: 'bank.loansCNY' });
    if (!planned.ok) throw new Error('the tornado was refused');
    expect(planned.plan.bars.length).toBe(PLAUSIBLE_RANGES.length);
    expect(planned.plan.bars.length).toBeGreaterThanOrEqual(12);
    const few = {
      ...planned.plan,
      bars: planned.plan.bars.filter((b) => b.info.pathText.startsWith('bank.')),
    };
    const outcome = await runTornado(few, pointRunnerOf(createSerialisingRunner()));
    if (!outcome.ok) throw new Error('the tornado failed');
    const sizes = outcome.result.bars.map((b) => Math.abs(b.effect?.value ?? -1));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    expect(outcome.result.bars.every((b) => b.source !== null)).toBe(true);
    const tau = outcome.result.bars.find(
      (b) => b.parameter.pathText === 'bank.tolerance.nplToleranceShare',
    )!;
    expect(tau.parameter.label.zh).toBe('不良容忍度 τ');
    expect(tau.current).toEqual([0.045]);
  });

  it('gives a bar the sign and size of two direct runs at its ends, and describes its metric', async () => {
    const s = scenario(64);
    const TAU = 'bank.tolerance.nplToleranceShare';
    const planned = planTornado({
      scenario: s,
      metric: 'bank.loansCNY',
      parameters: [{ path: path(TAU), low: 0.015, high: 0.06 }],
    });
    if (!planned.ok) throw new Error('the tornado was refused');
    const outcome = await runTornado(planned.plan, pointRunnerOf(createSerialisingRunner()));
    if (!outcome.ok) throw new Error('the tornado failed');
    const bar = outcome.result.bars[0]!;
    // Each end run alone, unpaired, through the same kind of runner.
    const direct = async (value: number) => {
      const changed = scenarioWith(s, [{ path: path(TAU), value }]);
      if (!changed.ok) throw new Error(`τ = ${value} does not parse`);
      const run = await createSerialisingRunner().run({ scenario: changed.scenario });
      if (!run.ok) throw new Error(`the run at τ = ${value} failed`);
      return buildRunResult(changed.scenario, run.summary, run.info).metrics['bank.loansCNY']!;
    };
    const [low, high] = [await direct(0.015), await direct(0.06)];
    // The same seed: the ends' statistics are the direct runs', bit for bit.
    expect(bar.atLow.mean).toBe(low.mean);
    expect(bar.atHigh.mean).toBe(high.mean);
    expect(high.mean! - low.mean!).toBeGreaterThan(0);
    expect(Math.sign(bar.effect!.value)).toBe(Math.sign(high.mean! - low.mean!));
    // Defined in every trial: the mean of the paired differences is the difference of the means.
    expect(bar.effect!.value).toBeCloseTo(high.mean! - low.mean!, 0);
    expect(bar.effect!.stderr!).toBeGreaterThan(0);
    expect(outcome.result.definitions.metrics['bank.loansCNY']!.unit).toBe('CNY');
  });

  it('leaves out, and lists, catalog parameters the scenario does not have', () => {
    const s = scenario(4);
    const parsed = parseScenario({
      ...s,
      funds: { ...s.funds, techFunds: [] },
      sources: s.sources
        .map((c) => ({ ...c, fields: c.fields.filter((f) => !f.startsWith('funds.techFunds')) }))
        .filter((c) => c.fields.length > 0),
    });
    if (!parsed.ok) throw new Error('the scenario without tech sub-funds does not parse');
    const planned = planTornado({ scenario: parsed.scenario });
    if (!planned.ok) throw new Error('the tornado was refused');
    expect(planned.plan.metric).toBe('treasury.netCostCashPVCNY');
    expect(planned.plan.skipped).toEqual([
      {
        pathText: 'funds.techFunds[*].guidanceFundShare',
        reason: expect.stringMatching(/funds\.techFunds is empty/),
      },
    ]);
  });

  it('refuses an unknown metric or statistic, a field that is not a number, and an empty range', () => {
    const refused = planTornado({
      scenario: scenario(4),
      metric: 'treasury.netCost',
      statistic: 'p51',
      parameters: [
        { path: path('bank.enabled'), low: 0, high: 1 },
        { path: path('bank.approvalShare'), low: 0.9, high: 0.6 },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => p.kind)).toEqual([
      'unknownMetric',
      'unknownStatistic',
      'notNumeric',
      'emptyRange',
    ]);
    expect(describeExploreProblem(refused.problems[0]!, 'en')).toMatch(
      /such as treasury\.netCostCashPVCNY, treasury\.netCostWithNavPVCNY/,
    );
  });
});
