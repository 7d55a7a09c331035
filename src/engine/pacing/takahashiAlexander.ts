import { pow } from '../math/ieeeMath.ts';
/**
 * The Takahashi–Alexander ("Yale") pacing model in its discrete annual form: D. Takahashi
 * and S. Alexander, "Illiquid Alternative Asset Fund Modeling", Yale University Investments
 * Office working paper, January 2001; Journal of Portfolio Management 28(2), 2002.
 *
 * For each year of age t = 1, 2, …:
 *   C_t    = RC_t · (C − PIC_{t−1})                 contribution (capital called)
 *   D_t    = RD_t · NAV_{t−1} · (1 + G)             distribution
 *   RD_t   = max(Y, (t / L)^B), capped at 1         rate of distribution
 *   NAV_t  = NAV_{t−1} · (1 + G) + C_t − D_t
 * with C the commitment, PIC paid-in capital, G the growth rate, B the bow, L the life and
 * Y the yield. The yield is a floor on the rate of distribution, not a factor of it.
 *
 * Where the equations were checked, since the paper's equation page itself could not be read
 * here (only the opening of its January 2001 version, studylib.net/doc/25818541):
 * - the contribution, distribution and NAV equations as the CFA Level III curriculum restates
 *   them ("Capital Contribution = Rate of Contribution × (Capital Commitment − Paid-in
 *   Capital)", "Distributions = Rate of Distribution at time t × [NAV × (1 + Growth Rate)]",
 *   "NAV at time t = prior NAV × (1 + Growth Rate) + Capital Contribution − Distributions"),
 *   quoted at event.pzacademy.com/qa/80990;
 * - RD = Max[Y, (t / L)^B], written in the paper's own notation (CC, PIC, RD, Y, L, B) in
 *   github.com/jzhang1223/CBA, Model/ModelCalculations.py, and C_t = UC_{t−1} × RC(Age_{t−1})
 *   in C. Jäckel, "The Takahashi and Alexander model" (christoph-jaeckel.com, 2023).
 * The cap at 1 is ours: (t / L)^B passes 1 after the fund's life, and a rate above 1 would
 * distribute more than the fund holds and drive NAV below zero.
 */

/** Parameters of the model. Rates are fractions (0.25 is 25%), not percentages. */
export interface TakahashiAlexanderParams {
  /** Commitment C, CNY. Finite and > 0. */
  commitmentCNY: number;
  /**
   * Rate of contribution RC_t by year of age: `contributionRates[0]` applies in year 1,
   * `[1]` in year 2, and the last value in every later year (the paper's 25%, 33.3%, 50%…
   * pattern, or a single constant rate). Each a fraction of the uncalled commitment, in
   * [0, 1]; at least one value.
   */
  contributionRates: readonly number[];
  /** Bow B, dimensionless, ≥ 0: the higher, the later distributions come. */
  bow: number;
  /** Growth rate G of NAV per year, a fraction, > −1. */
  growthPerYear: number;
  /** Life L, years, > 0: the age at which the rate of distribution reaches 1. */
  lifeYears: number;
  /** Yield Y, a fraction of grown NAV per year in [0, 1]: the floor on the rate of distribution. */
  yieldPerYear: number;
}

/** Where a projection starts; a fund at inception has all three zero. */
export interface TakahashiAlexanderStart {
  /** Completed years of age before the first projected year, an integer ≥ 0. */
  ageYears: number;
  /** Paid-in capital PIC at the start, CNY, in [0, commitment]. */
  paidInCNY: number;
  /** NAV at the start, CNY, ≥ 0. */
  navCNY: number;
}

/** Year-by-year output; index k is year of age `start.ageYears + k + 1`. All in CNY. */
export interface TakahashiAlexanderProjection {
  contributionsCNY: Float64Array;
  distributionsCNY: Float64Array;
  /** NAV at the end of each year, after that year's contribution and distribution. */
  navCNY: Float64Array;
}

const INCEPTION: TakahashiAlexanderStart = { ageYears: 0, paidInCNY: 0, navCNY: 0 };

/** RC for year of age `ageYears` (1-based): the list's entry, the last one repeating. */
export function contributionRateAt(contributionRates: readonly number[], ageYears: number): number {
  const index = Math.min(ageYears, contributionRates.length) - 1;
  return contributionRates[index]!;
}

