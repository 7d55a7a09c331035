/**
 * A mergeable quantile sketch with a relative-accuracy guarantee, after DDSketch (Masson, Rim &
 * Lee 2019, "DDSketch: a fast and fully-mergeable quantile sketch with relative-error
 * guarantees", PVLDB 12(12)).
 *
 * Guarantee. Let x₁ ≤ … ≤ xₙ be the values added and, for q in [0, 1], the q-quantile be x_k
 * with k the smallest integer ≥ 1 such that k/n ≥ q (`quantileRank`: the lower quantile, ⌈q·n⌉
 * computed so that 0.7·10 gives 7). Then `quantile(sketch, q)` lies within α·|x_k| of x_k (plus
 * ~1e-12 relative for rounding in log and exp), is exactly 0 when x_k is 0, and is exactly x₁
 * or xₙ for k = 1 or k = n. A positive x falls in bin i = ⌈log_γ x⌉, γ = (1+α)/(1−α), which
 * covers (γ^(i−1), γ^i]; its representative 2γ^i/(γ+1) is within α of every value of the bin.
 * Negative values use a second store on |x|; exact zeros have their own count.
 *
 * Cap. Each sign keeps at most `maxBins` bins (default 4096). With α = 0.005 that spans a ratio
 * of γ^4096 ≈ e^41 ≈ 6·10^17 between the largest and smallest magnitude of one sign, so realistic
 * metrics (money in yuan from 1 fen up, multiples, rates down to 1e-6 on either side of 0) never
 * reach it; a smaller α needs a proportionally larger cap for the same span (γ^maxBins ≈
 * e^(2α·maxBins)). If the cap is reached anyway, the lowest-magnitude bins are folded into the
 * lowest kept one and the guarantee holds only for quantiles whose magnitude is above the folded
 * range (`sketch.positive.collapsed` / `.negative.collapsed` say whether that happened).
 *
 * Merge. `mergeSketches(a, b)` leaves in `a` exactly the sketch of the union: all parts are
 * whole-number counts and exact extremes, so the result is independent of order and grouping.
 */

import { addToStore, createStore, mergeStores, type SketchStore } from './sketchStore.ts';
import { exp, log } from '../math/ieeeMath.ts';

export interface SketchOptions {
  /** Relative accuracy α of every quantile, in [1e-6, 0.5]. Default 0.005 (0.5%). */
  alpha?: number;
  /**
   * Most bins kept per sign, an integer in [16, 2^20]. Default 4096 (at most 32 KiB per sign),
   * which covers magnitudes over a ratio of e^(2α·maxBins), 6·10^17 at the default α.
   */
  maxBins?: number;
}

export const DEFAULT_ALPHA = 0.005;
export const DEFAULT_MAX_BINS = 4096;

/** Plain data: structured-clones as is (`toTransferable` sends a smaller, packed form). */
export interface QuantileSketch {
  readonly alpha: number;
  readonly maxBins: number;
  /** ln γ with γ = (1+α)/(1−α); derived from α, kept to map values to bins. */
  readonly lnGamma: number;
  /** Bins of positive values. */
  positive: SketchStore;
  /** Bins of |x| for negative values. */
  negative: SketchStore;
  /** Values exactly 0 (or −0). */
  zeroCount: number;
  /** Values added (positive.total + negative.total + zeroCount). */
  count: number;
  /** Smallest and largest value added, exactly (−0 counted as +0); ±Infinity while empty. */
  min: number;
  max: number;
}

/** Checks options at the boundary and fills in the defaults. */
export function resolveSketchOptions(options: SketchOptions = {}): Required<SketchOptions> {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const maxBins = options.maxBins ?? DEFAULT_MAX_BINS;
  // α below 1e-6 would push bin indices of subnormal values past the Int32 range of the packed form.
  if (!(alpha >= 1e-6 && alpha <= 0.5)) {
    throw new RangeError(`sketch alpha must be a number in [1e-6, 0.5]; got ${String(alpha)}`);
  }
  if (!(Number.isInteger(maxBins) && maxBins >= 16 && maxBins <= 2 ** 20)) {
    throw new RangeError(`sketch maxBins must be an integer in [16, 2^20]; got ${String(maxBins)}`);
  }
  return { alpha, maxBins };
}

export function createSketch(options: SketchOptions = {}): QuantileSketch {
  const { alpha, maxBins } = resolveSketchOptions(options);
  return {
    alpha,
    maxBins,
    lnGamma: log((1 + alpha) / (1 - alpha)),
    positive: createStore(),
    negative: createStore(),
    zeroCount: 0,
    count: 0,
    min: Infinity,
    max: -Infinity,
  };
}

