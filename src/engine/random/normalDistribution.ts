import { exp, log } from '../math/ieeeMath.ts';
/* eslint-disable no-loss-of-precision -- the published coefficients are kept digit for digit so
   they can be checked against the papers; each rounds to the nearest double. */

// Standard normal distribution function and its inverse. The engine needs Phi^-1 for the
// one-factor Gaussian copula (a firm fails when sqrt(rho)·Z + sqrt(1−rho)·e < Phi^-1(p)) and for
// the Vasicek large-portfolio loss formula, and normal draws are Phi^-1 of a uniform.

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969),
// as in R's pnorm: relative error near 1e-16 in both tails.
const A0 = 2.2352520354606839287;
const A1 = 161.02823106855587881;
const A2 = 1067.6894854603709582;
const A3 = 18154.981253343561249;
const A4 = 0.065682337918207449113;
const B0 = 47.20258190468824187;
const B1 = 976.09855173777669322;
const B2 = 10260.932208618978205;
const B3 = 45507.789335026729956;

const C0 = 0.39894151208813466764;
const C1 = 8.8831497943883759412;
const C2 = 93.506656132177855979;
const C3 = 597.27027639480026226;
const C4 = 2494.5375852903726711;
const C5 = 6848.1904505362823326;
const C6 = 11602.651437647350124;
const C7 = 9842.7148383839780218;
const C8 = 1.0765576773720192317e-8;
const D0 = 22.266688044328115691;
const D1 = 235.38790178262499861;
const D2 = 1519.377599407554805;
const D3 = 6485.558298266760755;
const D4 = 18615.571640885098091;
const D5 = 34900.952721145977266;
const D6 = 38912.003286093271411;
const D7 = 19685.429676859990727;

const P0 = 0.21589853405795699;
const P1 = 0.1274011611602473639;
const P2 = 0.022235277870649807;
const P3 = 0.001421619193227893466;
const P4 = 2.9112874951168792e-5;
const P5 = 0.02307344176494017303;
const Q0 = 1.28426009614491121;
const Q1 = 0.468238212480865118;
const Q2 = 0.0659881378689285515;
const Q3 = 0.00378239633202758244;
const Q4 = 7.29751555083966205e-5;

const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

/**
 * exp(−y²/2) · factor without the cancellation of squaring y directly: y is split into a part
 * with few bits (whose square is exact) and a remainder (Cody's trick).
 */
function gaussianTail(y: number, factor: number): number {
  const head = Math.trunc(y * 16) / 16;
  const rest = (y - head) * (y + head);
  return exp(-head * head * 0.5) * exp(-rest * 0.5) * factor;
}

