import { exp } from '../math/ieeeMath.ts';
/**
 * Net present value as a function of log growth s = ln(1 + r), scaled so it never
 * overflows, for the IRR and XIRR solvers.
 *
 * With first and last amounts non-zero and times τ from 0 to T:
 *   s ≥ 0:  V(s) = Σ aᵢ·e^(−s·τᵢ)           (the NPV itself; every factor ≤ 1)
 *   s < 0:  V(s) = Σ aᵢ·e^(s·(T − τᵢ))      (the NPV times (1 + r)^T; every factor ≤ 1)
 * Both forms have the NPV's sign and roots and meet at s = 0 (both are Σ aᵢ), so V is
 * continuous; V → a₀ as r → ∞ and V → a_last as r → −1.
 *
 * Indexing: loops stay in range, so `as number` only answers noUncheckedIndexedAccess.
 */

/** Net cash flows on a time axis, as the rate solvers see them. */
export interface FlowSchedule {
  /** Net amount at each time, earliest first; the first and last are non-zero. */
  readonly amountsCNY: Float64Array;
  /**
   * Time of each amount in periods from the first, ascending; null when amount i
   * falls at period i, which lets V run as Horner's scheme in e^(∓s).
   */
  readonly timesInPeriods: Float64Array | null;
}

/** V(s) as above: the NPV's sign and roots, without overflow for any finite s. */
export function scaledNpv(schedule: FlowSchedule, logGrowth: number): number {
  const amounts = schedule.amountsCNY;
  const times = schedule.timesInPeriods;
  const last = amounts.length - 1;
  let value = 0;
  if (times === null) {
    if (logGrowth >= 0) {
      const discount = exp(-logGrowth);
      for (let i = last; i >= 0; i--) value = value * discount + (amounts[i] as number);
    } else {
      const growth = exp(logGrowth);
      for (let i = 0; i <= last; i++) value = value * growth + (amounts[i] as number);
    }
  } else if (logGrowth >= 0) {
    for (let i = 0; i <= last; i++) {
      value += (amounts[i] as number) * exp(-logGrowth * (times[i] as number));
    }
  } else {
    const end = times[last] as number;
    for (let i = 0; i <= last; i++) {
      value += (amounts[i] as number) * exp(logGrowth * (end - (times[i] as number)));
    }
  }
  return value;
}

/** Time of amount i in periods from the first. */
export function flowTime(schedule: FlowSchedule, index: number): number {
  return schedule.timesInPeriods === null ? index : (schedule.timesInPeriods[index] as number);
}
