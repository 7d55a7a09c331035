// Goodness-of-fit statistics for the sampler tests, written out here so that the tests do not
// lean on the code they test (except normalCdf, which has its own fixture tests).

/**
 * The Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)| of a sample against a continuous
 * distribution function. Sorts a copy of the sample.
 */
export function ksStatistic(sample: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(sample).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] ?? NaN);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/**
 * The critical value of D at level alpha: the asymptotic Kolmogorov quantile sqrt(−ln(alpha/2)/2)
 * (1.9495 at alpha = 0.001) with Stephens' finite-n correction.
 */
export function ksCriticalValue(n: number, alpha: number): number {
  const rootN = Math.sqrt(n);
  return Math.sqrt(-Math.log(alpha / 2) / 2) / (rootN + 0.12 + 0.11 / rootN);
}

export interface ChiSquare {
  statistic: number;
  degreesOfFreedom: number;
}

/**
 * Pearson's chi-square of observed counts against cell probabilities (which must sum to 1),
 * after merging neighbouring cells from the left until each expects at least `minExpected`
 * (a short remainder joins the last merged cell).
 */
export function chiSquare(
  observed: readonly number[],
  probabilities: readonly number[],
  minExpected = 5,
): ChiSquare {
  const n = observed.reduce((sum, count) => sum + count, 0);
  const cells: { observed: number; expected: number }[] = [];
  let open = { observed: 0, expected: 0 };
  for (let i = 0; i < observed.length; i++) {
    open.observed += observed[i] ?? 0;
    open.expected += n * (probabilities[i] ?? 0);
    if (open.expected >= minExpected) {
      cells.push(open);
      open = { observed: 0, expected: 0 };
    }
  }
  const last = cells.at(-1);
  if (last) {
    last.observed += open.observed;
    last.expected += open.expected;
  } else {
    cells.push(open);
  }
  const statistic = cells.reduce(
    (sum, cell) => sum + (cell.observed - cell.expected) ** 2 / cell.expected,
    0,
  );
  return { statistic, degreesOfFreedom: cells.length - 1 };
}

/** The standard normal quantile at 1 − 0.001, for the chi-square critical value below. */
const Z_999 = 3.090232306167813;

/**
 * The chi-square critical value at level 0.001, by the Wilson–Hilferty approximation. It errs on
 * the safe side: 3% above the exact value at 1 degree of freedom, 0.6% at 10, 0.04% at 100.
 */
export function chiSquareCriticalValue001(degreesOfFreedom: number): number {
  const k = degreesOfFreedom;
  const c = 2 / (9 * k);
  return k * (1 - c + Z_999 * Math.sqrt(c)) ** 3;
}

export interface Moments {
  mean: number;
  variance: number;
  /** E[(X − mean)^4], for the standard error of the sample variance. */
  fourthCentralMoment: number;
}

/**
 * How many standard errors the sample mean and the sample variance lie from the true ones
 * (using Var(s²) ≈ (mu4 − sigma⁴)/n).
 */
export function momentZScores(
  sample: ArrayLike<number>,
  truth: Moments,
): { mean: number; variance: number } {
  const n = sample.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sample[i] ?? NaN;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((sample[i] ?? NaN) - mean) ** 2;
  const variance = squares / (n - 1);
  return {
    mean: (mean - truth.mean) / Math.sqrt(truth.variance / n),
    variance:
      (variance - truth.variance) /
      Math.sqrt((truth.fourthCentralMoment - truth.variance ** 2) / n),
  };
}

/** Pearson's correlation of two equally long samples. */
export function correlation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? NaN;
    my += ys[i] ?? NaN;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? NaN) - mx;
    const dy = (ys[i] ?? NaN) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** n draws of `draw` into a Float64Array. */
export function sampleOf(n: number, draw: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = draw();
  return out;
}

/** A stream that returns the given values in turn and counts the calls. */
export function scriptedStream(values: readonly number[]): { (): number; calls: number } {
  const stream = Object.assign(
    () => {
      const value = values[stream.calls % values.length] ?? NaN;
      stream.calls++;
      return value;
    },
    { calls: 0 },
  );
  return stream;
}
