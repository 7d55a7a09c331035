import { describe, expect, it } from 'vitest';
import {
  describeExploreProblem,
  parseScenarioPath,
  planSweep,
  runSweep,
  SweepResultSchema,
  type ExploreProblem,
  type ExploreProgress,
  type ParameterValue,
  type Scenario,
  type SweepPoint,
} from '../../../src/engine/index.ts';
import { createSerialisingRunner } from '../../../src/workers/inProcessRunner.ts';
import { pointRunnerOf } from '../../../src/workers/pointRunner.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

const TAU = 'bank.tolerance.nplToleranceShare';
const CONCESSION = 'concession.angelStageShare';

const path = (text: string) => {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.path;
};

/** The default scenario cut to four years and one block of 64 trials. */
function scenario(trials = 64): Scenario {
  const s = smallScenario();
  return { ...s, simulation: { ...s.simulation, trials } };
}

function plan(
  base: Scenario,
  parameters: Array<[string, ParameterValue[]]>,
  baseValues?: ParameterValue[],
) {
  const planned = planSweep({
    scenario: base,
    parameters: parameters.map(([p, values]) => ({ path: path(p), values })),
    ...(baseValues ? { base: baseValues } : {}),
  });
  if (!planned.ok)
    throw new Error(planned.problems.map((p) => describeExploreProblem(p, 'en')).join('\n'));
  return planned.plan;
}

function problemsOf(
  base: Scenario,
  parameters: Array<[string, ParameterValue[]]>,
  baseValues?: ParameterValue[],
): ExploreProblem[] {
  const planned = planSweep({
    scenario: base,
    parameters: parameters.map(([p, values]) => ({ path: path(p), values })),
    ...(baseValues ? { base: baseValues } : {}),
  });
  if (planned.ok) throw new Error('expected the sweep to be refused');
  return planned.problems;
}

