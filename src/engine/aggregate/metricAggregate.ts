/**
 * Running statistics of one scalar metric over trials: count, mean and sum of squared deviations
 * (Welford's update for one value, Chan et al.'s formula to merge two aggregates), and a quantile
 * sketch that also holds the exact min and max.
 *
 * A trial whose value is NaN (the metric is undefined in that trial, e.g. an IRR with no sign
 * change) or ±Infinity is counted in `nanCount` and left out of every statistic: no mean or
 * quantile can hold an infinity, and the metrics report "no value" as NaN anyway.
 *
 * The integer parts (counts, sketch) do not depend on the order of additions; the mean and M2 are
 * floating-point and do, which is why runs merge blocks in a fixed order (see orderedMerger.ts).
 */

import { sketchHistogram, type Histogram } from './histogram.ts';
import {
  addToSketch,
  createSketch,
  mergeSketches,
  quantile,
  type QuantileSketch,
  type SketchOptions,
} from './quantileSketch.ts';

export interface MetricAggregate {
  /** Trials with a finite value. */
  count: number;
  /** Trials where the metric was NaN or ±Infinity (undefined), excluded from all statistics. */
  nanCount: number;
  /** Mean of the finite values; 0 while count is 0 (the summary reports NaN). */
  mean: number;
  /** Σ (x − mean)² over the finite values. */
  m2: number;
  /** Quantiles, histogram and the exact min and max of the finite values. */
  sketch: QuantileSketch;
}

/** What the results page shows for one metric. Every field is NaN when no trial had a value. */
export interface MetricSummary {
  mean: number;
  /** Standard error of the mean: sample sd (n − 1 denominator) / √n; NaN below 2 values. */
  stderr: number;
  /** Quantiles by the rank rule of `quantileRank`, each within relative error α. */
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  /** Exact extremes of the finite values. */
  min: number;
  max: number;
  /** Trials with a finite value. */
  count: number;
  /** Trials where the metric was undefined (NaN or ±Infinity). */
  nanCount: number;
  /** Up to `HISTOGRAM_BINS` equal-width bins between min and max (see histogram.ts). */
  histogram: Histogram;
}

export function createMetricAggregate(options: SketchOptions = {}): MetricAggregate {
  return { count: 0, nanCount: 0, mean: 0, m2: 0, sketch: createSketch(options) };
}

/** Adds one trial's value (NaN or ±Infinity counts as undefined). */
export function addMetricValue(agg: MetricAggregate, value: number) {
  if (!Number.isFinite(value)) {
    agg.nanCount++;
    return;
  }
  const count = agg.count + 1;
  const delta = value - agg.mean;
  agg.mean += delta / count;
  agg.m2 += delta * (value - agg.mean);
  agg.count = count;
  addToSketch(agg.sketch, value);
}

/** Adds `from` into `into` (Chan, Golub & LeVeque 1979). Copies `from` exactly into an empty `into`. */
export function mergeMetricAggregates(into: MetricAggregate, from: MetricAggregate) {
  into.nanCount += from.nanCount;
  if (from.count === 0) return;
  if (into.count === 0) {
    into.mean = from.mean;
    into.m2 = from.m2;
  } else {
    const count = into.count + from.count;
    const delta = from.mean - into.mean;
    into.mean += (delta * from.count) / count;
    into.m2 += from.m2 + ((delta * delta * into.count) / count) * from.count;
  }
  into.count += from.count;
  mergeSketches(into.sketch, from.sketch);
}

export function finalizeMetric(agg: MetricAggregate): MetricSummary {
  const { count, sketch } = agg;
  const empty = count === 0;
  return {
    mean: empty ? NaN : agg.mean,
    stderr: count < 2 ? NaN : Math.sqrt(agg.m2 / (count - 1) / count),
    p5: quantile(sketch, 0.05),
    p25: quantile(sketch, 0.25),
    p50: quantile(sketch, 0.5),
    p75: quantile(sketch, 0.75),
    p95: quantile(sketch, 0.95),
    min: empty ? NaN : sketch.min,
    max: empty ? NaN : sketch.max,
    count,
    nanCount: agg.nanCount,
    histogram: sketchHistogram(sketch),
  };
}
