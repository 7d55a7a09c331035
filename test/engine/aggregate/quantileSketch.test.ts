import { describe, expect, it } from 'vitest';
import {
  addToSketch,
  createSketch,
  DEFAULT_MAX_BINS,
  mergeSketches,
  quantile,
  quantileRank,
  type QuantileSketch,
  type SketchOptions,
} from '../../../src/engine/aggregate/quantileSketch.ts';
import { allocatedBins, storeBins } from '../../../src/engine/aggregate/sketchStore.ts';
import { exactQuantile, mulberry32, normal, pareto, sample, sorted } from './fixture.ts';

const QS = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function sketchOf(values: readonly number[], options: SketchOptions = {}): QuantileSketch {
  const sketch = createSketch(options);
  for (const value of values) addToSketch(sketch, value);
  return sketch;
}

/** Everything a sketch reports, in a form `toEqual` compares exactly. */
function content(sketch: QuantileSketch) {
  return {
    count: sketch.count,
    min: sketch.min,
    max: sketch.max,
    zeroCount: sketch.zeroCount,
    negative: { ...storeBins(sketch.negative), collapsed: sketch.negative.collapsed },
    positive: { ...storeBins(sketch.positive), collapsed: sketch.positive.collapsed },
  };
}

/** |estimate − exact| ≤ α·|exact|, with 1e-9 of α to spare for rounding in log and exp. */
function expectWithinAlpha(estimate: number, exact: number, alpha: number, label: string) {
  const bound = alpha * Math.abs(exact) * (1 + 1e-9);
  expect(Math.abs(estimate - exact), `${label}: ${estimate} vs exact ${exact}`).toBeLessThanOrEqual(
    bound,
  );
}

const rng = mulberry32(20240611);
const datasets: Record<string, number[]> = {
  'normal N(0, 1)': sample(20_000, () => normal(rng)),
  'lognormal fund NAV, CNY (μ = ln 1e8, σ = 1.2)': sample(20_000, () =>
    Math.exp(Math.log(1e8) + 1.2 * normal(rng)),
  ),
  'mixed-sign IRR N(0.05, 0.2²)': sample(20_000, () => 0.05 + 0.2 * normal(rng)),
  'heavy-tailed losses with 25% zeros (±Pareto 1.1)': sample(20_000, () => {
    const u = rng();
    if (u < 0.25) return 0;
    return (u < 0.6 ? -1e4 : 1e4) * pareto(rng, 1.1);
  }),
  'small magnitudes around 1e-9 with both signs': sample(5_000, () => 1e-9 * normal(rng)),
};

describe('quantileRank(q, n): the lower quantile, smallest k >= 1 with k/n >= q', () => {
  it.each([
    [0, 10, 1],
    [0.05, 100, 5],
    [0.5, 10, 5],
    [0.7, 10, 7],
    [0.95, 100, 95],
    [1, 10, 10],
    [0.5, 1, 1],
    [0.25, 3, 1],
    [0.5, 3, 2],
    [0.75, 3, 3],
    [0.999, 100_000, 99_900],
  ])('q = %s of n = %s is the %s-th smallest', (q, n, k) => {
    expect(quantileRank(q, n)).toBe(k);
  });

  it('agrees with a search for the smallest k with k/n >= q on a grid of q and n', () => {
    for (const n of [1, 2, 3, 7, 10, 64, 100, 1000]) {
      for (let step = 0; step <= 200; step++) {
        const q = step / 200;
        let k = 1;
        while (k < n && k / n < q) k++;
        expect(quantileRank(q, n)).toBe(k);
      }
    }
  });
});

