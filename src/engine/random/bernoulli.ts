import type { RandomStream } from './stream.ts';

/**
 * True with probability p, from one draw of `rng`: true exactly when the draw is below p, so for
 * the same stream a larger p gives true whenever a smaller one did (common random numbers).
 * p must be in [0, 1].
 */
export function bernoulli(rng: RandomStream, p: number): boolean {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid p: ${p} (must be in [0, 1])`);
  return rng() < p;
}
