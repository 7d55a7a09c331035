/**
 * Per-quarter statistics of one time series over trials, for fan charts: a quantile sketch and
 * a running mean for each quarter. A NaN or ±Infinity in a quarter is left out of that quarter
 * (its `count` is lower), as for scalar metrics.
 */

import {
  addToSketch,
  createSketch,
  mergeSketches,
  quantile,
  type QuantileSketch,
  type SketchOptions,
} from './quantileSketch.ts';

export interface SeriesAggregate {
  /** Quarters per trial; every trial must give a series of this length. */
  length: number;
  /** Mean of the finite values of each quarter (0 while a quarter has none). */
  means: Float64Array;
  /** One sketch per quarter; `sketches[t].count` is the number of finite values of quarter t. */
  sketches: QuantileSketch[];
}

/** Fan-chart bands, one entry per quarter; NaN in a quarter with no finite value. */
export interface SeriesSummary {
  quarters: number;
  /** Trials with a finite value in each quarter. */
  count: Float64Array;
  mean: Float64Array;
  /** Quantiles by the rank rule of `quantileRank`, each within relative error α. */
  p5: Float64Array;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
  p95: Float64Array;
}

export function createSeriesAggregate(
  length: number,
  options: SketchOptions = {},
): SeriesAggregate {
  if (!(Number.isInteger(length) && length >= 0)) {
    throw new RangeError(`series length must be an integer >= 0; got ${String(length)}`);
  }
  const sketches: QuantileSketch[] = [];
  for (let t = 0; t < length; t++) sketches.push(createSketch(options));
  return { length, means: new Float64Array(length), sketches };
}

/** Adds one trial's series, quarter by quarter. */
export function addSeriesValues(agg: SeriesAggregate, values: ArrayLike<number>, name = 'series') {
  if (values.length !== agg.length) {
    throw new RangeError(
      `${name} has ${values.length} quarters in this trial but ${agg.length} in earlier trials`,
    );
  }
  const { means, sketches } = agg;
  for (let t = 0; t < agg.length; t++) {
    const value = values[t]!;
    if (!Number.isFinite(value)) continue;
    const sketch = sketches[t]!;
    addToSketch(sketch, value);
    means[t]! += (value - means[t]!) / sketch.count;
  }
}

/** Adds `from` into `into`, quarter by quarter (means weighted by counts). */
export function mergeSeriesAggregates(
  into: SeriesAggregate,
  from: SeriesAggregate,
  name = 'series',
) {
  if (from.length !== into.length) {
    throw new RangeError(`cannot merge ${name} of ${from.length} quarters into ${into.length}`);
  }
  for (let t = 0; t < into.length; t++) {
    const target = into.sketches[t]!;
    const source = from.sketches[t]!;
    const before = target.count;
    if (source.count === 0) continue;
    mergeSketches(target, source);
    into.means[t] =
      before === 0
        ? from.means[t]!
        : into.means[t]! + ((from.means[t]! - into.means[t]!) * source.count) / target.count;
  }
}

export function finalizeSeries(agg: SeriesAggregate): SeriesSummary {
  const quarters = agg.length;
  const band = () => new Float64Array(quarters);
  const summary: SeriesSummary = {
    quarters,
    count: band(),
    mean: band(),
    p5: band(),
    p25: band(),
    p50: band(),
    p75: band(),
    p95: band(),
  };
  for (let t = 0; t < quarters; t++) {
    const sketch = agg.sketches[t]!;
    summary.count[t] = sketch.count;
    summary.mean[t] = sketch.count === 0 ? NaN : agg.means[t]!;
    summary.p5[t] = quantile(sketch, 0.05);
    summary.p25[t] = quantile(sketch, 0.25);
    summary.p50[t] = quantile(sketch, 0.5);
    summary.p75[t] = quantile(sketch, 0.75);
    summary.p95[t] = quantile(sketch, 0.95);
  }
  return summary;
}
