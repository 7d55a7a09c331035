/**
 * Splitting an amount of money into whole fen. The ledger stores integer fen, so every split of a
 * distribution (among investor classes, between GP and LPs) must be whole fen that add up exactly.
 */

import { maxAmountCNY, toFen } from '../ledger/fen.ts';

/**
 * Splits `totalCNY` in proportion to `weights` (≥ 0, any scale) by the largest-remainder method:
 * each part gets the whole fen of its quota, and the fen left over go one each to the parts with
 * the largest fractional remainders, ties to the lower index.
 *
 * Returns CNY amounts that are each a whole number of fen (`fen / 100`) and whose fen add up exactly
 * to `toFen(totalCNY)`. Add them in fen (`toFen`), not in CNY: 33.34 + 33.33 + 33.33 is not exactly
 * 100 in binary floating point.
 *
 * Example: `allocateFen(100, [1, 1, 1])` → `[33.34, 33.33, 33.33]`.
 *
 * Throws RangeError for a negative, non-finite or too large total, a negative or non-finite weight,
 * or weights that are all zero (or none) while the total is at least one fen.
 */
export function allocateFen(totalCNY: number, weights: readonly number[]): number[] {
  if (!(totalCNY >= 0 && totalCNY <= maxAmountCNY)) {
    throw new RangeError(
      `allocateFen: totalCNY must be a finite amount in [0, ${maxAmountCNY}]; got ${totalCNY}`,
    );
  }
  let largestWeight = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    if (!(weight >= 0 && weight < Infinity)) {
      throw new RangeError(
        `allocateFen: weights[${i}] must be a finite number >= 0; got ${weight}`,
      );
    }
    if (weight > largestWeight) largestWeight = weight;
  }
  const totalFen = toFen(totalCNY);
  const parts = weights.length;
  if (totalFen === 0) return new Array<number>(parts).fill(0);
  if (largestWeight === 0) {
    throw new RangeError(
      `allocateFen: weights must not all be zero when totalCNY is not; got ${totalCNY} CNY over [${weights.join(', ')}]`,
    );
  }

  // Scaling by the largest weight keeps the sum finite for weights near Number.MAX_VALUE.
  let weightSum = 0;
  for (let i = 0; i < parts; i++) weightSum += weights[i]! / largestWeight;
  const fen = new Array<number>(parts);
  const remainders = new Array<number>(parts);
  let leftoverFen = totalFen;
  for (let i = 0; i < parts; i++) {
    const quotaFen = (totalFen * (weights[i]! / largestWeight)) / weightSum;
    const wholeFen = Math.floor(quotaFen);
    fen[i] = wholeFen;
    remainders[i] = quotaFen - wholeFen;
    leftoverFen -= wholeFen;
  }

  // Largest remainder first, ties to the lower index: a stable, fully determined order.
  const order = Array.from({ length: parts }, (_, i) => i);
  order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  // Exactly 0 ≤ leftover < parts; rounding in the quotas of huge totals can push it just outside,
  // so hand out (or take back) fen in that order until the sum is exact.
  for (let k = 0; leftoverFen > 0; k = (k + 1) % parts, leftoverFen--) fen[order[k]!]! += 1;
  for (let k = parts - 1; leftoverFen < 0; k = (k + parts - 1) % parts) {
    const i = order[k]!;
    if (fen[i]! > 0) {
      fen[i]! -= 1;
      leftoverFen++;
    }
  }
  return fen.map((f) => f / 100);
}
