import { log1p } from '../math/ieeeMath.ts';
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
