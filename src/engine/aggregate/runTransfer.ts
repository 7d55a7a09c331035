/**
 * A run aggregate as plain data for a worker boundary: names in arrays and every number in a
 * handful of typed arrays, so a block's aggregate costs a few structured-clone copies (or none,
 * with `transferablesOf`) however many metrics, quarters and bins it holds. Only non-empty bins
 * are sent, so the small aggregate of one block stays small.
 *
 * `fromTransferable(toTransferable(agg))` finalizes and merges exactly like `agg`.
 */

import { createMetricAggregate } from './metricAggregate.ts';
import { createSketch, type QuantileSketch } from './quantileSketch.ts';
import { createRunAggregate, type RunAggregate } from './runAggregate.ts';
import { createSeriesAggregate } from './seriesAggregate.ts';
import { nonEmptyBins, storeFromBins, type SketchStore } from './sketchStore.ts';

export const RUN_AGGREGATE_FORMAT = 'runAggregate/1';

/** Fields per sketch in `sketchHeaders`. */
const HEADER = 7;
/** Fields per metric in `metricStats`. */
const STATS = 4;

export interface RunAggregateData {
  format: typeof RUN_AGGREGATE_FORMAT;
  alpha: number;
  maxBins: number;
  trials: number;
  metricNames: string[];
  /** Per metric: count, nanCount, mean, m2. */
  metricStats: Float64Array;
  seriesNames: string[];
  seriesLengths: number[];
  /** Mean of each quarter of each series, series after series. */
  seriesMeans: Float64Array;
  /**
   * Per sketch, metrics' first then each series' quarters: count, min, max, zeroCount, negative
   * bins, positive bins, collapsed flags (1 negative, 2 positive).
   */
  sketchHeaders: Float64Array;
  /** Non-empty bins of each sketch, negative store then positive, in ascending index order. */
  binIndices: Int32Array;
  binCounts: Float64Array;
}

function sketchesOf(agg: RunAggregate): QuantileSketch[] {
  const sketches = Array.from(agg.metrics.values(), (metric) => metric.sketch);
  for (const series of agg.series.values()) sketches.push(...series.sketches);
  return sketches;
}

export function toTransferable(agg: RunAggregate): RunAggregateData {
  const metricStats = new Float64Array(agg.metrics.size * STATS);
  let m = 0;
  for (const metric of agg.metrics.values()) {
    metricStats.set([metric.count, metric.nanCount, metric.mean, metric.m2], m);
    m += STATS;
  }
  const seriesLengths = Array.from(agg.series.values(), (series) => series.length);
  const seriesMeans = new Float64Array(seriesLengths.reduce((sum, length) => sum + length, 0));
  let s = 0;
  for (const series of agg.series.values()) {
    seriesMeans.set(series.means, s);
    s += series.length;
  }
  const sketches = sketchesOf(agg);
  const sketchHeaders = new Float64Array(sketches.length * HEADER);
  let bins = 0;
  sketches.forEach((sketch, j) => {
    const negative = nonEmptyBins(sketch.negative);
    const positive = nonEmptyBins(sketch.positive);
    const flags = (sketch.negative.collapsed ? 1 : 0) + (sketch.positive.collapsed ? 2 : 0);
    const header = [sketch.count, sketch.min, sketch.max, sketch.zeroCount, negative, positive];
    sketchHeaders.set([...header, flags], j * HEADER);
    bins += negative + positive;
  });
  const binIndices = new Int32Array(bins);
  const binCounts = new Float64Array(bins);
  let at = 0;
  for (const sketch of sketches) {
    at = writeBins(sketch.negative, binIndices, binCounts, at);
    at = writeBins(sketch.positive, binIndices, binCounts, at);
  }
  return {
    format: RUN_AGGREGATE_FORMAT,
    alpha: agg.alpha,
    maxBins: agg.maxBins,
    trials: agg.trials,
    metricNames: Array.from(agg.metrics.keys()),
    metricStats,
    seriesNames: Array.from(agg.series.keys()),
    seriesLengths,
    seriesMeans,
    sketchHeaders,
    binIndices,
    binCounts,
  };
}

function writeBins(store: SketchStore, indices: Int32Array, counts: Float64Array, at: number) {
  if (store.total === 0) return at;
  for (let i = store.minIndex; i <= store.maxIndex; i++) {
    const count = store.counts[i - store.offset]!;
    if (count === 0) continue;
    indices[at] = i;
    counts[at] = count;
    at++;
  }
  return at;
}

