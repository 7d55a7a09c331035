import type { RandomStream } from './stream.ts';

/**
 * A uniform draw in [minInclusive, maxExclusive), from one draw of `rng`. Both bounds must be
 * finite with minInclusive < maxExclusive.
 */
export function uniform(rng: RandomStream, minInclusive: number, maxExclusive: number): number {
  const width = maxExclusive - minInclusive;
  if (!Number.isFinite(minInclusive)) {
    throw new RangeError(`invalid minInclusive: ${minInclusive} (must be finite)`);
  }
  if (!(width > 0 && width < Infinity)) {
    throw new RangeError(
      `invalid maxExclusive: ${maxExclusive} (must be finite and greater than minInclusive ${minInclusive})`,
    );
  }
  const x = minInclusive + width * rng();
  // Rounding can land on the excluded bound when |min| is large next to the width
  // (1e9 + 0.9999999998 rounds to 1e9 + 1).
  return x < maxExclusive ? x : nextDown(maxExclusive);
}

const scratch = new Float64Array(1);
const scratchBits = new BigInt64Array(scratch.buffer);

/** The largest double below a finite `x`. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  scratch[0] = x;
  // Doubles are sign and magnitude: step the magnitude up for negatives, down for positives.
  scratchBits[0] = (scratchBits[0] ?? 0n) + (x > 0 ? -1n : 1n);
  return scratch[0] ?? x;
}
