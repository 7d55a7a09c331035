/**
 * Fits the Takahashi–Alexander model (takahashiAlexander.ts) to one fund's mean simulated
 * quarterly calls, distributions and NAV, so an LP can carry the parameters into their own
 * pacing tools and the app can draw the fitted curves over the simulated bands.
 *
 * Quarters are summed into years of age (NAV taken at each year's last quarter) and the
 * fit is least squares on three annual series scaled by the commitment: cumulative
 * contributions, cumulative distributions and NAV. It runs in two stages because the
 * contribution equation involves only the rates of contribution:
 * 1. rates of contribution: each year's own rate solved exactly (RC_t = C_t / uncalled_{t−1}),
 *    the last, repeating rate by a grid then golden section on the remaining years;
 * 2. growth G, bow B, life L and yield Y: Nelder–Mead on bounded variables (logistic
 *    transform), started from the best points of a coarse grid over B, L and Y with G from
 *    the NAV identity, restarted once from its own optimum.
 * The yield is identified only in years where it binds (Y > (t/L)^B with NAV to distribute);
 * when it binds in none it is reported as 0. About 0.1 s a fund on one core.
 */

import { nelderMead } from './nelderMead.ts';
import {
  projectUnchecked,
  type TakahashiAlexanderParams,
  type TakahashiAlexanderProjection,
} from './takahashiAlexander.ts';
import { exp, log, pow } from '../math/ieeeMath.ts';

/** One fund's flows per quarter of age (index q is quarter q + 1), all in CNY. */
export interface QuarterlyFundFlows {
  /** Capital called in each quarter, CNY. */
  callsCNY: ArrayLike<number>;
  /** Distributions paid in each quarter, CNY. */
  distributionsCNY: ArrayLike<number>;
  /** NAV at each quarter's end, CNY; the last may be a horizon valuation. */
  navCNY: ArrayLike<number>;
}

/** How the rate of contribution varies with age. */
export type ContributionModel =
  /** One rate for every year. */
  | { kind: 'constant' }
  /** `rates` rates, for years 1 … rates, the last repeating. An integer ≥ 1. */
  | { kind: 'byYear'; rates: number };

export interface FitTakahashiAlexanderOptions {
  /** Default `{ kind: 'byYear', rates: 3 }`: the paper's pattern of two early rates then one. */
  contributionModel?: ContributionModel;
  /** Fit the yield floor Y; when false Y is 0 and only G, B and L are fitted. Default true. */
  fitYield?: boolean;
}

/** The bounds the fit searches within; a parameter found at one is named in `atBounds`. */
export const TA_FIT_BOUNDS = {
  growthPerYear: [-0.9, 2],
  bow: [0, 10],
  lifeYears: [1, 40],
  yieldPerYear: [0, 0.5],
} as const satisfies Record<string, readonly [number, number]>;

type BoundedName = keyof typeof TA_FIT_BOUNDS;

export type FitFailureReason =
  | 'invalidCommitment'
  | 'noCommitment'
  | 'lengthMismatch'
  | 'nonFinite'
  | 'tooShort'
  | 'nothingCalled'
  | 'fitFailed';

export type TakahashiAlexanderFit =
  | {
      ok: true;
      params: TakahashiAlexanderParams;
      /** The model's annual curves from `params`, for overlay; index k is year of age k + 1. */
      fitted: TakahashiAlexanderProjection;
      /** The annual series the fit was made to, summed from the quarters. */
      observed: TakahashiAlexanderProjection;
      /** Years fitted: whole years of quarters; a trailing part-year is left out. */
      years: number;
      /** Root-mean-square error over the three scaled series, in units of commitment. */
      rmseCommitments: number;
      /**
       * Parameters that ended within 0.1% of a search bound: read them with care. A yield
       * reported as 0 because it binds in no year is not listed.
       */
      atBounds: BoundedName[];
      /** What the fit had to adapt (a part-year dropped, fewer rates), or '' if nothing. */
      message: string;
    }
  | { ok: false; reason: FitFailureReason; message: string };