/**
 * Phi(x) = P(N(0,1) ≤ x), with relative error about 1e-15 over the whole line (also deep in the
 * lower tail, where 1 − Phi(−x) would lose every digit). NaN gives NaN.
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    // Near the centre: Phi(x) = 1/2 + x·R(x²).
    const xsq = x * x;
    let num = A4 * xsq;
    let den = xsq;
    num = (num + A0) * xsq;
    den = (den + B0) * xsq;
    num = (num + A1) * xsq;
    den = (den + B1) * xsq;
    num = (num + A2) * xsq;
    den = (den + B2) * xsq;
    return 0.5 + (x * (num + A3)) / (den + B3);
  }
  let tail: number;
  if (y <= SQRT_32) {
    let num = C8 * y;
    let den = y;
    num = (num + C0) * y;
    den = (den + D0) * y;
    num = (num + C1) * y;
    den = (den + D1) * y;
    num = (num + C2) * y;
    den = (den + D2) * y;
    num = (num + C3) * y;
    den = (den + D3) * y;
    num = (num + C4) * y;
    den = (den + D4) * y;
    num = (num + C5) * y;
    den = (den + D5) * y;
    num = (num + C6) * y;
    den = (den + D6) * y;
    tail = gaussianTail(y, (num + C7) / (den + D7));
  } else if (y < 37.5193) {
    // Asymptotic expansion in 1/x²; beyond 37.5 the lower tail underflows to 0.
    const xsq = 1 / (x * x);
    let num = P5 * xsq;
    let den = xsq;
    num = (num + P0) * xsq;
    den = (den + Q0) * xsq;
    num = (num + P1) * xsq;
    den = (den + Q1) * xsq;
    num = (num + P2) * xsq;
    den = (den + Q2) * xsq;
    num = (num + P3) * xsq;
    den = (den + Q3) * xsq;
    const r = (xsq * (num + P4)) / (den + Q4);
    tail = gaussianTail(y, (ONE_OVER_SQRT_2PI - r) / y);
  } else {
    tail = Number.isNaN(x) ? NaN : 0;
  }
  // `tail` is Phi(−|x|).
  return x > 0 ? 1 - tail : tail;
}

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477–484 (PPND16): relative error about 1e-16.
const SPLIT1 = 0.425;
const SPLIT2 = 5;
const CONST1 = 0.180625;
const CONST2 = 1.6;

const a0 = 3.387132872796366608;
const a1 = 1.3314166789178437745e2;
const a2 = 1.9715909503065514427e3;
const a3 = 1.3731693765509461125e4;
const a4 = 4.5921953931549871457e4;
const a5 = 6.7265770927008700853e4;
const a6 = 3.3430575583588128105e4;
const a7 = 2.5090809287301226727e3;
const b1 = 4.2313330701600911252e1;
const b2 = 6.871870074920579083e2;
const b3 = 5.3941960214247511077e3;
const b4 = 2.1213794301586595867e4;
const b5 = 3.930789580009271061e4;
const b6 = 2.8729085735721942674e4;
const b7 = 5.226495278852854561e3;

const c0 = 1.42343711074968357734;
const c1 = 4.6303378461565452959;
const c2 = 5.7694972214606914055;
const c3 = 3.64784832476320460504;
const c4 = 1.27045825245236838258;
const c5 = 2.4178072517745061177e-1;
const c6 = 2.27238449892691845833e-2;
const c7 = 7.7454501427834140764e-4;
const d1 = 2.05319162663775882187;
const d2 = 1.6763848301838038494;
const d3 = 6.8976733498510000455e-1;
const d4 = 1.4810397642748007459e-1;
const d5 = 1.51986665636164571966e-2;
const d6 = 5.475938084995344946e-4;
const d7 = 1.05075007164441684324e-9;

const e0 = 6.6579046435011037772;
const e1 = 5.4637849111641143699;
const e2 = 1.7848265399172913358;
const e3 = 2.9656057182850489123e-1;
const e4 = 2.6532189526576123093e-2;
const e5 = 1.2426609473880784386e-3;
const e6 = 2.71155556874348757815e-5;
const e7 = 2.01033439929228813265e-7;
const f1 = 5.9983220655588793769e-1;
const f2 = 1.3692988092273580531e-1;
const f3 = 1.48753612908506148525e-2;
const f4 = 7.868691311456132591e-4;
const f5 = 1.8463183175100546818e-5;
const f6 = 1.4215117583164458887e-7;
const f7 = 2.04426310338993978564e-15;

/**
 * Phi^-1(p) for p strictly inside (0, 1), unchecked: the samplers call it with a uniform that can
 * be neither 0 nor 1. Use `normalQuantile` anywhere else.
 */
export function normalQuantileOpen(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= SPLIT1) {
    const r = CONST1 - q * q;
    return (
      (q * (((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0)) /
      (((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + 1)
    );
  }
  // The smaller tail probability, computed without forming 1 − p twice.
  let r = Math.sqrt(-log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= SPLIT2) {
    r -= CONST2;
    value =
      (((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0) /
      (((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + 1);
  } else {
    r -= SPLIT2;
    value =
      (((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0) /
      (((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + 1);
  }
  return q < 0 ? -value : value;
}

/**
 * Phi^-1(p): the x with P(N(0,1) ≤ x) = p, relative error about 1e-16. normalQuantile(0) is
 * −Infinity and normalQuantile(1) is +Infinity; p outside [0, 1] or NaN throws a RangeError.
 */
export function normalQuantile(p: number): number {
  if (p > 0 && p < 1) return normalQuantileOpen(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  throw new RangeError(`invalid p: ${p} (must be in [0, 1])`);
}
