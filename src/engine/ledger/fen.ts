/**
 * Amounts are kept as integer fen (CNY × 100). Integers below 2^53 add exactly in a Float64, so
 * balances are exact and the sum of all balances is exactly zero, whatever the order of postings.
 */

/** The largest amount whose fen count is still an exact integer (about 90 trillion CNY). */
export const maxAmountCNY = Number.MAX_SAFE_INTEGER / 100;

/**
 * The largest movement `post` books: beyond one posting's `maxAmountCNY` it books several, each
 * exact; past this bound (a quintillion yuan) an amount can only be a bug.
 */
export const maxMovementCNY = 1e18;

/** Products this far below 2^53 still have a fraction fine enough to tell a near-half. */
const nearHalfLimit = 2 ** 46;

/** CNY to whole fen, rounded half away from zero: 0.005 → 1, 1/3 → 33, −0.005 → −1. */
export function toFen(amountCNY: number): number {
  const scaled = Math.abs(amountCNY) * 100;
  const whole = Math.floor(scaled);
  // 1.005 × 100 is 100.49999999999999 in binary: a product within a couple of ulps of a half is
  // taken as the decimal half it stands for.
  const nearHalf = scaled < nearHalfLimit ? scaled * 2 * Number.EPSILON : 0;
  const fen = scaled - whole >= 0.5 - nearHalf ? whole + 1 : whole;
  return amountCNY < 0 && fen !== 0 ? -fen : fen;
}

export function fenToCNY(fen: number): number {
  return fen / 100;
}

/** An integer number of fen as a CNY amount with exactly two decimals: 123456 → '1234.56'. */
export function formatFen(fen: number): string {
  const magnitude = Math.abs(fen);
  const whole = Math.floor(magnitude / 100);
  const cents = magnitude - whole * 100;
  return `${fen < 0 ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}
