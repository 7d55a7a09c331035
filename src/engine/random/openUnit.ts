import type { RandomStream } from './stream.ts';

const TWO_TO_32 = 4294967296;

/**
 * One draw mapped to the centre of its 2^-32 cell, (k + 1/2)/2^32: never 0 or 1, so it can go
 * straight into a quantile function, and symmetric (cell k and cell 2^32−1−k sum to exactly 1),
 * so normal draws are exactly antithetic. Finer sources are rounded down to 32 bits.
 */
export function openUnit(rng: RandomStream): number {
  return toOpenUnit(rng());
}

/** `openUnit` for a draw already taken (from a stream bank, say). */
export function toOpenUnit(u: number): number {
  return (((u * TWO_TO_32) >>> 0) + 0.5) / TWO_TO_32;
}