describe('quantile(sketch, q) with alpha = 0.005', () => {
  it.each(Object.entries(datasets))('is within alpha of the exact quantile: %s', (_, values) => {
    const sketch = sketchOf(values);
    const exact = sorted(values);
    for (const q of QS)
      expectWithinAlpha(quantile(sketch, q), exactQuantile(exact, q), 0.005, `q=${q}`);
    for (let k = 1; k <= 999; k++) {
      const q = k / 1000;
      expectWithinAlpha(quantile(sketch, q), exactQuantile(exact, q), 0.005, `q=${q}`);
    }
  });

  it('returns exactly 0 where the exact quantile is a zero, and the exact min and max at q = 0, 1', () => {
    const values = datasets['heavy-tailed losses with 25% zeros (±Pareto 1.1)']!;
    const sketch = sketchOf(values);
    const exact = sorted(values);
    for (let k = 0; k <= 1000; k++) {
      if (exactQuantile(exact, k / 1000) === 0) expect(quantile(sketch, k / 1000)).toBe(0);
    }
    expect(quantile(sketch, 0)).toBe(exact[0]);
    expect(quantile(sketch, 1)).toBe(exact.at(-1));
    expect([sketch.min, sketch.max]).toEqual([exact[0], exact.at(-1)]);
  });

  it('holds at bin edges: values that are exact powers of gamma', () => {
    const gamma = 1.005 / 0.995;
    const values = Array.from({ length: 401 }, (_, i) => gamma ** (i - 200));
    const sketch = sketchOf(values);
    const exact = sorted(values);
    for (let k = 1; k <= 400; k++) {
      expectWithinAlpha(quantile(sketch, k / 401), exactQuantile(exact, k / 401), 0.005, `k=${k}`);
    }
  });

  // A cap of maxBins covers magnitudes over a ratio of about e^(2α·maxBins): at α = 0.001 the
  // default 4096 covers only e^8.2 ≈ 3,600, too little for IRRs within 1e-5 of zero.
  it.each([
    [0.01, 4096],
    [0.001, 16384],
  ])('keeps the guarantee for alpha = %s (maxBins %s)', (alpha, maxBins) => {
    const values = datasets['mixed-sign IRR N(0.05, 0.2²)']!;
    const sketch = sketchOf(values, { alpha, maxBins });
    expect(sketch.positive.collapsed || sketch.negative.collapsed).toBe(false);
    const exact = sorted(values);
    for (let k = 0; k <= 1000; k++) {
      expectWithinAlpha(
        quantile(sketch, k / 1000),
        exactQuantile(exact, k / 1000),
        alpha,
        `k=${k}`,
      );
    }
  });

  it('treats −0 as +0, so min and max do not depend on which came first', () => {
    for (const values of [
      [0, -0],
      [-0, 0],
    ]) {
      const sketch = sketchOf(values);
      expect([sketch.zeroCount, sketch.min, sketch.max]).toEqual([2, 0, 0]);
      expect(Object.is(sketch.min, 0) && Object.is(sketch.max, 0)).toBe(true);
    }
  });

  it('is NaN for an empty sketch', () => {
    expect(quantile(createSketch(), 0.5)).toBeNaN();
  });
});

describe('mergeSketches(a, b)', () => {
  it.each(Object.entries(datasets))(
    'gives exactly the sketch of the concatenation: %s',
    (_, values) => {
      const whole = sketchOf(values);
      const cut = [0, 1, 777, 5_000, 5_001, values.length];
      const parts = cut.slice(1).map((end, j) => sketchOf(values.slice(cut[j], end)));
      const leftFold = createSketch();
      for (const part of parts) mergeSketches(leftFold, part);
      expect(content(leftFold)).toEqual(content(whole));
      // Any grouping and order: ((p4 + p3) + (p2 + (p1 + p0))).
      const [p0, p1, p2, p3, p4] = parts as [
        QuantileSketch,
        QuantileSketch,
        QuantileSketch,
        QuantileSketch,
        QuantileSketch,
      ];
      mergeSketches(p1, p0);
      mergeSketches(p2, p1);
      mergeSketches(p4, p3);
      mergeSketches(p4, p2);
      expect(content(p4)).toEqual(content(whole));
      for (const q of QS) expect(Object.is(quantile(p4, q), quantile(whole, q))).toBe(true);
    },
  );

  it('does not depend on the order the values were added in', () => {
    const values = datasets['heavy-tailed losses with 25% zeros (±Pareto 1.1)']!;
    const shuffled = [...values];
    const shuffle = mulberry32(7);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(content(sketchOf(shuffled))).toEqual(content(sketchOf(values)));
  });

  it('refuses sketches with different alpha or maxBins', () => {
    expect(() => mergeSketches(createSketch(), createSketch({ alpha: 0.01 }))).toThrow(RangeError);
    expect(() => mergeSketches(createSketch(), createSketch({ maxBins: 64 }))).toThrow(
      /different settings/,
    );
  });
});