/** Fits the model; never throws on valid flows, and reports data it cannot fit as `ok: false`. */
export function fitTakahashiAlexander(
  flows: QuarterlyFundFlows,
  commitmentCNY: number,
  options: FitTakahashiAlexanderOptions = {},
): TakahashiAlexanderFit {
  const model = options.contributionModel ?? { kind: 'byYear', rates: 3 };
  if (model.kind === 'byYear' && !(Number.isInteger(model.rates) && model.rates >= 1)) {
    throw new RangeError(`contributionModel.rates must be an integer ≥ 1; got ${model.rates}`);
  }
  const fitYield = options.fitYield ?? true;
  const fail = (reason: FitFailureReason, message: string): TakahashiAlexanderFit => ({
    ok: false,
    reason,
    message,
  });

  if (!(commitmentCNY > 0 && commitmentCNY < Infinity)) {
    return fail('invalidCommitment', `commitmentCNY must be finite and > 0; got ${commitmentCNY}`);
  }
  const quarters = flows.callsCNY.length;
  if (flows.distributionsCNY.length !== quarters || flows.navCNY.length !== quarters) {
    return fail(
      'lengthMismatch',
      `calls, distributions and NAV must have one value per quarter each; got ${quarters}, ` +
        `${flows.distributionsCNY.length} and ${flows.navCNY.length}`,
    );
  }
  for (const name of ['callsCNY', 'distributionsCNY', 'navCNY'] as const) {
    const series = flows[name];
    for (let q = 0; q < quarters; q++) {
      if (!Number.isFinite(series[q])) {
        return fail('nonFinite', `${name}[${q}] is ${series[q]}; every value must be finite`);
      }
    }
  }
  const years = Math.floor(quarters / 4);
  if (years < 2) {
    return fail('tooShort', `the fit needs at least 2 whole years (8 quarters); got ${quarters}`);
  }
  const observed = annualise(flows, years);
  let called = 0;
  for (let k = 0; k < years; k++) called += observed.contributionsCNY[k]!;
  if (!(called > 1e-9 * commitmentCNY)) {
    return fail('nothingCalled', `nothing was called in ${years} years: no pacing to fit`);
  }

  const notes: string[] = [];
  if (quarters % 4 !== 0) notes.push(`the last ${quarters % 4} quarter(s), a part-year, left out`);
  let rateCount = model.kind === 'constant' ? 1 : model.rates;
  if (rateCount > years) {
    notes.push(
      `${rateCount} rates of contribution asked for, ${years} years of data: ${years} fitted`,
    );
    rateCount = years;
  }

  const scaled = scaleObserved(observed, commitmentCNY);
  const contributionRates = fitContributionRates(scaled.cumulativeContributions, rateCount);
  const unit: Omit<
    TakahashiAlexanderParams,
    'bow' | 'growthPerYear' | 'lifeYears' | 'yieldPerYear'
  > = { commitmentCNY: 1, contributionRates };

  const names: BoundedName[] = fitYield
    ? ['growthPerYear', 'bow', 'lifeYears', 'yieldPerYear']
    : ['growthPerYear', 'bow', 'lifeYears'];
  const toParams = (u: ArrayLike<number>): TakahashiAlexanderParams => {
    const x = { growthPerYear: 0, bow: 0, lifeYears: 0, yieldPerYear: 0 };
    names.forEach((name, i) => (x[name] = fromUnbounded(u[i]!, TA_FIT_BOUNDS[name])));
    return { ...unit, ...x };
  };
  const objective = (u: ArrayLike<number>): number =>
    distributionNavError(projectUnchecked(toParams(u), years), scaled);

  const starts = gridStarts(scaled, names, objective);
  let best: { x: Float64Array; value: number } = {
    x: Float64Array.from(starts[0]!),
    value: objective(starts[0]!),
  };
  for (const start of starts) {
    let run = nelderMead(objective, start, { maxIterations: 3000 });
    // A restart from the optimum re-opens a simplex that may have collapsed early.
    run = nelderMead(objective, run.x, { maxIterations: 3000, initialStep: 0.1 });
    if (run.value < best.value) best = run;
  }

  const optimum = toParams(best.x);
  const fittedUnit = withoutIdleYield(optimum, years);
  const params: TakahashiAlexanderParams = { ...fittedUnit, commitmentCNY };
  const numbers = [params.bow, params.growthPerYear, params.lifeYears, params.yieldPerYear];
  if (!numbers.every(Number.isFinite) || !contributionRates.every(Number.isFinite)) {
    return fail('fitFailed', 'the fit ended on a parameter that is not a finite number');
  }
  const fitted = projectUnchecked(params, years);
  const contributionError = sumSquares(
    cumulative(projectUnchecked(fittedUnit, years).contributionsCNY),
    scaled.cumulativeContributions,
  );
  const rmseCommitments = Math.sqrt(
    (contributionError + distributionNavError(projectUnchecked(fittedUnit, years), scaled)) /
      (3 * years),
  );
  const atBounds = names.filter((name) => {
    const [lo, hi] = TA_FIT_BOUNDS[name];
    const margin = 1e-3 * (hi - lo);
    // A yield set to 0 because it binds nowhere was not stopped by the bound.
    if (name === 'yieldPerYear' && fittedUnit.yieldPerYear === 0) return false;
    return optimum[name] - lo < margin || hi - optimum[name] < margin;
  });
  return {
    ok: true,
    params,
    fitted,
    observed,
    years,
    rmseCommitments,
    atBounds,
    message: notes.join('; '),
  };
}

