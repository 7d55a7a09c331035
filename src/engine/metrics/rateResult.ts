import { expm1 } from '../math/ieeeMath.ts';
/** Why a rate of return does not exist for a set of flows. */
export type NoRateReason =
  /** No flows at all. */
  | 'empty'
  /** A flow is NaN, ±Infinity or missing. */
  | 'nonFinite'
  /** All non-zero flows have one sign (or all are zero): no rate sets NPV to zero. */
  | 'noSignChange'
  /**
   * The signs change but NPV never reaches zero, e.g. [−100, 250, −170]; or reaches it
   * only where 1 + r is beyond e^±700.
   */
  | 'noRoot';

/** The answer of irr and xirr: a rate, or the reason there is none. */
export type RateResult =
  | {
      kind: 'rate';
      /**
       * The chosen root, per period of the flows (per 365-day year for xirr): of all
       * roots, the one nearest the guess, as Excel's iteration from its guess tends to give.
       */
      ratePerPeriod: number;
      /** ratePerPeriod compounded over a year: (1 + r)^periodsPerYear − 1. */
      annualRate: number;
      /** More than one rate sets NPV to zero: the IRR alone is ambiguous; see allRatesPerPeriod. */
      multipleRoots: boolean;
      /** Every root found on (−1, ∞), ascending; includes ratePerPeriod. */
      allRatesPerPeriod: number[];
    }
  | { kind: 'none'; reason: NoRateReason };

/** Builds the result from roots in log growth s = ln(1 + r), ascending. */
export function rateFromLogGrowthRoots(
  rootsLogGrowth: readonly number[],
  guessRatePerPeriod: number,
  periodsPerYear: number,
): RateResult {
  if (rootsLogGrowth.length === 0) return { kind: 'none', reason: 'noRoot' };
  // expm1 keeps full precision for rates near zero.
  const allRatesPerPeriod = rootsLogGrowth.map((logGrowth) => expm1(logGrowth));
  let chosen = 0;
  for (let i = 1; i < allRatesPerPeriod.length; i++) {
    const distance = Math.abs((allRatesPerPeriod[i] as number) - guessRatePerPeriod);
    if (distance < Math.abs((allRatesPerPeriod[chosen] as number) - guessRatePerPeriod)) {
      chosen = i;
    }
  }
  return {
    kind: 'rate',
    ratePerPeriod: allRatesPerPeriod[chosen] as number,
    annualRate: expm1(periodsPerYear * (rootsLogGrowth[chosen] as number)),
    multipleRoots: allRatesPerPeriod.length > 1,
    allRatesPerPeriod,
  };
}
