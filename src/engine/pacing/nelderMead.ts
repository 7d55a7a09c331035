/**
 * Nelder–Mead simplex minimisation, unconstrained and derivative-free (J. A. Nelder and
 * R. Mead, Computer Journal 7(4), 1965), with the standard coefficients: reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2. Bounds are the caller's, by transforming the
 * variables. Written here rather than taken from npm: the small packages that do this
 * (fmin 0.0.4) are unmaintained and untyped, and the engine takes no new dependency for
 * forty lines.
 */

export interface NelderMeadOptions {
  /** Size of the first simplex's edges, in the units of x. Default 0.5 on every axis. */
  initialStep?: number;
  /** Most iterations (one reflection and what follows it). Default 200 × dimension. */
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. Default 1e-12. */
  valueTolerance?: number;
  /** …and its vertices by less than this on every axis. Default 1e-9. */
  pointTolerance?: number;
}

export interface NelderMeadResult {
  x: Float64Array;
  /** f(x); +Infinity when f never gave a number. */
  value: number;
  iterations: number;
  /** False when it stopped at maxIterations rather than on the tolerances. */
  converged: boolean;
}

/** Minimises `f` from `x0`. A NaN from f counts as +Infinity, so the simplex moves away from it. */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  const step = options.initialStep ?? 0.5;
  const maxIterations = options.maxIterations ?? 200 * Math.max(1, n);
  const valueTolerance = options.valueTolerance ?? 1e-12;
  const pointTolerance = options.pointTolerance ?? 1e-9;
  const value = (x: Float64Array): number => {
    const y = f(x);
    return Number.isNaN(y) ? Infinity : y;
  };

  const points: Float64Array[] = [];
  for (let i = 0; i <= n; i++) {
    const p = Float64Array.from(x0);
    if (i > 0) p[i - 1]! += step;
    points.push(p);
  }
  const values = points.map(value);
  const order = points.map((_, i) => i);
  const centroid = new Float64Array(n);
  const along = (t: number): Float64Array => {
    const worst = points[order[n]!]!;
    const p = new Float64Array(n);
    for (let j = 0; j < n; j++) p[j] = centroid[j]! + t * (worst[j]! - centroid[j]!);
    return p;
  };

  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    order.sort((a, b) => values[a]! - values[b]!);
    const best = order[0]!;
    const worstIndex = order[n]!;
    if (isSmall(points, values, order, valueTolerance, pointTolerance)) {
      converged = true;
      break;
    }
    centroid.fill(0);
    for (let i = 0; i < n; i++) {
      const p = points[order[i]!]!;
      for (let j = 0; j < n; j++) centroid[j]! += p[j]! / n;
    }
    const reflected = along(-1);
    const reflectedValue = value(reflected);
    const secondWorst = values[order[n - 1]!]!;
    if (reflectedValue < values[best]!) {
      const expanded = along(-2);
      const expandedValue = value(expanded);
      const keepExpanded = expandedValue < reflectedValue;
      points[worstIndex] = keepExpanded ? expanded : reflected;
      values[worstIndex] = keepExpanded ? expandedValue : reflectedValue;
    } else if (reflectedValue < secondWorst) {
      points[worstIndex] = reflected;
      values[worstIndex] = reflectedValue;
    } else {
      // Contract towards the better of the reflected and the worst point.
      const outside = reflectedValue < values[worstIndex]!;
      const contracted = along(outside ? -0.5 : 0.5);
      const contractedValue = value(contracted);
      if (contractedValue < (outside ? reflectedValue : values[worstIndex]!)) {
        points[worstIndex] = contracted;
        values[worstIndex] = contractedValue;
      } else {
        const bestPoint = points[best]!;
        for (let i = 0; i <= n; i++) {
          if (i === best) continue;
          const p = points[i]!;
          for (let j = 0; j < n; j++) p[j] = bestPoint[j]! + 0.5 * (p[j]! - bestPoint[j]!);
          values[i] = value(p);
        }
      }
    }
  }
  order.sort((a, b) => values[a]! - values[b]!);
  return {
    x: Float64Array.from(points[order[0]!]!),
    value: values[order[0]!]!,
    iterations,
    converged,
  };
}

function isSmall(
  points: readonly Float64Array[],
  values: readonly number[],
  order: readonly number[],
  valueTolerance: number,
  pointTolerance: number,
): boolean {
  const n = order.length - 1;
  const best = values[order[0]!]!;
  const worst = values[order[n]!]!;
  if (!(Math.abs(worst - best) <= valueTolerance)) return false;
  const bestPoint = points[order[0]!]!;
  for (let i = 1; i <= n; i++) {
    const p = points[order[i]!]!;
    for (let j = 0; j < bestPoint.length; j++) {
      if (Math.abs(p[j]! - bestPoint[j]!) > pointTolerance) return false;
    }
  }
  return true;
}
