/**
 * Brent's method for a root of a continuous function inside a bracket.
 *
 * Brent (1973), "Algorithms for Minimization without Derivatives", ch. 4 (the
 * zeroin routine): inverse quadratic interpolation or secant steps, falling back
 * to bisection whenever they would not shrink the bracket fast enough, so it is
 * never slower than bisection by more than a small factor and never leaves the bracket.
 */

/** What a bracketed search found. Failures are data, never a made-up x. */
export type BracketedRoot =
  /** `fx` is f(x): exactly 0, or the bracket has shrunk below the tolerance around x. */
  | { kind: 'root'; x: number; fx: number; iterations: number }
  /** f(lo) and f(hi) have the same sign (or one is missing): nothing was searched. */
  | { kind: 'noBracket'; fLo: number; fHi: number }
  /** f returned NaN or ±Infinity at x. */
  | { kind: 'nonFinite'; x: number; fx: number }
  /** The bracket did not shrink below the tolerance in time; x is the best estimate. */
  | { kind: 'maxIterations'; x: number; fx: number; iterations: number };

export interface BrentOptions {
  /** Absolute tolerance on x; a relative term of 2 ulp·|x| is always added. Default 1e-12. */
  absoluteTolerance?: number;
  /** Default 200: plain bisection of [−700, 700] to 1e-13 needs under 60. */
  maxIterations?: number;
}

/** Finds x in [lo, hi] with f(x) = 0, given f(lo) and f(hi) of opposite signs. */
export function findRootInBracket(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: BrentOptions = {},
): BracketedRoot {
  const tolerance = options.absoluteTolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 200;
  if (!Number.isFinite(lo)) throw new RangeError(`findRootInBracket: lo must be finite; got ${lo}`);
  if (!Number.isFinite(hi)) throw new RangeError(`findRootInBracket: hi must be finite; got ${hi}`);
  if (!(tolerance > 0 && tolerance < Infinity)) {
    throw new RangeError(
      `findRootInBracket: absoluteTolerance must be a finite number > 0; got ${tolerance}`,
    );
  }
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) {
    throw new RangeError(
      `findRootInBracket: maxIterations must be an integer >= 1; got ${maxIterations}`,
    );
  }

  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (!Number.isFinite(fa)) return { kind: 'nonFinite', x: a, fx: fa };
  if (!Number.isFinite(fb)) return { kind: 'nonFinite', x: b, fx: fb };
  if (fa === 0) return { kind: 'root', x: a, fx: fa, iterations: 0 };
  if (fb === 0) return { kind: 'root', x: b, fx: fb, iterations: 0 };
  if (fa > 0 === fb > 0) return { kind: 'noBracket', fLo: fa, fHi: fb };

  // b is the best estimate, a the previous one, c the point that keeps the root bracketed with b.
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) {
      return { kind: 'root', x: b, fx: fb, iterations: iteration };
    }
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        // Only two distinct points: secant step.
        p = 2 * half * s;
        q = 1 - s;
      } else {
        // Inverse quadratic interpolation through a, b and c.
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the interpolated step only if it lands well inside the bracket and
      // shrinks faster than the step before last; otherwise bisect.
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
    if (!Number.isFinite(fb)) return { kind: 'nonFinite', x: b, fx: fb };
  }
  return { kind: 'maxIterations', x: b, fx: fb, iterations: maxIterations };
}
