import { normalCdf } from '../random/normalDistribution.ts';

/**
 * A firm fails in a quarter when Φ⁻¹(u) < (c − √ρ·Z)/√(1−ρ), c its copula threshold. Most draws
 * are far from failing, so each quarter Φ of that bound is computed once for thresholds on a grid
 * c = −4, −4 + 1/32, …, 0, and a firm whose draw u is at or above the cutoff of the grid point at
 * or above its c survives without the quantile function (Φ is increasing). Below the grid the
 * lowest cutoff bounds; above it (a hazard over 50%) every draw is checked.
 */
const C_LOW = -4;
const STEPS_PER_UNIT = 32;
const POINTS = 4 * STEPS_PER_UNIT + 1;
/** A cutoff is raised by this share, so rounding in Φ and Φ⁻¹ can never skip a failure. */
const MARGIN = 1e-9;

/** This quarter's cutoffs, for the systematic term √ρ·Z and the idiosyncratic weight √(1−ρ). */
export function survivalCutoffs(systematic: number, idiosyncraticWeight: number): Float64Array {
  const cutoffs = new Float64Array(POINTS + 1);
  for (let k = 0; k < POINTS; k++) {
    const c = C_LOW + k / STEPS_PER_UNIT;
    cutoffs[k] = Math.min(1, normalCdf((c - systematic) / idiosyncraticWeight) * (1 + MARGIN));
  }
  cutoffs[POINTS] = 1;
  return cutoffs;
}

/** The cutoff for a firm with threshold c: a draw at or above it survives the quarter. */
export function survivalCutoff(cutoffs: Float64Array, threshold: number): number {
  const x = (threshold - C_LOW) * STEPS_PER_UNIT;
  if (x <= 0) return cutoffs[0]!;
  // NaN and thresholds above the grid take the last slot, 1: always checked.
  return x <= POINTS - 1 ? cutoffs[Math.ceil(x)]! : cutoffs[POINTS]!;
}
