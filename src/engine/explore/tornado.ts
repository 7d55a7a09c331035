import * as z from 'zod';
import { describeMetric } from '../metrics/catalog.ts';
import { chartParameters, ChartParametersSchema } from '../run/chartParameters.ts';
import { ENGINE_VERSION } from '../run/engineVersion.ts';
import { buildComparisonResult, buildRunResult, RunInfoSchema } from '../run/runResult.ts';
import { scenarioHash } from '../run/scenarioHash.ts';
import { formatScenarioIssue } from '../scenario/messages.ts';
import { PLAUSIBLE_RANGES, plausibleRangeOf } from '../scenario/plausibleRanges.ts';
import { parseScenarioPath, type ScenarioPath } from '../scenario/scenarioPath.ts';
import type { Scenario } from '../scenario/schema.ts';
import { definitionsOf, DefinitionsSchema } from './definitions.ts';
import type { ExploreProblem } from './exploreProblem.ts';
import {
  exploredParameter,
  ExploredMetricSchema,
  ExploredParameterSchema,
} from './exploredParameter.ts';
import { checkMetricKey } from './metricKey.ts';
import { describeParameter, scenarioWith, type ParameterInfo } from './parameter.ts';
import {
  createPointSequence,
  type ExploreCallbacks,
  type ExploreOutcome,
  type RunPoint,
} from './pointRunner.ts';
import { pointStats, PointStatsSchema } from './pointStats.ts';
import { isStatistic, statisticDifference, STATISTICS, type Statistic } from './statistic.ts';

/** The output a tornado shows by default: what the treasury pays, in present value. */
export const DEFAULT_TORNADO_METRIC = 'treasury.netCostCashPVCNY';

export type TornadoParameterInput = {
  path: ScenarioPath;
  low: number;
  high: number;
  /** Where the range comes from; the catalog's source when the path is one of its. */
  source?: { document: string; clause: string };
};

export type TornadoInput = {
  scenario: Scenario;
  metric?: string;
  /** `mean` (default: the paired estimate) or a quantile. */
  statistic?: string;
  /** Default: every parameter of the plausible-range catalog that the scenario has. */
  parameters?: readonly TornadoParameterInput[];
};

type PlannedBar = {
  info: ParameterInfo;
  low: number;
  high: number;
  source: { document: string; clause: string } | null;
  atLow: Scenario;
  atHigh: Scenario;
};

export type TornadoPlan = {
  scenario: Scenario;
  metric: string;
  statistic: Statistic;
  bars: PlannedBar[];
  /** Catalog parameters left out, and why (the scenario has no such field, or an end is invalid). */
  skipped: Array<{ pathText: string; reason: string }>;
};

const EffectSchema = z
  .strictObject({ value: z.number(), stderr: z.number().nullable(), paired: z.boolean() })
  .meta({
    description:
      'The statistic at the high end less at the low end; for the mean, the paired estimate with common random numbers',
  });

export const TornadoBarSchema = z.strictObject({
  parameter: ExploredParameterSchema,
  low: z.number(),
  high: z.number(),
  current: z.array(z.unknown()).meta({ description: 'The scenario’s own values at the path' }),
  source: z.strictObject({ document: z.string(), clause: z.string() }).nullable(),
  atLow: PointStatsSchema,
  atHigh: PointStatsSchema,
  effect: EffectSchema.nullable(),
});
export type TornadoBar = z.infer<typeof TornadoBarSchema>;

export const TornadoResultSchema = z
  .strictObject({
    kind: z.literal('tornado'),
    engineVersion: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string(),
    chartParameters: ChartParametersSchema,
    seed: z.int(),
    trials: z.int().min(1),
    metric: ExploredMetricSchema,
    statistic: z.enum(STATISTICS),
    base: PointStatsSchema,
    bars: z.array(TornadoBarSchema).meta({ description: 'Sorted by the size of the effect' }),
    skipped: z.array(z.strictObject({ pathText: z.string(), reason: z.string() })),
    definitions: DefinitionsSchema,
    run: RunInfoSchema,
  })
  .meta({ title: 'Sensitivity (tornado) of one metric to each parameter alone' });
export type TornadoResult = z.infer<typeof TornadoResultSchema>;

/**
 * Checks a tornado and builds the scenarios at each parameter's ends: each moved alone, the
 * others at the scenario's values.
 */
