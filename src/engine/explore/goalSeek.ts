import * as z from 'zod';
import { describeMetric } from '../metrics/catalog.ts';
import { chartParameters, ChartParametersSchema } from '../run/chartParameters.ts';
import { ENGINE_VERSION } from '../run/engineVersion.ts';
import { buildRunResult, RunInfoSchema } from '../run/runResult.ts';
import { scenarioHash } from '../run/scenarioHash.ts';
import type { ScenarioPath } from '../scenario/scenarioPath.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ExploreProblem } from './exploreProblem.ts';
import {
  exploredParameter,
  ExploredMetricSchema,
  ExploredParameterSchema,
} from './exploredParameter.ts';
import { definitionsOf, DefinitionsSchema } from './definitions.ts';
import { checkMetricKey } from './metricKey.ts';
import { describeParameter, scenarioWith, type ParameterInfo } from './parameter.ts';
import {
  createPointSequence,
  type ExploreCallbacks,
  type ExploreOutcome,
  type RunPoint,
} from './pointRunner.ts';
import { pointStats, PointStatsSchema } from './pointStats.ts';
import {
  isStatistic,
  statisticOf,
  statisticStderr,
  STATISTICS,
  type Statistic,
} from './statistic.ts';

/** Runs a goal seek may take, the two ends included (default), and at most. */
export const SEEK_RUNS = { default: 8, min: 3, max: 20 } as const;

/** The normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export type SeekInput = {
  scenario: Scenario;
  path: ScenarioPath;
  low: number;
  high: number;
  target: { metric: string; statistic: string; value: number };
  maxRuns?: number;
};

export type SeekPlan = {
  scenario: Scenario;
  parameter: ParameterInfo;
  low: number;
  high: number;
  metric: string;
  statistic: Statistic;
  target: number;
  maxRuns: number;
};

export const SeekEvaluationSchema = z.strictObject({
  value: z.number().meta({ description: 'The parameter’s value in this run' }),
  statistic: z.number().nullable(),
  stderr: z.number().nullable(),
  stats: PointStatsSchema,
});
export type SeekEvaluation = z.infer<typeof SeekEvaluationSchema>;

export const SeekResultSchema = z
  .strictObject({
    kind: z.literal('seek'),
    engineVersion: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string(),
    chartParameters: ChartParametersSchema,
    seed: z.int(),
    trials: z.int().min(1),
    parameter: ExploredParameterSchema.extend({
      low: z.number(),
      high: z.number(),
      current: z.array(z.unknown()),
    }),
    target: z.strictObject({
      metric: ExploredMetricSchema,
      statistic: z.enum(STATISTICS),
      value: z.number(),
    }),
    status: z.enum(['found', 'notReachable', 'undefined']).meta({
      description:
        'found: a value in the range brings the statistic to the target; notReachable: the statistic is on the same side of the target at both ends; undefined: the metric is undefined in every trial at a value tried',
    }),
    value: z.number().nullable().meta({ description: 'The value found' }),
    stderr: z.number().nullable().meta({
      description:
        'Monte Carlo standard error of the value found: the statistic’s standard error over the slope of the statistic in the parameter (delta method)',
    }),
    interval: z
      .tuple([z.number(), z.number()])
      .nullable()
      .meta({ description: 'value ± 1.96 standard errors: a 95% Monte Carlo interval' }),
    bracket: z
      .tuple([z.number(), z.number()])
      .nullable()
      .meta({ description: 'The last two values tried on either side of the target' }),
    evaluations: z.array(SeekEvaluationSchema).meta({ description: 'Every run, in order' }),
    definitions: DefinitionsSchema,
    run: RunInfoSchema,
  })
  .meta({ title: 'Goal seek of one parameter for a target statistic of a metric' });
export type SeekResult = z.infer<typeof SeekResultSchema>;

/** Checks a goal seek: a numeric field, a range whose ends are valid, a known metric and statistic. */
export function planSeek(
  input: SeekInput,
): { ok: true; plan: SeekPlan } | { ok: false; problems: ExploreProblem[] } {
  const { scenario, low, high, target } = input;
  const problems: ExploreProblem[] = [];
  const described = describeParameter(scenario, input.path);
  if (!described.ok)
    problems.push({ kind: 'badPath', input: 'parameter', index: 0, issue: described.issue });
  else if (described.info.kind !== 'number')
    problems.push({
      kind: 'notNumeric',
      input: 'parameter',
      index: 0,
      pathText: described.info.pathText,
      wholeNumbers: described.info.kind === 'integer',
    });
  else if (!(low < high))
    problems.push({ kind: 'emptyRange', input: 'parameter', index: 0, low, high });
  else
    for (const value of [low, high]) {
      const changed = scenarioWith(scenario, [{ path: input.path, value }]);
      if (!changed.ok)
        problems.push({
          kind: 'badValue',
          input: 'parameter',
          index: 0,
          value,
          issues: changed.issues,
        });
    }
  const metricProblem = checkMetricKey(target.metric, scenario);
  if (metricProblem) problems.push(metricProblem);
  if (!isStatistic(target.statistic))
    problems.push({ kind: 'unknownStatistic', input: 'statistic', given: target.statistic });
  if (!Number.isFinite(target.value))
    problems.push({ kind: 'badTarget', input: 'target', given: target.value });
  if (problems.length > 0 || !described.ok || !isStatistic(target.statistic))
    return { ok: false, problems };
  const maxRuns = Math.min(
    SEEK_RUNS.max,
    Math.max(SEEK_RUNS.min, input.maxRuns ?? SEEK_RUNS.default),
  );
  return {
    ok: true,
    plan: {
      scenario,
      parameter: described.info,
      low,
      high,
      metric: target.metric,
      statistic: target.statistic,
      target: target.value,
      maxRuns,
    },
  };
}