/** Bin index of a magnitude m > 0: ⌈log_γ m⌉. */
export function binIndex(sketch: QuantileSketch, magnitude: number): number {
  return Math.ceil(log(magnitude) / sketch.lnGamma);
}

/**
 * The value reported for bin i: 2γ^i/(γ+1) = (1−α)·γ^i, within α of every magnitude in
 * (γ^(i−1), γ^i]: (1−α)·γ^i/γ^i = 1−α at the top and (1−α)·γ = 1+α at the bottom.
 */
export function binValue(sketch: QuantileSketch, index: number): number {
  return (1 - sketch.alpha) * exp(index * sketch.lnGamma);
}

/** Adds one finite value. NaN and ±Infinity have no quantile: callers count them apart. */
export function addToSketch(sketch: QuantileSketch, value: number) {
  if (value > 0) {
    if (value === Infinity) throw new RangeError('sketch value must be finite; got Infinity');
    addToStore(sketch.positive, binIndex(sketch, value), 1, sketch.maxBins);
  } else if (value < 0) {
    if (value === -Infinity) throw new RangeError('sketch value must be finite; got -Infinity');
    addToStore(sketch.negative, binIndex(sketch, -value), 1, sketch.maxBins);
  } else if (value === 0) {
    sketch.zeroCount++;
    // −0 becomes +0, or min and max would depend on whether −0 or +0 came first.
    value = 0;
  } else {
    throw new RangeError('sketch value must be finite; got NaN');
  }
  sketch.count++;
  if (value < sketch.min) sketch.min = value;
  if (value > sketch.max) sketch.max = value;
}

/** Adds every value of `from` to `into`: `into` becomes exactly the sketch of the union. */
export function mergeSketches(into: QuantileSketch, from: QuantileSketch) {
  if (into.alpha !== from.alpha || into.maxBins !== from.maxBins) {
    throw new RangeError(
      `cannot merge sketches with different settings: alpha ${into.alpha} and ${from.alpha}, ` +
        `maxBins ${into.maxBins} and ${from.maxBins}`,
    );
  }
  mergeStores(into.positive, from.positive, into.maxBins);
  mergeStores(into.negative, from.negative, into.maxBins);
  into.zeroCount += from.zeroCount;
  into.count += from.count;
  if (from.min < into.min) into.min = from.min;
  if (from.max > into.max) into.max = from.max;
}

/**
 * The rank k (1-based) of the q-quantile of n values: the smallest k ≥ 1 with k/n ≥ q, i.e.
 * ⌈q·n⌉ except that q·n is not rounded up past a whole number (0.7·10 = 7.000000000000001 in
 * floating point, yet 7/10 ≥ 0.7, so k = 7).
 */
export function quantileRank(q: number, n: number): number {
  let k = Math.min(n, Math.max(1, Math.ceil(q * n)));
  while (k > 1 && (k - 1) / n >= q) k--;
  while (k < n && k / n < q) k++;
  return k;
}

/**
 * Estimate of the q-quantile (rank rule of `quantileRank`), within relative error α; NaN for an
 * empty sketch. Walks the bins from the most negative value up, O(bins).
 */
export function quantile(sketch: QuantileSketch, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must be in [0, 1]; got ${String(q)}`);
  const n = sketch.count;
  if (n === 0) return NaN;
  const k = quantileRank(q, n);
  if (k === 1) return sketch.min;
  if (k === n) return sketch.max;
  const estimate = valueAtRank(sketch, k);
  // Clamping to the exact extremes only moves the estimate towards the true value.
  return Math.min(sketch.max, Math.max(sketch.min, estimate));
}

function valueAtRank(sketch: QuantileSketch, k: number): number {
  const negative = sketch.negative;
  if (k <= negative.total) {
    let seen = 0;
    for (let i = negative.maxIndex; i >= negative.minIndex; i--) {
      seen += negative.counts[i - negative.offset]!;
      if (seen >= k) return -binValue(sketch, i);
    }
  }
  if (k <= negative.total + sketch.zeroCount) return 0;
  const positive = sketch.positive;
  let seen = negative.total + sketch.zeroCount;
  for (let i = positive.minIndex; i <= positive.maxIndex; i++) {
    seen += positive.counts[i - positive.offset]!;
    if (seen >= k) return binValue(sketch, i);
  }
  // Unreachable while counts add up to `count`; the maximum is the honest answer if not.
  return sketch.max;
}