describe('the bin cap (maxBins per sign)', () => {
  // 1e-6 … 1e6 spans ln(1e12)/ln(γ) ≈ 2763 bins at α = 0.005: far over a cap of 64.
  const wide = sample(10_000, () => (rng() < 0.5 ? -1 : 1) * 10 ** (12 * rng() - 6));
  const cap = { maxBins: 64 };

  it('never allocates more than maxBins per sign, and says it collapsed', () => {
    const sketch = sketchOf(wide, cap);
    expect(allocatedBins(sketch.positive)).toBeLessThanOrEqual(64);
    expect(allocatedBins(sketch.negative)).toBeLessThanOrEqual(64);
    expect(sketch.positive.collapsed && sketch.negative.collapsed).toBe(true);
    expect(sketchOf(datasets['normal N(0, 1)']!).positive.collapsed).toBe(false);
  });

  it('keeps the alpha guarantee above the collapsed range', () => {
    const sketch = sketchOf(wide, cap);
    const exact = sorted(wide);
    const gamma = 1.005 / 0.995;
    const lowestKept = (store: QuantileSketch['positive']) => gamma ** (store.minIndex - 1);
    for (let k = 0; k <= 1000; k++) {
      const value = exactQuantile(exact, k / 1000);
      const store = value > 0 ? sketch.positive : sketch.negative;
      if (Math.abs(value) > lowestKept(store)) {
        expectWithinAlpha(quantile(sketch, k / 1000), value, 0.005, `k=${k}`);
      }
    }
  });

  it('still merges exactly and independently of order once collapsed', () => {
    const whole = sketchOf(wide, cap);
    const parts = [0, 2_500, 5_000, 7_500].map((start) =>
      sketchOf(wide.slice(start, start + 2_500), cap),
    );
    const merged = createSketch(cap);
    for (const part of parts.reverse()) mergeSketches(merged, part);
    expect(content(merged)).toEqual(content(whole));
    expect(content(sketchOf([...wide].reverse(), cap))).toEqual(content(whole));
  });
});

describe('memory', () => {
  const realistic = (n: number) => {
    const draw = mulberry32(99);
    return sample(n, () => Math.exp(Math.log(5e7) + 1.5 * normal(draw)));
  };

  it('allocates about as many bins for 100,000 values of a lognormal metric as for 10,000', () => {
    const [small, large] = [10_000, 100_000].map((n) =>
      allocatedBins(sketchOf(realistic(n)).positive),
    );
    // 10,000 draws reach about ±3.9σ, 100,000 about ±4.4σ: the span grows ~13%, not tenfold.
    expect(large!).toBeLessThanOrEqual(1.5 * small!);
    expect(large!).toBeLessThanOrEqual(2_000);
  });

  it('never allocates more than maxBins per sign whatever the data', () => {
    const extreme = [5e-324, 1e-300, 1, 1e300, Number.MAX_VALUE, -5e-324, -Number.MAX_VALUE];
    const sketch = sketchOf(extreme);
    expect(allocatedBins(sketch.positive)).toBeLessThanOrEqual(DEFAULT_MAX_BINS);
    expect(allocatedBins(sketch.negative)).toBeLessThanOrEqual(DEFAULT_MAX_BINS);
    expect(quantile(sketch, 1)).toBe(Number.MAX_VALUE);
  });
});

describe('bad input', () => {
  it.each([NaN, Infinity, -Infinity])('addToSketch throws RangeError for %s', (bad) => {
    expect(() => addToSketch(createSketch(), bad)).toThrow(RangeError);
  });

  it.each([-0.1, 1.1, NaN])('quantile throws RangeError for q = %s', (bad) => {
    expect(() => quantile(createSketch(), bad)).toThrow(/q must be in \[0, 1\]/);
  });

  it.each([0, -1, 0.6, 1e-7, NaN])('createSketch throws RangeError for alpha = %s', (alpha) => {
    expect(() => createSketch({ alpha })).toThrow(RangeError);
  });

  it.each([0, 15, 64.5, NaN, 2 ** 21])(
    'createSketch throws RangeError for maxBins = %s',
    (maxBins) => {
      expect(() => createSketch({ maxBins })).toThrow(/maxBins must be an integer/);
    },
  );
});
