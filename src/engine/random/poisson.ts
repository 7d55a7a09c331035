import { openUnit } from './openUnit.ts';
import { poissonPmf } from './poissonPmf.ts';
import type { RandomStream } from './stream.ts';
import { exp } from '../math/ieeeMath.ts';

/** Largest mean accepted: a draw takes about 0.8·sqrt(lambda) steps (8,000 at this bound). */
export const MAX_POISSON_LAMBDA = 1e8;

/** From this mean on, the search starts at the mode instead of at 0. */
const MODE_SEARCH_FROM = 16;

// The mode, its probability and the distribution function there depend on lambda only and take
// O(sqrt(lambda)) to compute, so they are kept for the last lambda seen (plain numbers, no
// allocation). A draw's value never depends on what was kept.
let keptLambda = NaN;
let keptMode = 0;
let keptPmf = 0;
let keptCdf = 0;

function keepModeOf(lambda: number): void {
  const mode = Math.floor(lambda);
  // F(mode)/P(mode) = Σ_{j ≤ mode} P(j)/P(mode), summed down from the mode until it stops
  // mattering (about 8.5·sqrt(lambda) terms).
  let term = 1;
  let sum = 1;
  for (let j = mode; j > 0; j--) {
    term *= j / lambda;
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  keptLambda = lambda;
  keptMode = mode;
  keptPmf = poissonPmf(mode, lambda);
  keptCdf = keptPmf * sum;
}

/**
 * A Poisson count with mean lambda, by inversion of one draw of `rng`: the smallest k with
 * u < F(k), u being the draw moved to the centre of its 2^-32 cell. The count is non-decreasing
 * in the draw and in lambda, so coupled streams give coupled counts. Small means search up from
 * 0; from a mean of 16 the search starts at the mode, whose probability is computed in log space,
 * so it is exact and cannot underflow (expected steps about 0.8·sqrt(lambda)).
 * lambda must be in [0, MAX_POISSON_LAMBDA].
 */
export function poisson(rng: RandomStream, lambda: number): number {
  if (!(lambda >= 0 && lambda <= MAX_POISSON_LAMBDA)) {
    throw new RangeError(`invalid lambda: ${lambda} (must be in [0, ${MAX_POISSON_LAMBDA}])`);
  }
  // The cell centre keeps u off 0, where the downward search would meet F's rounding error.
  const u = openUnit(rng);
  return lambda < MODE_SEARCH_FROM ? searchFromZero(u, lambda) : searchFromMode(u, lambda);
}

function searchFromZero(u: number, lambda: number): number {
  let k = 0;
  let p = exp(-lambda);
  let cdf = p;
  while (u >= cdf && p > 0) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

function searchFromMode(u: number, lambda: number): number {
  if (lambda !== keptLambda) keepModeOf(lambda);
  let k = keptMode;
  let p = keptPmf;
  let cdf = keptCdf;
  if (u < cdf) {
    // Down: the answer is k as soon as u ≥ F(k − 1) = F(k) − P(k).
    while (k > 0 && p > 0) {
      const below = cdf - p;
      if (u >= below) break;
      cdf = below;
      p *= k / lambda;
      k--;
    }
    return k;
  }
  // Up: add P(k + 1), P(k + 2), … until F passes u.
  do {
    k++;
    p *= lambda / k;
    cdf += p;
  } while (u >= cdf && p > 0);
  return k;
}
