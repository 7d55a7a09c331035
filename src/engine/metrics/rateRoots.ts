/**
 * Every growth rate at which a schedule's NPV is zero, in log growth s = ln(1 + r),
 * so r ∈ (−1, ∞) maps onto the whole real line and steps are relative in (1 + r).
 *
 * One sign change in the amounts (the usual fund: calls, then distributions) means
 * exactly one root, by Descartes' rule of signs (Laguerre's form covers the real
 * exponents of XIRR): we expand a bracket from the guess and refine it with Brent.
 *
 * k > 1 sign changes: the argument that proves Descartes' rule also isolates the roots.
 * With N(s) = Σ aᵢ·e^(−s·τᵢ) and a pivot time c strictly between two flows of opposite
 * sign, d/ds[e^(s·c)·N(s)] = e^(s·c)·Σ aᵢ·(c − τᵢ)·e^(−s·τᵢ): a sum of the same shape
 * whose coefficients have k − 1 sign changes. Its roots (found the same way, recursively)
 * cut the line into pieces on which e^(s·c)·N is monotone, so each piece holds at most
 * one root of N, and holds one exactly when N changes sign across it. No grid, nothing
 * missed however close two roots are, down to rounding: a root where the NPV only
 * touches zero is found when rounding makes it cross or hit zero there.
 */

import { findRootInBracket } from './rootFinding.ts';
import { flowTime, scaledNpv, type FlowSchedule } from './scaledNpv.ts';

/** Beyond |s| = 700, e^s overflows; roots out there are not reported. */
const FARTHEST_LOG_GROWTH = 700;
/** First step when expanding a bracket outwards, in s (about 28% in 1 + r); it doubles. */
const FIRST_STEP = 0.25;
const LOG_GROWTH_TOLERANCE = 1e-13;
/** Roots closer than this in s (1e-4 % in 1 + r) are one root blurred by rounding. */
const MERGE_WIDTH = 1e-6;

/**
 * The roots in log growth, ascending.
 * @param signChanges sign changes between consecutive non-zero amounts; at least 1.
 * @param guessLogGrowth where to start the bracket when a piece is unbounded both ways.
 */
export function findLogGrowthRoots(
  schedule: FlowSchedule,
  signChanges: number,
  guessLogGrowth: number,
): number[] {
  // One rate for sure: searched as for one sign change, without isolating k − 1 turning points.
  const changes = signChanges > 1 && hasOneRate(schedule) ? 1 : signChanges;
  return mergeNearbyRoots(rootsOf(schedule, changes, clampLogGrowth(guessLogGrowth)));
}

/** Running totals within this share of the amounts' absolute sum may carry a rounded sign. */
const RUNNING_TOTAL_DOUBT = 1e-12;

/**
 * Whether periodic amounts a₀ … aₙ surely have exactly one rate, however often the amounts change
 * sign (the usual fund: calls and distributions interleaved). With x = 1/(1 + r),
 * NPV = (1 − x)·Σ_{i<n} Sᵢ·xⁱ + Sₙ·xⁿ, Sᵢ the running totals from the first amount:
 *  - Sᵢ changing sign exactly once, Sₙ ≠ 0: exactly one rate r ≥ 0 (Norstrøm 1972, "A sufficient
 *    condition for a unique nonnegative internal rate of return", JFQA 7(3));
 *  - the totals from the last amount backwards, aₙ + … + aₙ₋ᵢ for i < n, all of Sₙ's sign: no rate
 *    r < 0 (the same identity in y = 1/x: every term has that sign for y in (0, 1)).
 * A total too close to zero to be sure of its sign answers false, and the full search runs.
 */
function hasOneRate(schedule: FlowSchedule): boolean {
  if (schedule.timesInPeriods !== null) return false;
  const amounts = schedule.amountsCNY;
  const n = amounts.length - 1;
  let absoluteSum = 0;
  for (let i = 0; i <= n; i++) absoluteSum += Math.abs(amounts[i] as number);
  const doubt = RUNNING_TOTAL_DOUBT * absoluteSum;
  let total = 0;
  let sign = 0;
  let changes = 0;
  for (let i = 0; i <= n; i++) {
    total += amounts[i] as number;
    // A zero total counts for no sign, a tiny one might hide two changes: either way, not sure.
    if (Math.abs(total) <= doubt) return false;
    const now = total > 0 ? 1 : -1;
    if (sign !== 0 && now !== sign) changes++;
    sign = now;
  }
  if (changes !== 1) return false;
  let tail = 0;
  for (let i = n; i > 0; i--) {
    tail += amounts[i] as number;
    if (!(sign > 0 ? tail > doubt : tail < -doubt)) return false;
  }
  return true;
}