describe('runSweep (on the serialising runner, as workers would run it)', () => {
  const taus = [0.015, 0.03, 0.06];
  const points: SweepPoint[] = [];
  const progress: ExploreProgress[] = [];
  const runner = createSerialisingRunner();
  const outcome = runSweep(plan(scenario(), [[TAU, taus]]), pointRunnerOf(runner), {
    onPoint: (p) => points.push(p),
    onProgress: (p) => progress.push(p),
  });

  it('gives every point the same firm fates when the swept parameter does not touch firms (common random numbers)', async () => {
    const result = await outcome;
    if (!result.ok) throw new Error('the sweep failed');
    const sweep = SweepResultSchema.parse(result.result);
    expect(sweep.points.map((p) => p.values)).toEqual(taus.map((t) => [t]));
    const firmKeys = Object.keys(sweep.points[0]!.metrics).filter((k) => k.startsWith('firms.'));
    expect(firmKeys).toEqual(
      expect.arrayContaining(['firms.arrived', 'firms.failed', 'firms.listed']),
    );
    for (const point of sweep.points)
      for (const key of firmKeys) {
        // Exactly: the same firms, the same fates, bit for bit.
        expect(point.metrics[key]!.stats, `${key} at τ = ${point.values[0]}`).toEqual(
          sweep.points[0]!.metrics[key]!.stats,
        );
        expect(point.metrics[key]!.difference).toMatchObject({ mean: 0, stderr: 0 });
      }
    // The bank does see τ: its lending differs between the ends.
    const loans = sweep.points.map((p) => p.metrics['bank.loansCNY']!.stats.mean!);
    expect(loans[2]).not.toBe(loans[0]);
  });

  it('reports every metric with its paired difference from the base, which is the first point by default', async () => {
    const result = await outcome;
    if (!result.ok) throw new Error('the sweep failed');
    const { points: all, baseIndex } = result.result;
    expect(baseIndex).toBe(0);
    expect(all[0]!.base).toBe(true);
    for (const point of all.slice(1)) {
      const { stats, difference } = point.metrics['bank.loansCNY']!;
      const base = all[0]!.metrics['bank.loansCNY']!.stats;
      // Defined in every trial, so the mean of the differences is the difference of the means.
      expect(difference!.mean!).toBeCloseTo(stats.mean! - base.mean!, 0);
      expect(difference!.stderr).toBeGreaterThan(0);
    }
    expect(all.map((p) => p.chartParameters.nplToleranceShare)).toEqual(taus);
    expect(result.result.seed).toBe(scenario().simulation.seed);
    expect(result.result.trials).toBe(64);
  });

  it('reports what each extra fiscal yuan bought at every point but the base, as the comparison does', async () => {
    const result = await outcome;
    if (!result.ok) throw new Error('the sweep failed');
    const [base, ...others] = result.result.points;
    expect(base!.perFiscalYuan).toBeNull();
    for (const point of others) {
      const bases = point.perFiscalYuan!;
      expect(bases.map((b) => b.costKey)).toEqual([
        'treasury.spentCNY',
        'treasury.netCostCashPVCNY',
      ]);
      for (const basis of bases) {
        const cost = point.metrics[basis.costKey]!.difference!;
        expect(basis.cost).toEqual({ mean: cost.mean, stderr: cost.stderr });
        const backed = basis.outcomes['firms.supported']!;
        if (basis.status === 'ok')
          expect(backed.perYuan).toBeCloseTo(
            point.metrics['firms.supported']!.difference!.mean! / cost.mean!,
            12,
          );
        else expect(backed.perYuan).toBeNull();
      }
    }
  });

  it('reports point by point, the base first, and progress over the whole sweep', async () => {
    await outcome;
    expect(points.map((p) => p.index)).toEqual([0, 1, 2]);
    const last = progress.at(-1)!;
    // Two paired runs of 64 trials: 256 scenario-trials in all.
    expect(last).toEqual({ runsDone: 2, runs: 2, trialsDone: 256, trials: 256 });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.trialsDone).toBeGreaterThanOrEqual(progress[i - 1]!.trialsDone);
  });

  it('takes its differences from a chosen base point, and runs a grid of two parameters row by row', async () => {
    const grid = plan(
      scenario(),
      [
        [TAU, [0.015, 0.045]],
        [CONCESSION, [0, 0.4]],
      ],
      [0.045, 0.4],
    );
    expect(grid.points.map((p) => p.values)).toEqual([
      [0.015, 0],
      [0.015, 0.4],
      [0.045, 0],
      [0.045, 0.4],
    ]);
    expect(grid.baseIndex).toBe(3);
    const result = await runSweep(grid, pointRunnerOf(createSerialisingRunner()));
    if (!result.ok) throw new Error('the grid failed');
    const base = result.result.points[3]!;
    expect(base.base).toBe(true);
    const noConcession = result.result.points[2]!.metrics['concession.amountCNY']!;
    expect(noConcession.difference!.mean!).toBeLessThan(0);
  });

  it('stops when cancelled, returning the points done', async () => {
    const controller = new AbortController();
    const run = pointRunnerOf(createSerialisingRunner(), controller.signal);
    const result = await runSweep(plan(scenario(), [[TAU, taus]]), run, {
      onPoint: () => controller.abort(),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('cancelled');
    expect(result.done.map((p) => p.index)).toEqual([0, 1]);
  });
});

describe('a sweep point that differs from the base only in what the model never reads', () => {
  it('has, in every metric, a paired difference of exactly 0 with standard error 0, and the base’s statistics', async () => {
    // The English name is a label: both points run the same trials on the same random numbers.
    const result = await runSweep(
      plan(scenario(), [['name.en', ['base', 'renamed']]]),
      pointRunnerOf(createSerialisingRunner()),
    );
    if (!result.ok) throw new Error('the sweep failed');
    const [base, renamed] = SweepResultSchema.parse(result.result).points;
    const keys = Object.keys(renamed!.metrics);
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      const { stats, difference } = renamed!.metrics[key]!;
      expect(stats, key).toEqual(base!.metrics[key]!.stats);
      // A standard error needs two trials with the metric defined; with one it is undefined.
      if (stats.count > 0)
        expect(difference, key).toEqual({
          mean: 0,
          stderr: stats.count > 1 ? 0 : null,
          p5: 0,
          p95: 0,
        });
    }
  });

  it('describes itself: every metric’s unit, labels and definition, and what each statistic is', async () => {
    const result = await outcomeOfTau();
    const { definitions, points } = result;
    expect(Object.keys(definitions.metrics)).toEqual(Object.keys(points[0]!.metrics));
    expect(definitions.metrics['bank.loansCNY']).toMatchObject({
      unit: 'CNY',
      label: { zh: expect.any(String), en: 'Loans made' },
    });
    expect(definitions.statistics['difference']).toMatch(/common random numbers/);
  });
});