/** RD_t = max(Y, (t / L)^B), capped at 1; `ageYears` is t, 1-based. */
export function distributionRateAt(
  params: Pick<TakahashiAlexanderParams, 'bow' | 'lifeYears' | 'yieldPerYear'>,
  ageYears: number,
): number {
  const curve = pow(ageYears / params.lifeYears, params.bow);
  return Math.min(1, Math.max(params.yieldPerYear, curve));
}

/** Throws a RangeError naming the first parameter out of its range. */
export function checkTakahashiAlexanderParams(params: TakahashiAlexanderParams): void {
  const { commitmentCNY, contributionRates, bow, growthPerYear, lifeYears, yieldPerYear } = params;
  if (!(commitmentCNY > 0 && commitmentCNY < Infinity)) {
    throw new RangeError(`commitmentCNY must be a finite number > 0; got ${commitmentCNY}`);
  }
  if (contributionRates.length === 0) {
    throw new RangeError('contributionRates must hold at least one rate; got an empty list');
  }
  contributionRates.forEach((rate, k) => {
    if (!(rate >= 0 && rate <= 1)) {
      throw new RangeError(`contributionRates[${k}] must be in [0, 1]; got ${rate}`);
    }
  });
  if (!(bow >= 0 && bow < Infinity)) throw new RangeError(`bow must be finite and ≥ 0; got ${bow}`);
  if (!(growthPerYear > -1 && growthPerYear < Infinity)) {
    throw new RangeError(`growthPerYear must be finite and > −1; got ${growthPerYear}`);
  }
  if (!(lifeYears > 0 && lifeYears < Infinity)) {
    throw new RangeError(`lifeYears must be finite and > 0; got ${lifeYears}`);
  }
  if (!(yieldPerYear >= 0 && yieldPerYear <= 1)) {
    throw new RangeError(`yieldPerYear must be in [0, 1]; got ${yieldPerYear}`);
  }
}

/**
 * Contributions, distributions and NAV for `years` years from `start` (inception by
 * default). Throws a RangeError on parameters out of range; the fit only passes valid ones.
 */
export function projectTakahashiAlexander(
  params: TakahashiAlexanderParams,
  years: number,
  start: TakahashiAlexanderStart = INCEPTION,
): TakahashiAlexanderProjection {
  checkTakahashiAlexanderParams(params);
  if (!(Number.isInteger(years) && years >= 0)) {
    throw new RangeError(`years must be an integer ≥ 0; got ${years}`);
  }
  const { ageYears, paidInCNY, navCNY } = start;
  if (!(Number.isInteger(ageYears) && ageYears >= 0)) {
    throw new RangeError(`start.ageYears must be an integer ≥ 0; got ${ageYears}`);
  }
  if (!(paidInCNY >= 0 && paidInCNY <= params.commitmentCNY)) {
    throw new RangeError(`start.paidInCNY must be in [0, commitmentCNY]; got ${paidInCNY}`);
  }
  if (!(navCNY >= 0 && navCNY < Infinity)) {
    throw new RangeError(`start.navCNY must be finite and ≥ 0; got ${navCNY}`);
  }
  return projectUnchecked(params, years, start);
}

/** The recursion itself, for callers (the fit) that have already checked their inputs. */
export function projectUnchecked(
  params: TakahashiAlexanderParams,
  years: number,
  start: TakahashiAlexanderStart = INCEPTION,
): TakahashiAlexanderProjection {
  const contributionsCNY = new Float64Array(years);
  const distributionsCNY = new Float64Array(years);
  const navOutCNY = new Float64Array(years);
  const grow = 1 + params.growthPerYear;
  let paidIn = start.paidInCNY;
  let nav = start.navCNY;
  for (let k = 0; k < years; k++) {
    const age = start.ageYears + k + 1;
    const contribution =
      contributionRateAt(params.contributionRates, age) * (params.commitmentCNY - paidIn);
    // The year's contribution neither grows nor is distributed within the year: the paper's
    // timing, with calls and distributions both at the year's end.
    const grown = nav * grow;
    const distribution = distributionRateAt(params, age) * grown;
    nav = grown + contribution - distribution;
    paidIn += contribution;
    contributionsCNY[k] = contribution;
    distributionsCNY[k] = distribution;
    navOutCNY[k] = nav;
  }
  return { contributionsCNY, distributionsCNY, navCNY: navOutCNY };
}