/** The buffers of `data`, for `postMessage(data, transferablesOf(data))` without copying. */
export function transferablesOf(data: RunAggregateData): ArrayBuffer[] {
  const arrays = [
    data.metricStats,
    data.seriesMeans,
    data.sketchHeaders,
    data.binIndices,
    data.binCounts,
  ];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

/**
 * Rebuilds an aggregate sent by `toTransferable`. Data from another build or a corrupted message
 * throws a TypeError saying what does not fit.
 */
export function fromTransferable(data: RunAggregateData): RunAggregate {
  if (data.format !== RUN_AGGREGATE_FORMAT) {
    throw new TypeError(
      `fromTransferable expects format ${RUN_AGGREGATE_FORMAT}; got ${String(data.format)}`,
    );
  }
  const agg = createRunAggregate(data);
  if (!(Number.isSafeInteger(data.trials) && data.trials >= 0)) {
    throw new TypeError(`fromTransferable: trials must be an integer >= 0; got ${data.trials}`);
  }
  agg.trials = data.trials;
  const quarters = data.seriesLengths.reduce((sum, length) => sum + length, 0);
  const sketchCount = data.metricNames.length + quarters;
  expectLength('metricStats', data.metricStats.length, data.metricNames.length * STATS);
  expectLength('seriesLengths', data.seriesLengths.length, data.seriesNames.length);
  expectLength('seriesMeans', data.seriesMeans.length, quarters);
  expectLength('sketchHeaders', data.sketchHeaders.length, sketchCount * HEADER);
  expectLength('binCounts', data.binCounts.length, data.binIndices.length);

  let bin = 0;
  let j = 0;
  const readSketch = (): QuantileSketch => {
    const field = (k: number) => data.sketchHeaders[j * HEADER + k]!;
    const [count, min, max, zeroCount] = [field(0), field(1), field(2), field(3)];
    const [negative, positive, flags] = [field(4), field(5), field(6)];
    const whole = Number.isInteger(negative) && negative >= 0 && Number.isInteger(positive);
    if (!(whole && positive >= 0 && bin + negative + positive <= data.binIndices.length)) {
      throw new TypeError(
        `fromTransferable: sketch ${j} has bad bin counts ${negative} and ${positive}`,
      );
    }
    const sketch = createSketch(agg);
    const read = (bins: number, collapsed: boolean) => {
      const store = storeFromBins(
        data.binIndices,
        data.binCounts,
        bin,
        bins,
        collapsed,
        agg.maxBins,
      );
      bin += bins;
      return store;
    };
    sketch.negative = read(negative, (flags & 1) !== 0);
    sketch.positive = read(positive, (flags & 2) !== 0);
    sketch.count = count;
    sketch.min = min;
    sketch.max = max;
    sketch.zeroCount = zeroCount;
    if (sketch.negative.total + sketch.positive.total + sketch.zeroCount !== sketch.count) {
      throw new TypeError(`fromTransferable: sketch ${j} bins do not add up to its count`);
    }
    j++;
    return sketch;
  };

  data.metricNames.forEach((name, k) => {
    const metric = createMetricAggregate(agg);
    const stat = (field: number) => data.metricStats[k * STATS + field]!;
    metric.count = stat(0);
    metric.nanCount = stat(1);
    metric.mean = stat(2);
    metric.m2 = stat(3);
    metric.sketch = readSketch();
    agg.metrics.set(name, metric);
  });
  let s = 0;
  data.seriesNames.forEach((name, k) => {
    const length = data.seriesLengths[k]!;
    const series = createSeriesAggregate(0, agg);
    series.length = length;
    series.means = data.seriesMeans.slice(s, s + length);
    for (let t = 0; t < length; t++) series.sketches.push(readSketch());
    s += length;
    agg.series.set(name, series);
  });
  if (agg.metrics.size !== data.metricNames.length || agg.series.size !== data.seriesNames.length) {
    throw new TypeError('fromTransferable: metric or series names are not unique');
  }
  if (bin !== data.binIndices.length) {
    throw new TypeError(`fromTransferable: ${data.binIndices.length - bin} bins left unread`);
  }
  return agg;
}

function expectLength(field: string, actual: number, expected: number) {
  if (actual !== expected) {
    throw new TypeError(`fromTransferable: ${field} has length ${actual}; expected ${expected}`);
  }
}