type Tried = SeekEvaluation & { gap: number | null };

/**
 * Finds the value of the parameter that brings the statistic to the target, by regula falsi
 * (Illinois) between the range's ends. Every run has the scenario's seed and trials (common
 * random numbers), so the statistic is one smooth-ish curve in the parameter rather than noise
 * around one, and the secant between two runs — a paired difference — gives the slope. It stops
 * when the bracket is narrower than half the Monte Carlo interval's half-width (refining below
 * the noise buys nothing) or after maxRuns. The value is interpolated in the last bracket; its standard error is
 * the statistic's over the slope (delta method), its interval ± 1.96 of those. When the target
 * lies beyond the statistic at both ends, it is not reachable in the range.
 */
export async function runSeek<E>(
  plan: SeekPlan,
  runPoint: RunPoint<E>,
  callbacks: ExploreCallbacks<SeekEvaluation> = {},
): Promise<ExploreOutcome<SeekResult, SeekEvaluation, E>> {
  const { scenario, parameter, metric, statistic, target } = plan;
  const trials = scenario.simulation.trials;
  const sequence = createPointSequence(
    runPoint,
    trials,
    trials * plan.maxRuns,
    plan.maxRuns,
    callbacks.onProgress,
  );
  const done: SeekEvaluation[] = [];
  const evaluate = async (
    value: number,
  ): Promise<{ ok: true; tried: Tried } | { ok: false; error: E } | { ok: true; tried: null }> => {
    const changed = scenarioWith(scenario, [{ path: parameter.path, value }]);
    // Both ends are valid and every field's range is an interval: only a rule across fields
    // could refuse a value between them, and then nothing can be said there.
    if (!changed.ok) return { ok: true, tried: null };
    const outcome = await sequence.run({ scenario: changed.scenario });
    if (!outcome.ok) return outcome;
    const m = buildRunResult(changed.scenario, outcome.summary, outcome.info).metrics[metric];
    const stats = m
      ? pointStats(m)
      : {
          mean: null,
          stderr: null,
          p5: null,
          p25: null,
          p50: null,
          p75: null,
          p95: null,
          min: null,
          max: null,
          count: 0,
          undefinedCount: trials,
        };
    const s = statisticOf(stats, statistic);
    const evaluation: SeekEvaluation = {
      value,
      statistic: s,
      stderr: statisticStderr(stats, statistic),
      stats,
    };
    done.push(evaluation);
    callbacks.onPoint?.(evaluation);
    return { ok: true, tried: { ...evaluation, gap: s === null ? null : s - target } };
  };

  const finish = (
    status: SeekResult['status'],
    found: { value: number; stderr: number | null; bracket: [number, number] } | null,
  ): ExploreOutcome<SeekResult, SeekEvaluation, E> => {
    sequence.finish();
    const entry = describeMetric(metric);
    const halfWidth = found?.stderr == null ? null : Z95 * found.stderr;
    return {
      ok: true,
      result: {
        kind: 'seek',
        engineVersion: ENGINE_VERSION,
        scenarioId: scenario.id,
        scenarioHash: scenarioHash(scenario),
        chartParameters: chartParameters(scenario),
        seed: scenario.simulation.seed,
        trials,
        parameter: {
          ...exploredParameter(parameter),
          low: plan.low,
          high: plan.high,
          current: parameter.current,
        },
        target: {
          metric: {
            key: metric,
            label: entry?.label ?? { zh: metric, en: metric },
            unit: entry?.unit ?? null,
          },
          statistic,
          value: target,
        },
        status,
        value: found?.value ?? null,
        stderr: found?.stderr ?? null,
        interval:
          found && halfWidth !== null ? [found.value - halfWidth, found.value + halfWidth] : null,
        bracket: found?.bracket ?? null,
        evaluations: done,
        definitions: definitionsOf([metric]),
        run: sequence.info(),
      },
    };
  };

  /** The root interpolated between two tries on either side, with its standard error. */
  const estimate = (a: Tried, b: Tried) => {
    const fa = a.gap!;
    const fb = b.gap!;
    const value = fa === fb ? a.value : a.value - (fa * (b.value - a.value)) / (fb - fa);
    const slope = (fb - fa) / (b.value - a.value);
    const t = b.value === a.value ? 0 : (value - a.value) / (b.value - a.value);
    const se = a.stderr === null || b.stderr === null ? null : (1 - t) * a.stderr + t * b.stderr;
    const stderr = se === null || slope === 0 ? null : se / Math.abs(slope);
    const bracket: [number, number] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
    return { value, stderr, bracket };
  };

  const lowTry = await evaluate(plan.low);
  if (!lowTry.ok) return { ok: false, error: lowTry.error, done };
  const highTry = await evaluate(plan.high);
  if (!highTry.ok) return { ok: false, error: highTry.error, done };
  let a = lowTry.tried;
  let b = highTry.tried;
  if (!a || !b || a.gap === null || b.gap === null) return finish('undefined', null);
  if (a.gap === 0 || b.gap === 0) {
    const hit = a.gap === 0 ? a : b;
    return finish('found', { ...estimate(a, b), value: hit.value });
  }
  if (Math.sign(a.gap) === Math.sign(b.gap)) return finish('notReachable', null);

  // Illinois: the end kept twice in a row has its gap halved when choosing the next value, so
  // regula falsi does not stall on one side; the estimate uses the true gaps.
  let fa = a.gap;
  let fb = b.gap;
  let kept: 'a' | 'b' | null = null;
  while (done.length < plan.maxRuns) {
    const now = estimate(a, b);
    const width = Math.abs(b.value - a.value);
    // Half the Monte Carlo interval's half-width: narrower, the bracket's own error (the curve
    // between two runs is not a line) is small beside the Monte Carlo one.
    const noise = now.stderr === null ? 0 : (Z95 * now.stderr) / 2;
    if (width <= noise || width <= 1e-9 * (plan.high - plan.low)) break;
    // A step hugging an end (its gap near zero) is kept 2% of the bracket inside it, so the
    // next bracket is that narrow when the root is there, and shrinks by 2% at least when not.
    const lo = Math.min(a.value, b.value);
    const falsi = (a.value * fb - b.value * fa) / (fb - fa);
    const x = Number.isFinite(falsi)
      ? Math.min(lo + 0.98 * width, Math.max(lo + 0.02 * width, falsi))
      : lo + width / 2;
    const next = await evaluate(x);
    if (!next.ok) return { ok: false, error: next.error, done };
    const c = next.tried;
    if (!c || c.gap === null) return finish('undefined', null);
    if (c.gap === 0) return finish('found', { ...estimate(a, b), value: c.value });
    if (Math.sign(c.gap) === Math.sign(b.gap!)) {
      b = c;
      fb = c.gap;
      if (kept === 'a') fa /= 2;
      kept = 'a';
    } else {
      a = c;
      fa = c.gap;
      if (kept === 'b') fb /= 2;
      kept = 'b';
    }
  }
  return finish('found', estimate(a, b));
}