/**
 * Y = 0 in place of a floor that binds in no year: year 1 distributes nothing (NAV_0 = 0)
 * and in later years a floor below (t/L)^B leaves RD unchanged, so any such Y fits equally
 * well and reporting the optimiser's arbitrary value would suggest a yield the data lack.
 */
function withoutIdleYield(
  params: TakahashiAlexanderParams,
  years: number,
): TakahashiAlexanderParams {
  for (let t = 2; t <= years; t++) {
    if (params.yieldPerYear > pow(t / params.lifeYears, params.bow)) return params;
  }
  return { ...params, yieldPerYear: 0 };
}

/** Years of age from quarters: flows summed, NAV at the year's last quarter. */
function annualise(flows: QuarterlyFundFlows, years: number): TakahashiAlexanderProjection {
  const contributionsCNY = new Float64Array(years);
  const distributionsCNY = new Float64Array(years);
  const navCNY = new Float64Array(years);
  for (let k = 0; k < years; k++) {
    for (let q = 4 * k; q < 4 * k + 4; q++) {
      contributionsCNY[k]! += flows.callsCNY[q]!;
      distributionsCNY[k]! += flows.distributionsCNY[q]!;
    }
    navCNY[k] = flows.navCNY[4 * k + 3]!;
  }
  return { contributionsCNY, distributionsCNY, navCNY };
}

interface ScaledSeries {
  /** Cumulative contributions over commitment, by year. */
  cumulativeContributions: Float64Array;
  /** Cumulative distributions over commitment, by year. */
  cumulativeDistributions: Float64Array;
  /** NAV over commitment, by year. */
  nav: Float64Array;
  /** Contributions over commitment, by year. */
  contributions: Float64Array;
  /** Distributions over commitment, by year. */
  distributions: Float64Array;
}

function scaleObserved(annual: TakahashiAlexanderProjection, commitmentCNY: number): ScaledSeries {
  const scale = (xs: Float64Array): Float64Array => xs.map((x) => x / commitmentCNY);
  const contributions = scale(annual.contributionsCNY);
  const distributions = scale(annual.distributionsCNY);
  return {
    contributions,
    distributions,
    cumulativeContributions: cumulative(contributions),
    cumulativeDistributions: cumulative(distributions),
    nav: scale(annual.navCNY),
  };
}

function cumulative(xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length);
  let sum = 0;
  for (let k = 0; k < xs.length; k++) out[k] = sum += xs[k]!;
  return out;
}

function sumSquares(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) {
    const d = a[k]! - b[k]!;
    sum += d * d;
  }
  return sum;
}