export function planTornado(
  input: TornadoInput,
): { ok: true; plan: TornadoPlan } | { ok: false; problems: ExploreProblem[] } {
  const { scenario } = input;
  const metric = input.metric ?? DEFAULT_TORNADO_METRIC;
  const problems: ExploreProblem[] = [];
  const metricProblem = checkMetricKey(metric, scenario);
  if (metricProblem) problems.push(metricProblem);
  const statistic = input.statistic ?? 'mean';
  if (!isStatistic(statistic))
    problems.push({ kind: 'unknownStatistic', input: 'statistic', given: statistic });
  const bars: PlannedBar[] = [];
  const skipped: TornadoPlan['skipped'] = [];
  const explicit = input.parameters !== undefined;
  const parameters: TornadoParameterInput[] = explicit
    ? [...input.parameters!]
    : PLAUSIBLE_RANGES.map((range) => {
        const parsed = parseScenarioPath(range.path);
        if (!parsed.ok) throw new Error(`the catalog's path ${range.path} does not parse`);
        return { path: parsed.path, low: range.low, high: range.high, source: range.source };
      });
  if (explicit && parameters.length === 0)
    problems.push({ kind: 'noParameters', input: 'parameter', index: 0 });
  parameters.forEach((parameter, index) => {
    const described = describeParameter(scenario, parameter.path);
    if (!described.ok) {
      if (explicit)
        problems.push({ kind: 'badPath', input: 'parameter', index, issue: described.issue });
      else
        skipped.push({
          pathText: described.issue.pathText,
          reason: formatScenarioIssue(described.issue, 'en'),
        });
      return;
    }
    const { info } = described;
    if (explicit && bars.some((b) => b.info.pathText === info.pathText)) {
      problems.push({
        kind: 'sameParameterTwice',
        input: 'parameter',
        index,
        pathText: info.pathText,
      });
      return;
    }
    if (info.kind === 'other') {
      problems.push({
        kind: 'notNumeric',
        input: 'parameter',
        index,
        pathText: info.pathText,
        wholeNumbers: false,
      });
      return;
    }
    if (!(parameter.low < parameter.high)) {
      problems.push({
        kind: 'emptyRange',
        input: 'parameter',
        index,
        low: parameter.low,
        high: parameter.high,
      });
      return;
    }
    const ends = [parameter.low, parameter.high].map((value) => ({
      value,
      changed: scenarioWith(scenario, [{ path: parameter.path, value }]),
    }));
    const bad = ends.filter((e) => !e.changed.ok);
    if (bad.length > 0) {
      for (const e of bad) {
        if (e.changed.ok) continue;
        if (explicit)
          problems.push({
            kind: 'badValue',
            input: 'parameter',
            index,
            value: e.value,
            issues: e.changed.issues,
          });
        else
          skipped.push({
            pathText: info.pathText,
            reason: e.changed.issues.map((i) => formatScenarioIssue(i, 'en')).join('; '),
          });
      }
      return;
    }
    const [low, high] = ends.map((e) => (e.changed.ok ? e.changed.scenario : scenario));
    bars.push({
      info,
      low: parameter.low,
      high: parameter.high,
      source: parameter.source ?? plausibleRangeOf(info.pathText)?.source ?? null,
      atLow: low!,
      atHigh: high!,
    });
  });
  if (!explicit && bars.length === 0)
    problems.push({ kind: 'noParameters', input: 'parameter', index: 0 });
  if (problems.length > 0 || !isStatistic(statistic)) return { ok: false, problems };
  return { ok: true, plan: { scenario, metric, statistic, bars, skipped } };
}

/**
 * Runs a tornado: the scenario itself, then each parameter's high end paired with its low end on
 * the same seed (the runner's comparison), so each bar's effect — the statistic at the high end
 * less at the low end — is a paired estimate with its standard error. Bars come out as they are
 * done (onPoint) and, in the result, sorted by the size of the effect.
 */
export async function runTornado<E>(
  plan: TornadoPlan,
  runPoint: RunPoint<E>,
  callbacks: ExploreCallbacks<TornadoBar> = {},
): Promise<ExploreOutcome<TornadoResult, TornadoBar, E>> {
  const { scenario, metric, statistic } = plan;
  const trials = scenario.simulation.trials;
  const sequence = createPointSequence(
    runPoint,
    trials,
    trials * (1 + 2 * plan.bars.length),
    1 + plan.bars.length,
    callbacks.onProgress,
  );
  const done: TornadoBar[] = [];
  const baseOutcome = await sequence.run({ scenario });
  if (!baseOutcome.ok) return { ok: false, error: baseOutcome.error, done };
  const baseMetric = buildRunResult(scenario, baseOutcome.summary, baseOutcome.info).metrics[
    metric
  ];
  const empty = {
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
  const base = baseMetric ? pointStats(baseMetric) : empty;
  for (const bar of plan.bars) {
    const outcome = await sequence.run({ scenario: bar.atHigh, compareWith: bar.atLow });
    if (!outcome.ok) return { ok: false, error: outcome.error, done };
    const compared = buildComparisonResult(bar.atHigh, bar.atLow, outcome.summary, outcome.info)
      .metrics[metric];
    const atHigh = compared ? pointStats(compared.a) : empty;
    const atLow = compared ? pointStats(compared.b) : empty;
    const result: TornadoBar = {
      parameter: exploredParameter(bar.info),
      low: bar.low,
      high: bar.high,
      current: bar.info.current,
      source: bar.source,
      atLow,
      atHigh,
      effect: compared ? statisticDifference(atHigh, atLow, compared.difference, statistic) : null,
    };
    done.push(result);
    callbacks.onPoint?.(result);
  }
  const size = (b: TornadoBar) => (b.effect ? Math.abs(b.effect.value) : -1);
  const entry = describeMetric(metric);
  return {
    ok: true,
    result: {
      kind: 'tornado',
      engineVersion: ENGINE_VERSION,
      scenarioId: scenario.id,
      scenarioHash: scenarioHash(scenario),
      chartParameters: chartParameters(scenario),
      seed: scenario.simulation.seed,
      trials,
      metric: {
        key: metric,
        label: entry?.label ?? { zh: metric, en: metric },
        unit: entry?.unit ?? null,
      },
      statistic,
      base,
      // Stable: bars of equal effect keep the order they were given in.
      bars: [...done].sort((a, b) => size(b) - size(a)),
      skipped: plan.skipped,
      definitions: definitionsOf([metric]),
      run: sequence.info(),
    },
  };
}
