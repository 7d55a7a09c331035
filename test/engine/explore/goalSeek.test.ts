import { describe, expect, it } from 'vitest';
import {
  describeExploreProblem,
  parseScenarioPath,
  planSeek,
  runSeek,
  SeekResultSchema,
  type ExploreProblem,
  type Scenario,
  type SeekInput,
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

function planned(input: SeekInput) {
  const result = planSeek(input);
  if (!result.ok)
    throw new Error(result.problems.map((p) => describeExploreProblem(p, 'en')).join('\n'));
  return result.plan;
}

const CONCESSION = path('concession.angelStageShare');
const KEY = 'angelFunds.privateLP.irr';

/**
 * A synthetic monotone metric: the private LPs' IRR is 2% + 10% × the concession share, plus a
 * noise term fixed by the trial (common random numbers), so its mean over n trials is the line
 * shifted by the mean noise, and the root of `mean = 6%` is known.
 */
const model = (s: Scenario, t: number) => ({
  [KEY]: 0.02 + 0.1 * s.concession.angelStageShare + 0.01 * noise(t),
});

describe('runSeek', () => {
  const trials = 400;
  const meanNoise =
    Array.from({ length: trials }, (_, t) => 0.01 * noise(t)).reduce((a, b) => a + b) / trials;

  it('finds the root of a synthetic monotone metric within its Monte Carlo interval', async () => {
    const { run } = syntheticRunner(model);
    const plan = planned({
      scenario: scenario(trials),
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'mean', value: 0.06 },
    });
    const outcome = await runSeek(plan, run);
    if (!outcome.ok) throw new Error('the seek failed');
    const result = SeekResultSchema.parse(outcome.result);
    expect(result.status).toBe('found');
    // The root of the sample curve (the line moved by the trials' mean noise) and of the true one.
    const sampleRoot = (0.04 - meanNoise) / 0.1;
    expect(result.value!).toBeCloseTo(sampleRoot, 6);
    const [lo, hi] = result.interval!;
    expect(lo).toBeLessThanOrEqual(0.4);
    expect(hi).toBeGreaterThanOrEqual(0.4);
    // The delta method: the mean's standard error over the slope 0.1.
    const se = result.evaluations.at(-1)!.stderr!;
    expect(result.stderr!).toBeCloseTo(se / 0.1, 6);
    expect(result.evaluations.length).toBeLessThanOrEqual(plan.maxRuns);
    expect(result.bracket![0]).toBeLessThanOrEqual(result.value!);
    expect(result.bracket![1]).toBeGreaterThanOrEqual(result.value!);
  });

  it('finds the root of a curved metric within a few runs, the bracket narrowed below the noise', async () => {
    // 2% + 10% × √share (+ common noise): the root of mean = 7% is at 0.25 less the noise's share.
    const { run } = syntheticRunner((s, t) => ({
      [KEY]: 0.02 + 0.1 * Math.sqrt(s.concession.angelStageShare) + 0.01 * noise(t),
    }));
    const plan = planned({
      scenario: scenario(trials),
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'mean', value: 0.07 },
    });
    const outcome = await runSeek(plan, run);
    if (!outcome.ok) throw new Error('the seek failed');
    const { value, interval, bracket, evaluations } = outcome.result;
    const sampleRoot = ((0.05 - meanNoise) / 0.1) ** 2;
    const [lo, hi] = interval!;
    expect(lo).toBeLessThanOrEqual(sampleRoot);
    expect(hi).toBeGreaterThanOrEqual(sampleRoot);
    expect(Math.abs(value! - sampleRoot)).toBeLessThan((hi - lo) / 4);
    expect(bracket![1] - bracket![0]).toBeLessThanOrEqual((hi - lo) / 4);
    expect(evaluations.length).toBeLessThanOrEqual(plan.maxRuns);
  });

  it('finds the root of a median too, with the quantile’s standard error', async () => {
    const { run } = syntheticRunner(model);
    const plan = planned({
      scenario: scenario(trials),
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'p50', value: 0.06 },
    });
    const outcome = await runSeek(plan, run);
    if (!outcome.ok) throw new Error('the seek failed');
    expect(outcome.result.status).toBe('found');
    const [lo, hi] = outcome.result.interval!;
    expect(lo).toBeLessThan(0.4 + 0.01);
    expect(hi).toBeGreaterThan(0.4 - 0.01);
    expect(outcome.result.stderr!).toBeGreaterThan(0);
  });

  it('says the target is not reachable in the range when it lies beyond both ends', async () => {
    const { run } = syntheticRunner(model);
    const plan = planned({
      scenario: scenario(trials),
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'mean', value: 0.2 },
    });
    const outcome = await runSeek(plan, run);
    if (!outcome.ok) throw new Error('the seek failed');
    expect(outcome.result.status).toBe('notReachable');
    expect(outcome.result.value).toBeNull();
    expect(outcome.result.interval).toBeNull();
    // Two runs, one at each end, are enough to know.
    expect(outcome.result.evaluations.map((e) => e.value)).toEqual([0, 0.8]);
  });

  it('says a metric undefined in every trial gives no answer', async () => {
    const { run } = syntheticRunner(() => ({ [KEY]: Number.NaN }));
    const plan = planned({
      scenario: scenario(16),
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'mean', value: 0.06 },
    });
    const outcome = await runSeek(plan, run);
    expect(outcome.ok && outcome.result.status).toBe('undefined');
  });

  it('finds a value computed by hand on the engine itself: the guidance share that commits CNY 540M', async () => {
    // guidanceFund.committedCNY = 800M × g (four angel sub-funds of 200M) + 260M (the tech and
    // bank-linked sub-funds' guidance parts), the same in every trial: g = 0.35.
    const plan = planned({
      scenario: scenario(8),
      path: path('funds.angelFunds[*].guidanceFundShare'),
      low: 0.2,
      high: 0.4,
      target: { metric: 'guidanceFund.committedCNY', statistic: 'mean', value: 540_000_000 },
    });
    const outcome = await runSeek(plan, pointRunnerOf(createSerialisingRunner()));
    if (!outcome.ok) throw new Error('the seek failed');
    expect(outcome.result.status).toBe('found');
    expect(outcome.result.value!).toBeCloseTo(0.35, 9);
    // No trial-to-trial variation: the interval is the point itself.
    expect(outcome.result.stderr).toBe(0);
    expect(outcome.result.interval![0]).toBeCloseTo(0.35, 9);
    expect(outcome.result.interval![1]).toBeCloseTo(0.35, 9);
  });
});

