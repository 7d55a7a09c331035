import { normalQuantileOpen } from './normalDistribution.ts';
import { openUnit } from './openUnit.ts';
import type { RandomStream } from './stream.ts';

/**
 * A normal draw with the given mean and standard deviation, by inversion of one draw of `rng`:
 * the result is increasing in the draw, so coupled streams give coupled normals. With 32-bit draws
 * the result lies within mean ± 6.34 sd (each tail beyond has probability 2^-33 = 1.2e-10).
 * mean must be finite, sd finite and ≥ 0.
 */
export function normal(rng: RandomStream, mean: number, sd: number): number {
  if (!Number.isFinite(mean)) throw new RangeError(`invalid mean: ${mean} (must be finite)`);
  if (!(sd >= 0 && sd < Infinity)) {
    throw new RangeError(`invalid sd: ${sd} (must be finite and ≥ 0)`);
  }
  return mean + sd * normalQuantileOpen(openUnit(rng));
}
