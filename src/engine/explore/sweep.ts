import * as z from 'zod';
import { ENGINE_VERSION } from '../run/engineVersion.ts';
import { chartParameters, ChartParametersSchema } from '../run/chartParameters.ts';
import { buildComparisonResult, buildRunResult, RunInfoSchema } from '../run/runResult.ts';
import { PerFiscalYuanSchema, type PerFiscalYuan } from '../run/perFiscalYuan.ts';
import { scenarioHash } from '../run/scenarioHash.ts';
import type { ScenarioPath } from '../scenario/scenarioPath.ts';
import type { Scenario } from '../scenario/schema.ts';
import { definitionsOf, DefinitionsSchema } from './definitions.ts';
import type { ExploreProblem } from './exploreProblem.ts';
import {
  exploredParameter,
  ExploredParameterSchema,
  ParameterValueSchema,
} from './exploredParameter.ts';
import {
  describeParameter,
  scenarioWith,
  type ParameterInfo,
  type ParameterValue,
} from './parameter.ts';
import {
  createPointSequence,
  type ExploreCallbacks,
  type ExploreOutcome,
  type RunPoint,
} from './pointRunner.ts';
import {
  PairedDifferenceSchema,
  pointStats,
  PointStatsSchema,
  zeroDifference,
} from './pointStats.ts';

/** At most 12 points along one parameter, or a grid of at most 6 × 6 for two. */
export const SWEEP_LIMITS = { onePoints: 12, twoValues: 6, parameters: 2 } as const;

export type SweepParameterInput = { path: ScenarioPath; values: readonly ParameterValue[] };

export type SweepInput = {
  scenario: Scenario;
  parameters: readonly SweepParameterInput[];
  /** The point the differences are taken from: one value per parameter (default: the first point). */
  base?: readonly ParameterValue[];
};

export type SweepPlanPoint = { index: number; values: ParameterValue[]; scenario: Scenario };

export type SweepPlan = {
  scenario: Scenario;
  parameters: Array<ParameterInfo & { values: ParameterValue[] }>;
  /** In order: the first parameter varies slowest (row by row of the grid). */
  points: SweepPlanPoint[];
  baseIndex: number;
};

const SweepMetricSchema = z.strictObject({
  stats: PointStatsSchema,
  difference: PairedDifferenceSchema.nullable(),
});

export const SweepPointSchema = z.strictObject({
  index: z.int(),
  values: z.array(ParameterValueSchema),
  base: z.boolean(),
  scenarioHash: z.string(),
  chartParameters: ChartParametersSchema,
  metrics: z.record(z.string(), SweepMetricSchema),
  /** What each extra fiscal yuan bought, this point against the base; null at the base. */
  perFiscalYuan: PerFiscalYuanSchema.nullable(),
});
export type SweepPoint = z.infer<typeof SweepPointSchema>;

export const SweepResultSchema = z
  .strictObject({
    kind: z.literal('sweep'),
    engineVersion: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string(),
    chartParameters: ChartParametersSchema,
    seed: z.int(),
    trials: z.int().min(1),
    parameters: z
      .array(ExploredParameterSchema.extend({ values: z.array(ParameterValueSchema) }))
      .min(1)
      .max(SWEEP_LIMITS.parameters),
    baseIndex: z.int(),
    points: z.array(SweepPointSchema),
    definitions: DefinitionsSchema,
    run: RunInfoSchema,
  })
  .meta({
    title: 'Sweep of one or two parameters with common random numbers',
    description:
      'Every point run with the scenario’s seed and trials; per point, every metric’s statistics and its paired difference from the base point',
  });
export type SweepResult = z.infer<typeof SweepResultSchema>;

const sameValue = (a: ParameterValue, b: ParameterValue) => Object.is(a, b) || a === b;

/**
 * Checks a sweep and builds the scenario of every point; every problem is returned (a path that
 * names no field, a value outside its field's range, too many points, a base that is no point).
 */
