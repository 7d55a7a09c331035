import stdlibExp from '@stdlib/math-base-special-exp';

/**
 * e^x, the same bits as stdlib's exp (a port of FreeBSD msun's e_exp.c, see ieeeMath.ts) and
 * about twice as fast: the algorithm is fdlibm's — x = k·ln2 + r with |r| ≤ ln2/2, e^r by a
 * Remez polynomial, then scaled by 2^k — but the scaling, where the result is a normal number, is
 * one multiplication by 2^k from a table, which is exact, instead of a generic ldexp that takes
 * the float apart. Every other argument (NaN, ±Infinity, overflow, underflow, subnormal results,
 * |x| < 2^−28) goes to stdlib's exp itself.
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LOG2_E = 1.442695040888963387;
// fdlibm's P1 … P5: R(t) = t·(P1 + t·(P2 + …)), with e^r = 1 + 2r/(R(r²) − r).
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
/** Exponents whose 2^k times a number in [½, 2) is always a normal number. */
const K_MIN = -1021;
const K_MAX = 1023;
const POW2 = new Float64Array(K_MAX - K_MIN + 1);
POW2[-K_MIN] = 1;
for (let k = 1; k <= K_MAX; k++) POW2[k - K_MIN] = POW2[k - 1 - K_MIN]! * 2;
for (let k = -1; k >= K_MIN; k--) POW2[k - K_MIN] = POW2[k + 1 - K_MIN]! / 2;

const NEAR_ZERO = 2 ** -28;

export function exp(x: number): number {
  // Also false for NaN: stdlib's exp answers those, and the tiny, huge and infinite ones.
  if (!(Math.abs(x) >= NEAR_ZERO && Math.abs(x) < 708)) return stdlibExp(x);
  const k = Math.trunc(LOG2_E * x + (x < 0 ? -0.5 : 0.5));
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return k >= K_MIN && k <= K_MAX ? y * POW2[k - K_MIN]! : stdlibExp(x);
}