function rootsOf(schedule: FlowSchedule, signChanges: number, guess: number): number[] {
  const amounts = schedule.amountsCNY;
  const value = (logGrowth: number): number => scaledNpv(schedule, logGrowth);
  const turningPoints =
    signChanges > 1 ? rootsOf(derivedSchedule(schedule), signChanges - 1, guess) : [];

  // Walk the pieces from s = −∞ (where V → the last amount) to +∞ (V → the first).
  const roots: number[] = [];
  let lo = -Infinity;
  let loValue = amounts[amounts.length - 1] as number;
  for (let k = 0; k <= turningPoints.length; k++) {
    const hi = k < turningPoints.length ? (turningPoints[k] as number) : Infinity;
    const hiValue = hi === Infinity ? (amounts[0] as number) : value(hi);
    if (loValue !== 0 && hiValue !== 0 && loValue > 0 !== hiValue > 0) {
      const root =
        lo > -Infinity && hi < Infinity
          ? refine(value, lo, hi)
          : hi < Infinity
            ? bracketOutwards(value, hi, hiValue, -1)
            : lo > -Infinity
              ? bracketOutwards(value, lo, loValue, 1)
              : rootFromGuess(value, guess, hiValue);
      if (root !== null) roots.push(root);
    }
    if (hiValue === 0) roots.push(hi);
    lo = hi;
    loValue = hiValue;
  }
  return roots;
}

/**
 * Σ aᵢ·(c − τᵢ)·e^(−s·τᵢ) with c midway across the first sign change: one sign change
 * fewer. Rescaled to a largest coefficient of 1, as k pivots multiply sizes by about T^k.
 */
function derivedSchedule(schedule: FlowSchedule): FlowSchedule {
  const amounts = schedule.amountsCNY;
  let previous = 0;
  while ((amounts[previous] as number) === 0) previous++;
  let next = previous + 1;
  for (; next < amounts.length; next++) {
    const amount = amounts[next] as number;
    if (amount === 0) continue;
    if (amount > 0 !== (amounts[previous] as number) > 0) break;
    previous = next;
  }
  const pivot = 0.5 * (flowTime(schedule, previous) + flowTime(schedule, next));
  const derived = new Float64Array(amounts.length);
  let largest = 0;
  for (let i = 0; i < amounts.length; i++) {
    const coefficient = (amounts[i] as number) * (pivot - flowTime(schedule, i));
    derived[i] = coefficient;
    largest = Math.max(largest, Math.abs(coefficient));
  }
  for (let i = 0; i < derived.length; i++) derived[i] = (derived[i] as number) / largest;
  return { amountsCNY: derived, timesInPeriods: schedule.timesInPeriods };
}

/** The one root on the whole line, given V's sign at +∞: search from the guess. */
function rootFromGuess(
  value: (logGrowth: number) => number,
  guess: number,
  valueAtInfinity: number,
): number | null {
  const guessValue = value(guess);
  if (guessValue === 0) return guess;
  // If V already has its +∞ sign at the guess, the root lies below it.
  const direction = guessValue > 0 === valueAtInfinity > 0 ? -1 : 1;
  return bracketOutwards(value, guess, guessValue, direction);
}

/** Steps outwards from `near` in doubling steps until V changes sign, then refines. */
function bracketOutwards(
  value: (logGrowth: number) => number,
  start: number,
  startValue: number,
  direction: 1 | -1,
): number | null {
  let near = start;
  let step = FIRST_STEP;
  for (;;) {
    const far = clampLogGrowth(near + direction * step);
    if (far === near) return null;
    const farValue = value(far);
    if (farValue === 0) return far;
    if (farValue > 0 !== startValue > 0) return refine(value, near, far);
    near = far;
    step *= 2;
  }
}

function refine(value: (logGrowth: number) => number, lo: number, hi: number): number | null {
  const result = findRootInBracket(value, lo, hi, { absoluteTolerance: LOG_GROWTH_TOLERANCE });
  return result.kind === 'root' ? result.x : null;
}

/**
 * Rounding noise near a root of even multiplicity (NPV touching zero) can show as a
 * cluster of roots within about √ε of it: one rate, reported at the cluster's middle.
 */
function mergeNearbyRoots(ascending: readonly number[]): number[] {
  const merged: number[] = [];
  let start = 0;
  for (let i = 1; i <= ascending.length; i++) {
    const gap =
      i < ascending.length ? (ascending[i] as number) - (ascending[i - 1] as number) : Infinity;
    if (gap > MERGE_WIDTH) {
      merged.push(ascending[(start + i - 1) >> 1] as number);
      start = i;
    }
  }
  return merged;
}

function clampLogGrowth(logGrowth: number): number {
  return Math.min(FARTHEST_LOG_GROWTH, Math.max(-FARTHEST_LOG_GROWTH, logGrowth));
}