export function planSweep(
  input: SweepInput,
): { ok: true; plan: SweepPlan } | { ok: false; problems: ExploreProblem[] } {
  const { scenario, parameters } = input;
  const problems: ExploreProblem[] = [];
  if (parameters.length === 0)
    return { ok: false, problems: [{ kind: 'noParameters', input: 'parameter', index: 0 }] };
  if (parameters.length > SWEEP_LIMITS.parameters)
    return {
      ok: false,
      problems: [
        {
          kind: 'tooManyParameters',
          input: 'parameter',
          index: SWEEP_LIMITS.parameters,
          max: SWEEP_LIMITS.parameters,
          given: parameters.length,
        },
      ],
    };
  const grid = parameters.length === 2;
  const max = grid ? SWEEP_LIMITS.twoValues : SWEEP_LIMITS.onePoints;
  const infos: SweepPlan['parameters'] = [];
  parameters.forEach((parameter, index) => {
    const described = describeParameter(scenario, parameter.path);
    if (!described.ok) {
      problems.push({ kind: 'badPath', input: 'parameter', index, issue: described.issue });
      return;
    }
    const { info } = described;
    if (infos.some((p) => p.pathText === info.pathText))
      problems.push({
        kind: 'sameParameterTwice',
        input: 'parameter',
        index,
        pathText: info.pathText,
      });
    const { values } = parameter;
    if (values.length > max)
      problems.push({
        kind: 'tooManyValues',
        input: 'parameter',
        index,
        max,
        given: values.length,
        grid,
      });
    if (values.length < 2)
      problems.push({
        kind: 'tooFewValues',
        input: 'parameter',
        index,
        min: 2,
        given: values.length,
      });
    const repeated = values.find((v, i) => values.findIndex((w) => sameValue(v, w)) !== i);
    if (repeated !== undefined)
      problems.push({ kind: 'repeatedValue', input: 'parameter', index, value: repeated });
    for (const value of values) {
      const changed = scenarioWith(scenario, [{ path: parameter.path, value }]);
      if (!changed.ok)
        problems.push({
          kind: 'badValue',
          input: 'parameter',
          index,
          value,
          issues: changed.issues,
        });
    }
    infos.push({ ...info, values: [...values] });
  });
  if (problems.length > 0) return { ok: false, problems };

  const combos: ParameterValue[][] = grid
    ? infos[0]!.values.flatMap((a) => infos[1]!.values.map((b) => [a, b]))
    : infos[0]!.values.map((a) => [a]);
  const points: SweepPlanPoint[] = [];
  combos.forEach((values, index) => {
    const changed = scenarioWith(
      scenario,
      values.map((value, i) => ({ path: infos[i]!.path, value })),
    );
    if (changed.ok) points.push({ index, values, scenario: changed.scenario });
    // Each value was valid alone: only a rule across the two fields can fail here.
    else
      problems.push({
        kind: 'badValue',
        input: 'parameter',
        index: infos.length - 1,
        value: values.join(','),
        issues: changed.issues,
      });
  });
  if (problems.length > 0) return { ok: false, problems };

  let baseIndex = 0;
  if (input.base !== undefined) {
    const base = input.base;
    baseIndex = points.findIndex(
      (p) => base.length === p.values.length && p.values.every((v, i) => sameValue(v, base[i]!)),
    );
    if (baseIndex < 0)
      return {
        ok: false,
        problems: [{ kind: 'baseNotAPoint', input: 'base', given: [...base], count: infos.length }],
      };
  }
  return { ok: true, plan: { scenario, parameters: infos, points, baseIndex } };
}

/**
 * Runs a sweep point by point through `runPoint` (the caller's runner: workers, cancellable).
 * Every point has the scenario's seed and trials, so points differ by the swept values alone
 * (common random numbers). Each point other than the base is run paired with the base — the
 * runner's comparison — which gives its statistics, the base's, and the paired difference with
 * its standard error; the base's own statistics come with the first of them.
 */
export async function runSweep<E>(
  plan: SweepPlan,
  runPoint: RunPoint<E>,
  callbacks: ExploreCallbacks<SweepPoint> = {},
): Promise<ExploreOutcome<SweepResult, SweepPoint, E>> {
  const trials = plan.scenario.simulation.trials;
  const base = plan.points[plan.baseIndex]!;
  const others = plan.points.filter((p) => p.index !== plan.baseIndex);
  const sequence = createPointSequence(
    runPoint,
    trials,
    others.length === 0 ? trials : 2 * trials * others.length,
    Math.max(1, others.length),
    callbacks.onProgress,
  );
  const done: SweepPoint[] = [];
  const emit = (point: SweepPoint) => {
    done.push(point);
    callbacks.onPoint?.(point);
  };
  const describe = (
    p: SweepPlanPoint,
    metrics: SweepPoint['metrics'],
    perYuan: PerFiscalYuan | null = null,
  ): SweepPoint => ({
    index: p.index,
    values: p.values,
    base: p.index === plan.baseIndex,
    scenarioHash: scenarioHash(p.scenario),
    chartParameters: chartParameters(p.scenario),
    metrics,
    perFiscalYuan: perYuan,
  });

  if (others.length === 0) {
    const outcome = await sequence.run({ scenario: base.scenario });
    if (!outcome.ok) return { ok: false, error: outcome.error, done };
    const result = buildRunResult(base.scenario, outcome.summary, outcome.info);
    const metrics: SweepPoint['metrics'] = {};
    for (const [key, m] of Object.entries(result.metrics)) {
      const stats = pointStats(m);
      metrics[key] = { stats, difference: zeroDifference(stats) };
    }
    emit(describe(base, metrics));
  }
  for (const point of others) {
    const outcome = await sequence.run({ scenario: point.scenario, compareWith: base.scenario });
    if (!outcome.ok) return { ok: false, error: outcome.error, done };
    const compared = buildComparisonResult(
      point.scenario,
      base.scenario,
      outcome.summary,
      outcome.info,
    );
    if (!done.some((p) => p.base)) {
      const metrics: SweepPoint['metrics'] = {};
      for (const [key, m] of Object.entries(compared.metrics)) {
        const stats = pointStats(m.b);
        metrics[key] = { stats, difference: zeroDifference(stats) };
      }
      emit(describe(base, metrics));
    }
    const metrics: SweepPoint['metrics'] = {};
    for (const [key, m] of Object.entries(compared.metrics))
      metrics[key] = { stats: pointStats(m.a), difference: m.difference };
    emit(describe(point, metrics, compared.perFiscalYuan));
  }
  return {
    ok: true,
    result: {
      kind: 'sweep',
      engineVersion: ENGINE_VERSION,
      scenarioId: plan.scenario.id,
      scenarioHash: scenarioHash(plan.scenario),
      chartParameters: chartParameters(plan.scenario),
      seed: plan.scenario.simulation.seed,
      trials,
      parameters: plan.parameters.map((p) => ({ ...exploredParameter(p), values: p.values })),
      baseIndex: plan.baseIndex,
      points: [...done].sort((a, b) => a.index - b.index),
      definitions: definitionsOf(Object.keys(done[0]?.metrics ?? {})),
      run: sequence.info(),
    },
  };
}
