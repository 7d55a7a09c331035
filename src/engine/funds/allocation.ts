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
  const quotaFen = (i: number) => (totalFen * (weights[i]! / largestWeight)) / weightSum;
  const fen = new Array<number>(parts);
  let leftoverFen = totalFen;
  for (let i = 0; i < parts; i++) {
    fen[i] = Math.floor(quotaFen(i));
    leftoverFen -= fen[i]!;
  }
  if (leftoverFen !== 0) handOutLeftover(fen, leftoverFen, quotaFen);
  for (let i = 0; i < parts; i++) fen[i] = fen[i]! / 100;
  return fen;
}

/**
 * Gives the fen left over after the whole quotas one each to the parts with the largest
 * remainders, ties to the lower index: a stable, fully determined order. The usual case, fewer
 * fen than parts, picks them by selection (no sort for a handful of parts).
 */
function handOutLeftover(fen: number[], leftoverFen: number, quotaFen: (i: number) => number) {
  const parts = fen.length;
  const remainders = new Array<number>(parts);
  for (let i = 0; i < parts; i++) remainders[i] = quotaFen(i) - fen[i]!;
  if (leftoverFen > 0 && leftoverFen < parts) {
    for (; leftoverFen > 0; leftoverFen--) {
      let best = -1;
      for (let i = 0; i < parts; i++)
        if (remainders[i]! >= 0 && (best < 0 || remainders[i]! > remainders[best]!)) best = i;
      fen[best]! += 1;
      remainders[best] = -1;
    }
    return;
  }
  const order = Array.from({ length: parts }, (_, i) => i);
  order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  // Rounding in the quotas of huge totals can push the leftover outside [0, parts), so hand out
  // (or take back) fen in that order until the sum is exact.
  for (let k = 0; leftoverFen > 0; k = (k + 1) % parts, leftoverFen--) fen[order[k]!]! += 1;
  for (let k = parts - 1; leftoverFen < 0; k = (k + parts - 1) % parts) {
    const i = order[k]!;
    if (fen[i]! > 0) {
      fen[i]! -= 1;
      leftoverFen++;
    }
  }
}