async function outcomeOfTau() {
  const result = await runSweep(
    plan(scenario(), [[TAU, [0.015, 0.06]]]),
    pointRunnerOf(createSerialisingRunner()),
  );
  if (!result.ok) throw new Error('the sweep failed');
  return SweepResultSchema.parse(result.result);
}

describe('planSweep refuses what it cannot run, naming the input, what was expected and what was given', () => {
  const base = scenario();

  it.each([
    ['bank.tolerance.tau', [0.01, 0.02], 'badPath', /no field 'tau' in bank\.tolerance/],
    [
      TAU,
      [0.015, 2],
      'badValue',
      /the value 2 makes no valid scenario: bank\.tolerance\.nplToleranceShare: expected a number ≤ 1/,
    ],
    [TAU, [0.015, 'high'], 'badValue', /expected a number, got "high"/],
    [
      TAU,
      Array.from({ length: 13 }, (_, i) => i / 100),
      'tooManyValues',
      /expected at most 12 values, got 13/,
    ],
    [TAU, [0.015], 'tooFewValues', /expected at least 2 values, got 1/],
    [TAU, [0.015, 0.015], 'repeatedValue', /got 0\.015 twice/],
    ['funds.angelFunds[9].gpShare', [0, 0.1], 'badPath', /funds\.angelFunds has 4 item\(s\)/],
  ])('%s = %j: %s', (p, values, kind, message) => {
    const problems = problemsOf(base, [[p, values as ParameterValue[]]]);
    expect(problems[0]!.kind).toBe(kind);
    expect(describeExploreProblem(problems[0]!, 'en')).toMatch(message);
    expect(describeExploreProblem(problems[0]!, 'zh')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a grid over 6 × 6, three parameters, one parameter twice and a base that is no point', () => {
    const seven = Array.from({ length: 7 }, (_, i) => i / 100);
    const grid = problemsOf(base, [
      [TAU, seven],
      [CONCESSION, [0, 0.4]],
    ]);
    expect(describeExploreProblem(grid[0]!, 'en')).toBe(
      'expected at most 6 values (a grid of two parameters is at most 6 × 6), got 7',
    );
    expect(
      problemsOf(base, [
        [TAU, [0, 1]],
        [CONCESSION, [0, 1]],
        ['bank.approvalShare', [0, 1]],
      ])[0]!.kind,
    ).toBe('tooManyParameters');
    expect(
      problemsOf(base, [
        [TAU, [0.01, 0.02]],
        ['bank.tolerance.nplToleranceShare', [0.03, 0.04]],
      ])[0]!.kind,
    ).toBe('sameParameterTwice');
    const notAPoint = problemsOf(base, [[TAU, [0.015, 0.03]]], [0.02]);
    expect(describeExploreProblem(notAPoint[0]!, 'en')).toMatch(
      /expected a point of the sweep .*, got 0\.02/,
    );
  });

  it('refuses a pair of values that breaks a rule across fields although each is valid alone', () => {
    const problems = problemsOf(base, [
      ['funds.angelFunds[*].guidanceFundShare', [0.3, 0.985]],
      ['funds.angelFunds[*].gpShare', [0.01, 0.02]],
    ]);
    // 0.985 + the default GP share 0.01 and 0.3 + 0.02 are fine; 0.985 + 0.02 is not.
    expect(problems.map((p) => p.kind)).toEqual(['badValue']);
    expect(problems[0]).toMatchObject({ index: 1, value: '0.985,0.02' });
    expect(describeExploreProblem(problems[0]!, 'en')).toMatch(
      /guidance-fund and GP shares that add up to at most 1/,
    );
  });
});
