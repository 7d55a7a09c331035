/**
 * Internal rate of return of periodic cash flows (ILPA: the since-inception IRR, net
 * to limited partners, with the final NAV entered as a last distribution).
 */

import { findLogGrowthRoots } from './rateRoots.ts';
import { rateFromLogGrowthRoots, type RateResult } from './rateResult.ts';
import type { FlowSchedule } from './scaledNpv.ts';
import { log1p } from '../math/ieeeMath.ts';

export interface IrrOptions {
  /**
   * Flow periods in a year, used only to annualise: 4 for quarterly flows gives
   * annualRate = (1 + r)^4 − 1. Default 1 (annual flows). Must be > 0.
   */
  periodsPerYear?: number;
  /**
   * Rate per period near which to choose when several rates zero the NPV. Default
   * 0.1, Excel's default guess. Must be > −1. Does not affect which roots are found.
   */
  guess?: number;
}

/**
 * IRR per period of `flowsCNY[t]` at period t, from the investor's side: contributions
 * negative, distributions and final NAV positive. NPV(r) = Σ flowsCNY[t]·(1 + r)^−t.
 */
export function irr(flowsCNY: ArrayLike<number>, options: IrrOptions = {}): RateResult {
  const periodsPerYear = options.periodsPerYear ?? 1;
  const guess = options.guess ?? 0.1;
  if (!(periodsPerYear > 0 && periodsPerYear < Infinity)) {
    throw new RangeError(`irr: periodsPerYear must be a finite number > 0; got ${periodsPerYear}`);
  }
  if (!(guess > -1 && guess < Infinity)) {
    throw new RangeError(`irr: guess must be a finite rate > -1; got ${guess}`);
  }

  const count = flowsCNY.length;
  if (count === 0) return { kind: 'none', reason: 'empty' };
  let first = -1;
  let last = -1;
  let signChanges = 0;
  let previousSign = 0;
  for (let t = 0; t < count; t++) {
    const amount = flowsCNY[t];
    if (!Number.isFinite(amount)) return { kind: 'none', reason: 'nonFinite' };
    if (amount === 0) continue;
    const sign = (amount as number) > 0 ? 1 : -1;
    if (previousSign !== 0 && sign !== previousSign) signChanges++;
    previousSign = sign;
    if (first < 0) first = t;
    last = t;
  }
  if (signChanges === 0) return { kind: 'none', reason: 'noSignChange' };

  // Leading and trailing zeros only scale the NPV by a power of (1 + r): drop them.
  const amountsCNY = new Float64Array(last - first + 1);
  for (let t = first; t <= last; t++) amountsCNY[t - first] = flowsCNY[t] as number;
  const schedule: FlowSchedule = { amountsCNY, timesInPeriods: null };
  const roots = findLogGrowthRoots(schedule, signChanges, log1p(guess));
  return rateFromLogGrowthRoots(roots, guess, periodsPerYear);
}
