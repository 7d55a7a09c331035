import { describe, expect, it } from 'vitest';
import {
  addSeriesValues,
  createSeriesAggregate,
  finalizeSeries,
  mergeSeriesAggregates,
} from '../../../src/engine/aggregate/seriesAggregate.ts';
import { exactQuantile, expectBitIdentical, mulberry32, normal, sorted } from './fixture.ts';

const QUARTERS = 12;
const rng = mulberry32(31337);
// Cumulative net cash flow of a fund: negative while it invests, positive later for most trials.
const paths = Array.from({ length: 3_000 }, () => {
  const path = new Float64Array(QUARTERS);
  let level = 0;
  for (let t = 0; t < QUARTERS; t++) {
    level += (t < 6 ? -1e6 : 1.2e6) * Math.exp(0.5 * normal(rng));
    path[t] = rng() < 0.02 ? NaN : level;
  }
  return path;
});

describe('finalizeSeries(aggregate): fan-chart bands per quarter', () => {
  const agg = createSeriesAggregate(QUARTERS);
  for (const path of paths) addSeriesValues(agg, path);
  const summary = finalizeSeries(agg);

  it('gives each quarter its quantiles within alpha and its mean, NaN values left out', () => {
    expect(summary.quarters).toBe(QUARTERS);
    for (let t = 0; t < QUARTERS; t++) {
      const values = paths.map((path) => path[t]!).filter((x) => !Number.isNaN(x));
      const exact = sorted(values);
      expect(summary.count[t]).toBe(values.length);
      expect(summary.mean[t]! / (values.reduce((s, x) => s + x, 0) / values.length)).toBeCloseTo(
        1,
        10,
      );
      for (const [q, band] of [
        [0.05, summary.p5],
        [0.25, summary.p25],
        [0.5, summary.p50],
        [0.75, summary.p75],
        [0.95, summary.p95],
      ] as const) {
        const want = exactQuantile(exact, q);
        expect(Math.abs(band[t]! - want)).toBeLessThanOrEqual(0.005 * Math.abs(want) * (1 + 1e-9));
      }
    }
  });

  it('orders the bands p5 <= p25 <= p50 <= p75 <= p95 in every quarter', () => {
    for (let t = 0; t < QUARTERS; t++) {
      const bands = [summary.p5, summary.p25, summary.p50, summary.p75, summary.p95];
      const row = bands.map((band) => band[t]!);
      expect(row).toEqual([...row].sort((a, b) => a - b));
    }
  });

  it('merges halves into the same quantiles and counts, and means to 1e-12', () => {
    const [first, second] = [createSeriesAggregate(QUARTERS), createSeriesAggregate(QUARTERS)];
    paths.forEach((path, i) => addSeriesValues(i < 1_000 ? first : second, path));
    const into = createSeriesAggregate(QUARTERS);
    mergeSeriesAggregates(into, first);
    mergeSeriesAggregates(into, second);
    const merged = finalizeSeries(into);
    expectBitIdentical({ ...merged, mean: null }, { ...summary, mean: null });
    for (let t = 0; t < QUARTERS; t++)
      expect(merged.mean[t]! / summary.mean[t]!).toBeCloseTo(1, 12);
  });

  it('reports NaN in a quarter no trial gave a finite value', () => {
    const sparse = createSeriesAggregate(2);
    addSeriesValues(sparse, [NaN, 1]);
    const result = finalizeSeries(sparse);
    expect([result.count[0], result.mean[0], result.p50[0]]).toEqual([0, NaN, NaN]);
    expect([result.count[1], result.mean[1], result.p50[1]]).toEqual([1, 1, 1]);
  });
});

describe('series of the wrong length', () => {
  it('throws RangeError naming the series when a trial has another number of quarters', () => {
    const agg = createSeriesAggregate(4);
    expect(() => addSeriesValues(agg, new Float64Array(5), 'navCNY')).toThrow(
      /navCNY has 5 quarters in this trial but 4 in earlier trials/,
    );
    expect(() => mergeSeriesAggregates(agg, createSeriesAggregate(3), 'navCNY')).toThrow(
      RangeError,
    );
  });

  it.each([-1, 1.5, NaN])('createSeriesAggregate throws RangeError for length %s', (length) => {
    expect(() => createSeriesAggregate(length)).toThrow(RangeError);
  });
});
