import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, sketchHistogram } from '../../../src/engine/aggregate/histogram.ts';
import {
  addMetricValue,
  createMetricAggregate,
  finalizeMetric,
  mergeMetricAggregates,
  type MetricAggregate,
} from '../../../src/engine/aggregate/metricAggregate.ts';
import { createSketch, addToSketch } from '../../../src/engine/aggregate/quantileSketch.ts';
import { expectBitIdentical, mulberry32, normal, sample } from './fixture.ts';

function aggregateOf(values: readonly number[]): MetricAggregate {
  const agg = createMetricAggregate();
  for (const value of values) addMetricValue(agg, value);
  return agg;
}

const rng = mulberry32(4242);
const tvpi = sample(5_000, () => Math.exp(0.2 + 0.7 * normal(rng)));

describe('finalizeMetric(aggregate)', () => {
  it('gives the mean and the standard error sd/√n of a two-pass computation', () => {
    const n = tvpi.length;
    const mean = tvpi.reduce((sum, x) => sum + x, 0) / n;
    const variance = tvpi.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);
    const summary = finalizeMetric(aggregateOf(tvpi));
    expect(summary.count).toBe(n);
    expect(summary.mean).toBeCloseTo(mean, 12);
    expect(summary.stderr / Math.sqrt(variance / n)).toBeCloseTo(1, 12);
  });

  it('gives quantiles within 0.5% and the exact min and max', () => {
    const exact = [...tvpi].sort((a, b) => a - b);
    const summary = finalizeMetric(aggregateOf(tvpi));
    const at = (q: number) => exact[Math.ceil(q * exact.length) - 1]!;
    for (const [q, estimate] of [
      [0.05, summary.p5],
      [0.25, summary.p25],
      [0.5, summary.p50],
      [0.75, summary.p75],
      [0.95, summary.p95],
    ] as const) {
      expect(Math.abs(estimate - at(q))).toBeLessThanOrEqual(0.005 * at(q) * (1 + 1e-9));
    }
    expect([summary.min, summary.max]).toEqual([exact[0], exact.at(-1)]);
  });

  it('excludes NaN and ±Infinity trials from every statistic but counts them', () => {
    const withGaps = [...tvpi];
    for (let i = 0; i < withGaps.length; i += 7) withGaps[i] = NaN;
    withGaps[3] = Infinity;
    withGaps[5] = -Infinity;
    const finite = withGaps.filter(Number.isFinite);
    const summary = finalizeMetric(aggregateOf(withGaps));
    expect(summary.count).toBe(finite.length);
    expect(summary.nanCount).toBe(withGaps.length - finite.length);
    expectBitIdentical({ ...summary, nanCount: 0 }, finalizeMetric(aggregateOf(finite)));
  });

  it('reports NaN for every statistic of a metric that is never defined', () => {
    const summary = finalizeMetric(aggregateOf([NaN, NaN, NaN]));
    expect(summary).toEqual({
      mean: NaN,
      stderr: NaN,
      p5: NaN,
      p25: NaN,
      p50: NaN,
      p75: NaN,
      p95: NaN,
      min: NaN,
      max: NaN,
      count: 0,
      nanCount: 3,
      histogram: { edges: [], counts: [] },
    });
  });

  it('gives one value its own statistics, no standard error and a one-bin histogram', () => {
    const summary = finalizeMetric(aggregateOf([NaN, 1.25]));
    expect([summary.mean, summary.p5, summary.p50, summary.p95, summary.min]).toEqual([
      1.25, 1.25, 1.25, 1.25, 1.25,
    ]);
    expect(summary.stderr).toBeNaN();
    expect(summary.histogram).toEqual({ edges: [1.25, 1.25], counts: [1] });
  });
});

describe('mergeMetricAggregates(into, from)', () => {
  it('matches one aggregate of all values: counts and quantiles exactly, moments to 1e-12', () => {
    const whole = finalizeMetric(aggregateOf(tvpi));
    const into = aggregateOf(tvpi.slice(0, 1234));
    mergeMetricAggregates(into, aggregateOf([NaN, ...tvpi.slice(1234)]));
    const merged = finalizeMetric(into);
    expectBitIdentical(
      { ...merged, mean: 0, stderr: 0, nanCount: 0 },
      { ...whole, mean: 0, stderr: 0, nanCount: 0 },
    );
    expect(merged.nanCount).toBe(1);
    expect(merged.mean / whole.mean).toBeCloseTo(1, 12);
    expect(merged.stderr / whole.stderr).toBeCloseTo(1, 12);
  });

  it('copies `from` bit for bit into an empty aggregate, and ignores an empty `from`', () => {
    const from = aggregateOf(tvpi.slice(0, 100));
    const into = createMetricAggregate();
    mergeMetricAggregates(into, from);
    mergeMetricAggregates(into, createMetricAggregate());
    expectBitIdentical(finalizeMetric(into), finalizeMetric(from));
  });
});

describe('sketchHistogram(sketch)', () => {
  const values = [...tvpi, 0, 0, -0.5];

  it(`has at most ${HISTOGRAM_BINS} equal-width bins from min to max holding every value`, () => {
    const { edges, counts } = finalizeMetric(aggregateOf(values)).histogram;
    expect(counts.length).toBe(HISTOGRAM_BINS);
    expect(edges.length).toBe(counts.length + 1);
    expect([edges[0], edges.at(-1)]).toEqual([Math.min(...values), Math.max(...values)]);
    expect(counts.reduce((sum, c) => sum + c, 0)).toBe(values.length);
    const width = edges[1]! - edges[0]!;
    for (let j = 1; j < edges.length; j++) {
      expect(edges[j]! - edges[j - 1]!).toBeCloseTo(width, 9);
    }
  });

  it('differs from the exact histogram only by values within alpha of an edge', () => {
    const sketch = createSketch();
    for (const value of values) addToSketch(sketch, value);
    const { edges, counts } = sketchHistogram(sketch);
    const exact = new Array<number>(counts.length).fill(0);
    let nearEdge = 0;
    for (const x of values) {
      const j = edges.findIndex((edge, k) => k > 0 && (x < edge || k === edges.length - 1));
      exact[j - 1]!++;
      if (edges.slice(1, -1).some((edge) => Math.abs(x - edge) <= 0.005 * Math.abs(x))) nearEdge++;
    }
    const moved = counts.reduce((sum, c, j) => sum + Math.abs(c - exact[j]!), 0);
    expect(moved).toBeLessThanOrEqual(2 * nearEdge);
  });

  it.each([0, -1, 2.5, NaN])('throws RangeError for %s bins', (bins) => {
    expect(() => sketchHistogram(createSketch(), bins)).toThrow(RangeError);
  });
});
