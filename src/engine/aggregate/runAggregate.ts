/**
 * The aggregate of a run: one `MetricAggregate` per named scalar metric and one
 * `SeriesAggregate` per named time series, plus the number of trials added.
 *
 * A metric missing from some trial's record counts as undefined (NaN) in that trial, so for
 * every metric `count + nanCount === trials`, whichever trial first reported it. A series
 * missing from a trial simply adds nothing to any quarter.
 *
 * Names are kept in Maps (in first-seen order) so that any string, even "__proto__", is a safe
 * name; `toTransferable` turns an aggregate into plain arrays and typed arrays for a worker
 * boundary, and `finalizeRun` gives plain records.
 */

import {
  addMetricValue,
  createMetricAggregate,
  finalizeMetric,
  mergeMetricAggregates,
  type MetricAggregate,
  type MetricSummary,
} from './metricAggregate.ts';
import { resolveSketchOptions, type SketchOptions } from './quantileSketch.ts';
import {
  addSeriesValues,
  createSeriesAggregate,
  finalizeSeries,
  mergeSeriesAggregates,
  type SeriesAggregate,
  type SeriesSummary,
} from './seriesAggregate.ts';

export interface RunAggregate {
  /** Sketch settings shared by every metric and series; aggregates merge only with equal ones. */
  readonly alpha: number;
  readonly maxBins: number;
  /** Trials added (directly or through merges). */
  trials: number;
  metrics: Map<string, MetricAggregate>;
  series: Map<string, SeriesAggregate>;
}

/** The summary of a run, plain data ready for the page. */
export interface RunSummary {
  trials: number;
  metrics: Record<string, MetricSummary>;
  series: Record<string, SeriesSummary>;
}

export function createRunAggregate(options: SketchOptions = {}): RunAggregate {
  const { alpha, maxBins } = resolveSketchOptions(options);
  return { alpha, maxBins, trials: 0, metrics: new Map(), series: new Map() };
}

/**
 * Adds one trial. `metrics` holds the trial's scalar metrics (NaN where undefined); `series`
 * its time series, one value per quarter, each series the same length in every trial.
 */
export function addTrial(
  agg: RunAggregate,
  metrics: Readonly<Record<string, number>>,
  series: Readonly<Record<string, ArrayLike<number>>> = {},
) {
  for (const [name, metric] of agg.metrics) {
    addMetricValue(metric, Object.hasOwn(metrics, name) ? metrics[name]! : NaN);
  }
  for (const name of Object.keys(metrics)) {
    if (agg.metrics.has(name)) continue;
    const metric = createMetricAggregate(agg);
    metric.nanCount = agg.trials;
    addMetricValue(metric, metrics[name]!);
    agg.metrics.set(name, metric);
  }
  for (const name of Object.keys(series)) {
    const values = series[name]!;
    let aggregate = agg.series.get(name);
    if (aggregate === undefined) {
      aggregate = createSeriesAggregate(values.length, agg);
      agg.series.set(name, aggregate);
    }
    addSeriesValues(aggregate, values, name);
  }
  agg.trials++;
}

/**
 * Adds every trial of `from` into `into`. Counts and sketches come out the same in any order;
 * means and variances are floating-point, so merge blocks in block order (orderedMerger.ts) for
 * results that do not depend on the number of workers.
 */
export function mergeRunAggregates(into: RunAggregate, from: RunAggregate) {
  if (into.alpha !== from.alpha || into.maxBins !== from.maxBins) {
    throw new RangeError(
      `cannot merge run aggregates with different sketch settings: alpha ${into.alpha} and ` +
        `${from.alpha}, maxBins ${into.maxBins} and ${from.maxBins}`,
    );
  }
  for (const [name, metric] of into.metrics) {
    if (!from.metrics.has(name)) metric.nanCount += from.trials;
  }
  for (const [name, source] of from.metrics) {
    let target = into.metrics.get(name);
    if (target === undefined) {
      target = createMetricAggregate(into);
      target.nanCount = into.trials;
      into.metrics.set(name, target);
    }
    mergeMetricAggregates(target, source);
  }
  for (const [name, source] of from.series) {
    let target = into.series.get(name);
    if (target === undefined) {
      target = createSeriesAggregate(source.length, into);
      into.series.set(name, target);
    }
    mergeSeriesAggregates(target, source, name);
  }
  into.trials += from.trials;
}

export function finalizeRun(agg: RunAggregate): RunSummary {
  return {
    trials: agg.trials,
    metrics: Object.fromEntries(
      Array.from(agg.metrics, ([name, metric]) => [name, finalizeMetric(metric)]),
    ),
    series: Object.fromEntries(
      Array.from(agg.series, ([name, series]) => [name, finalizeSeries(series)]),
    ),
  };
}
