import * as z from 'zod';
import type { MetricSummary } from '../aggregate/metricAggregate.ts';
import type { RunSummary } from '../aggregate/runAggregate.ts';
import type { SeriesSummary } from '../aggregate/seriesAggregate.ts';
import type { Scenario } from '../scenario/schema.ts';
import { chartParameters, ChartParametersSchema } from './chartParameters.ts';
import { ENGINE_VERSION } from './engineVersion.ts';
import { scenarioHash } from './scenarioHash.ts';
import { perFiscalYuan, PerFiscalYuanSchema } from './perFiscalYuan.ts';
import { FLOW_PREFIX } from './trialRecord.ts';

/** A statistic that may be undefined (no trial defined it): null in JSON, never NaN. */
const stat = z.number().nullable();

export const MetricStatsSchema = z
  .strictObject({
    mean: stat,
    stderr: stat.meta({ description: 'Monte Carlo standard error of the mean: sd / √n' }),
    p5: stat,
    p25: stat,
    p50: stat,
    p75: stat,
    p95: stat,
    min: stat,
    max: stat,
    count: z.int().meta({ description: 'Trials in which the metric is defined' }),
    undefinedCount: z.int().meta({
      description: 'Trials in which it is not (e.g. an IRR of flows with no sign change)',
    }),
    histogram: z.strictObject({ edges: z.array(z.number()), counts: z.array(z.int()) }),
  })
  .meta({
    description:
      'Distribution of a metric over trials; quantiles from a sketch within 0.5% relative',
  });

export const SeriesStatsSchema = z.strictObject({
  p5: z.array(stat),
  p25: z.array(stat),
  p50: z.array(stat),
  p75: z.array(stat),
  p95: z.array(stat),
  mean: z.array(stat),
});

export const FlowSchema = z.strictObject({
  kind: z.enum(['firms', 'stakes']),
  from: z.string(),
  to: z.string(),
  meanCount: z.number().meta({ description: 'Mean number per trial' }),
});

export const RunInfoSchema = z
  .strictObject({
    wallTimeMs: z.number(),
    workers: z.int(),
    runner: z.string(),
    startedAt: z.string(),
  })
  .meta({
    description: 'What varies from run to run; the only part that may differ between worker counts',
  });

export const RunResultSchema = z
  .strictObject({
    engineVersion: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
    chartParameters: ChartParametersSchema,
    seed: z.int(),
    trials: z.int().min(1),
    metrics: z.record(z.string(), MetricStatsSchema),
    series: z.record(z.string(), SeriesStatsSchema),
    flows: z.array(FlowSchema),
    run: RunInfoSchema,
  })
  .meta({ title: 'Fund-chain simulation result' });

export type RunResult = z.infer<typeof RunResultSchema>;
export type RunInfo = z.infer<typeof RunInfoSchema>;
export type MetricStats = z.infer<typeof MetricStatsSchema>;

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function metricStats(m: MetricSummary): MetricStats {
  return {
    mean: finite(m.mean),
    stderr: finite(m.stderr),
    p5: finite(m.p5),
    p25: finite(m.p25),
    p50: finite(m.p50),
    p75: finite(m.p75),
    p95: finite(m.p95),
    min: finite(m.min),
    max: finite(m.max),
    count: m.count,
    undefinedCount: m.nanCount,
    histogram: { edges: [...m.histogram.edges], counts: [...m.histogram.counts] },
  };
}

function seriesStats(s: SeriesSummary) {
  const list = (a: ArrayLike<number>) => Array.from(a, finite);
  return {
    p5: list(s.p5),
    p25: list(s.p25),
    p50: list(s.p50),
    p75: list(s.p75),
    p95: list(s.p95),
    mean: list(s.mean),
  };
}

/** The result of a run of one scenario, in the documented JSON shape. */
export function buildRunResult(scenario: Scenario, summary: RunSummary, run: RunInfo): RunResult {
  const metrics: RunResult['metrics'] = {};
  const flows: RunResult['flows'] = [];
  for (const [key, m] of Object.entries(summary.metrics)) {
    if (key.startsWith(FLOW_PREFIX)) {
      const [kind, pair] = [
        key.slice(FLOW_PREFIX.length).split('.')[0]!,
        key.slice(FLOW_PREFIX.length).split('.').slice(1).join('.'),
      ];
      const [from, to] = pair.split('->');
      flows.push({
        kind: kind as 'firms' | 'stakes',
        from: from!,
        to: to!,
        meanCount: Number.isFinite(m.mean) ? m.mean : 0,
      });
    } else metrics[key] = metricStats(m);
  }
  const series: RunResult['series'] = {};
  for (const [key, s] of Object.entries(summary.series)) series[key] = seriesStats(s);
  return {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    chartParameters: chartParameters(scenario),
    seed: scenario.simulation.seed,
    trials: summary.trials,
    metrics,
    series,
    flows,
    run,
  };
}

export const ComparedMetricSchema = z.strictObject({
  a: MetricStatsSchema,
  b: MetricStatsSchema,
  difference: z
    .strictObject({ mean: stat, stderr: stat, p5: stat, p95: stat })
    .meta({ description: 'Paired difference a − b over trials with common random numbers' }),
});

/** One side of a comparison: which scenario, and the values its charts show (its name among them). */
const ComparedScenarioSchema = z.strictObject({
  scenarioId: z.string(),
  scenarioHash: z.string(),
  chartParameters: ChartParametersSchema,
});

export const ComparisonResultSchema = z
  .strictObject({
    engineVersion: z.string(),
    a: ComparedScenarioSchema,
    b: ComparedScenarioSchema,
    seed: z.int(),
    trials: z.int().min(1),
    metrics: z.record(z.string(), ComparedMetricSchema),
    perFiscalYuan: PerFiscalYuanSchema.nullable(),
    series: z.record(z.string(), SeriesStatsSchema),
    run: RunInfoSchema,
  })
  .meta({ title: 'Paired comparison of two scenarios with common random numbers' });

export type ComparisonResult = z.infer<typeof ComparisonResultSchema>;

/** The paired comparison of two scenarios run with the same seed (records from pairedTrialRecord). */
export function buildComparisonResult(
  a: Scenario,
  b: Scenario,
  summary: RunSummary,
  run: RunInfo,
): ComparisonResult {
  const metrics: ComparisonResult['metrics'] = {};
  for (const [key, m] of Object.entries(summary.metrics)) {
    if (!key.startsWith('diff.') || key.startsWith(`diff.${FLOW_PREFIX}`)) continue;
    const name = key.slice('diff.'.length);
    const ma = summary.metrics[`a.${name}`];
    const mb = summary.metrics[`b.${name}`];
    if (!ma || !mb) continue;
    metrics[name] = {
      a: metricStats(ma),
      b: metricStats(mb),
      difference: {
        mean: finite(m.mean),
        stderr: finite(m.stderr),
        p5: finite(m.p5),
        p95: finite(m.p95),
      },
    };
  }
  const series: ComparisonResult['series'] = {};
  for (const [key, s] of Object.entries(summary.series)) series[key] = seriesStats(s);
  return {
    engineVersion: ENGINE_VERSION,
    a: { scenarioId: a.id, scenarioHash: scenarioHash(a), chartParameters: chartParameters(a) },
    b: { scenarioId: b.id, scenarioHash: scenarioHash(b), chartParameters: chartParameters(b) },
    seed: a.simulation.seed,
    trials: summary.trials,
    metrics,
    perFiscalYuan: perFiscalYuan(summary.metrics),
    series,
    run,
  };
}
