import { expm1, log1p } from '../math/ieeeMath.ts';
/**
 * Whole quarters until the first success of a process that succeeds each quarter with
 * probability p, from one uniform u: floor(log(1 − u) / log(1 − p)), so P(wait ≥ n) = (1 − p)^n.
 * u < p gives 0 (this quarter), as a per-quarter draw u < p would; p = 0 never succeeds.
 */
export function geometricWait(u: number, p: number): number {
  if (p >= 1) return 0;
  if (p <= 0) return Infinity;
  return Math.floor(log1p(-u) / log1p(-p));
}

/** A cutoff is raised by this share, so rounding in log1p and expm1 never misjudges a wait. */
const MARGIN = 1e-9;

/**
 * A uniform at or above this value surely gives `geometricWait(u, p) ≥ n`: just above the exact
 * 1 − (1 − p)^n, by a relative margin far wider than the functions' rounding. Many draws against
 * a horizon n quarters away are thus settled without a logarithm each; the others are computed.
 * Returns 1 (no draw is settled) when p ≥ 1.
 */
export function waitAtLeastCutoff(p: number, n: number): number {
  if (p >= 1) return 1;
  return Math.min(1, -expm1(n * log1p(-p)) * (1 + MARGIN));
}
