/**
 * Kaplan–Schoar public market equivalent (Kaplan & Schoar 2005, J. Finance 60(4)):
 * each flow is carried to the last period T at the public index's return, then
 *   KS-PME = (Σ D_t·I_T/I_t + NAV_T) / (Σ C_t·I_T/I_t).
 * Above 1 the fund beat the index; exactly 1 when its flows replicate the index.
 */

import { requireNonNegative, requirePositive } from './requireAmount.ts';

export interface KsPmeInput {
  /** Capital paid in during each period t, CNY, ≥ 0 (a positive amount, not a signed flow). */
  contributionsCNY: ArrayLike<number>;
  /** Distributions paid out during each period t, CNY, ≥ 0; same length as contributionsCNY. */
  distributionsCNY: ArrayLike<number>;
  /** Fund NAV at the last period T, CNY, ≥ 0. */
  navCNY: number;
  /** Public index level in each period t (total return, e.g. CSI 300), > 0; same length. */
  indexLevel: ArrayLike<number>;
}

/**
 * KS-PME; null when nothing was contributed (the ratio is undefined).
 * Throws RangeError on unequal lengths, negative or non-finite amounts, or index levels ≤ 0.
 */
export function ksPme(input: KsPmeInput): number | null {
  const { contributionsCNY, distributionsCNY, navCNY, indexLevel } = input;
  const periods = indexLevel.length;
  if (contributionsCNY.length !== periods || distributionsCNY.length !== periods) {
    throw new RangeError(
      `ksPme: contributionsCNY, distributionsCNY and indexLevel must have equal lengths; got ${contributionsCNY.length}, ${distributionsCNY.length} and ${periods}`,
    );
  }
  requireNonNegative('ksPme', 'navCNY', navCNY);

  // Σ amount/I_t, multiplied by I_T once at the end.
  let contributedPerIndexPoint = 0;
  let distributedPerIndexPoint = 0;
  for (let t = 0; t < periods; t++) {
    const level = indexLevel[t] as number;
    const contribution = contributionsCNY[t] as number;
    const distribution = distributionsCNY[t] as number;
    requirePositive('ksPme', `indexLevel[${t}]`, level);
    requireNonNegative('ksPme', `contributionsCNY[${t}]`, contribution);
    requireNonNegative('ksPme', `distributionsCNY[${t}]`, distribution);
    contributedPerIndexPoint += contribution / level;
    distributedPerIndexPoint += distribution / level;
  }
  if (contributedPerIndexPoint === 0) return null;
  const finalLevel = indexLevel[periods - 1] as number;
  return (distributedPerIndexPoint * finalLevel + navCNY) / (contributedPerIndexPoint * finalLevel);
}