/** Squared error of cumulative distributions and NAV, both over commitment (unit commitment). */
function distributionNavError(model: TakahashiAlexanderProjection, data: ScaledSeries): number {
  const error =
    sumSquares(cumulative(model.distributionsCNY), data.cumulativeDistributions) +
    sumSquares(model.navCNY, data.nav);
  return Number.isFinite(error) ? error : Infinity;
}

/**
 * Rates of contribution for a unit commitment. Years before the last rate each match their
 * own year exactly, which zeroes their cumulative residual; the last rate, which repeats,
 * minimises the cumulative residual over the years it governs.
 */
function fitContributionRates(cumulativeData: Float64Array, rateCount: number): number[] {
  const rates: number[] = [];
  let paidIn = 0;
  for (let k = 0; k < rateCount - 1; k++) {
    const uncalled = 1 - paidIn;
    const wanted = cumulativeData[k]! - paidIn;
    const rate = uncalled > 1e-12 ? clamp(wanted / uncalled, 0, 1) : 1;
    rates.push(rate);
    paidIn += rate * uncalled;
  }
  const from = rateCount - 1;
  const tailError = (rate: number): number => {
    let paid = paidIn;
    let error = 0;
    for (let k = from; k < cumulativeData.length; k++) {
      paid += rate * (1 - paid);
      const d = paid - cumulativeData[k]!;
      error += d * d;
    }
    return error;
  };
  rates.push(minimiseOnUnitInterval(tailError));
  return rates;
}

/** A grid of 200 steps, then golden section between the best point's neighbours. */
function minimiseOnUnitInterval(f: (x: number) => number): number {
  const steps = 200;
  let bestStep = 0;
  let bestValue = f(0);
  for (let i = 1; i <= steps; i++) {
    const value = f(i / steps);
    if (value < bestValue) [bestStep, bestValue] = [i, value];
  }
  let a = Math.max(0, (bestStep - 1) / steps);
  let b = Math.min(1, (bestStep + 1) / steps);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 60; i++) {
    if (fc < fd) {
      [b, d, fd] = [d, c, fc];
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  const candidates = [bestStep / steps, (a + b) / 2];
  return candidates.reduce((x, y) => (f(y) < f(x) ? y : x));
}

/**
 * Starting points for Nelder–Mead, in unbounded coordinates: the three best of a coarse
 * grid over B, L and Y, with G from the NAV identity (1 + G) = (NAV_t − C_t + D_t) / NAV_{t−1}.
 */
function gridStarts(
  data: ScaledSeries,
  names: readonly BoundedName[],
  objective: (u: ArrayLike<number>) => number,
): Float64Array[] {
  const growthRatios: number[] = [];
  for (let k = 1; k < data.nav.length; k++) {
    const previous = data.nav[k - 1]!;
    if (previous > 1e-6) {
      growthRatios.push(
        (data.nav[k]! - data.contributions[k]! + data.distributions[k]!) / previous - 1,
      );
    }
  }
  const [gLo, gHi] = TA_FIT_BOUNDS.growthPerYear;
  const growth =
    growthRatios.length > 0 ? clamp(median(growthRatios), gLo + 0.01, gHi - 0.01) : 0.1;
  const yields = names.includes('yieldPerYear') ? [0.005, 0.03, 0.1] : [0];
  const scored: { u: Float64Array; value: number }[] = [];
  for (const bow of [0.5, 1, 1.5, 2, 3, 4, 6]) {
    for (const lifeYears of [3, 5, 7, 9, 11, 13, 16, 20, 25, 30]) {
      for (const yieldPerYear of yields) {
        const x = { growthPerYear: growth, bow, lifeYears, yieldPerYear };
        const u = Float64Array.from(names, (name) => toUnbounded(x[name], TA_FIT_BOUNDS[name]));
        scored.push({ u, value: objective(u) });
      }
    }
  }
  scored.sort((p, q) => p.value - q.value);
  return scored.slice(0, 3).map((s) => s.u);
}

function fromUnbounded(u: number, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) / (1 + exp(-u));
}

function toUnbounded(x: number, [lo, hi]: readonly [number, number]): number {
  const p = clamp((x - lo) / (hi - lo), 1e-9, 1 - 1e-9);
  return log(p / (1 - p));
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