describe('planSeek refuses what it cannot seek', () => {
  const base = scenario(16);
  const problems = (
    input: Partial<SeekInput> & { target?: SeekInput['target'] },
  ): ExploreProblem[] => {
    const result = planSeek({
      scenario: base,
      path: CONCESSION,
      low: 0,
      high: 0.8,
      target: { metric: KEY, statistic: 'p50', value: 0.08 },
      ...input,
    });
    if (result.ok) throw new Error('expected the seek to be refused');
    return result.problems;
  };

  it.each([
    [
      { target: { metric: 'angelFunds.privateLP.ir', statistic: 'p50', value: 0.08 } },
      'unknownMetric',
      /expected a metric this scenario reports \(such as .*\), got "angelFunds\.privateLP\.ir"/,
    ],
    [
      { target: { metric: KEY, statistic: 'median', value: 0.08 } },
      'unknownStatistic',
      /expected one of the statistics mean, p5, p25, p50, p75, p95, got "median"/,
    ],
    [
      { low: 0.8, high: 0.2 },
      'emptyRange',
      /expected a range LOW\.\.HIGH with LOW < HIGH, got 0\.8\.\.0\.2/,
    ],
    [
      { high: 1.5 },
      'badValue',
      /the value 1\.5 makes no valid scenario: concession\.angelStageShare: expected a number ≤ 1/,
    ],
    [
      { path: path('simulation.years'), low: 5, high: 10 },
      'notNumeric',
      /takes whole numbers only/,
    ],
    [{ path: path('bank.enabled') }, 'notNumeric', /expected a numeric field, got bank\.enabled/],
    [
      { path: path('concession.angleStageShare') },
      'badPath',
      /no field 'angleStageShare' in concession/,
    ],
  ])('%j: %s', (input, kind, message) => {
    const [first] = problems(input as Partial<SeekInput>);
    expect(first!.kind).toBe(kind);
    expect(describeExploreProblem(first!, 'en')).toMatch(message);
  });
});
