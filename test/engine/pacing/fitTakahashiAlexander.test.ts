import { describe, expect, it } from 'vitest';
import {
  fitTakahashiAlexander,
  type ContributionModel,
  type QuarterlyFundFlows,
} from '../../../src/engine/pacing/fitTakahashiAlexander.ts';
import {
  distributionRateAt,
  projectTakahashiAlexander,
  type TakahashiAlexanderParams,
} from '../../../src/engine/pacing/takahashiAlexander.ts';

/**
 * Quarterly flows from the model's annual ones: each year's call and distribution spread
 * evenly over its four quarters, NAV held at the year's end value (only year-ends are fitted).
 */
function quarterlyFlows(
  params: TakahashiAlexanderParams,
  years: number,
): { [K in keyof QuarterlyFundFlows]: Float64Array } {
  const annual = projectTakahashiAlexander(params, years);
  const spread = (xs: Float64Array): Float64Array =>
    Float64Array.from({ length: 4 * years }, (_, q) => xs[q >> 2]! / 4);
  return {
    callsCNY: spread(annual.contributionsCNY),
    distributionsCNY: spread(annual.distributionsCNY),
    navCNY: Float64Array.from({ length: 4 * years }, (_, q) => annual.navCNY[q >> 2]!),
  };
}

function modelFor(params: TakahashiAlexanderParams): ContributionModel {
  const rates = params.contributionRates.length;
  return rates === 1 ? { kind: 'constant' } : { kind: 'byYear', rates };
}

/** Deterministic ±3% wobble, a stand-in for Monte Carlo noise in mean flows. */
function wobble(flows: QuarterlyFundFlows): QuarterlyFundFlows {
  const by = (xs: ArrayLike<number>, phase: number): Float64Array =>
    Float64Array.from(xs, (x, q) => x * (1 + 0.03 * Math.sin(7.3 * q + phase)));
  return {
    callsCNY: by(flows.callsCNY, 1),
    distributionsCNY: by(flows.distributionsCNY, 4),
    navCNY: by(flows.navCNY, 6),
  };
}

// Venture-like, buyout-like, slow-and-late, losing and cut-off-before-its-life funds, with
// commitments from 20 million to 500 million CNY.
const cases: [string, TakahashiAlexanderParams, number][] = [
  [
    'the paper’s 25%, 33.3%, 50% venture pattern',
    {
      commitmentCNY: 1e8,
      contributionRates: [0.25, 0.333, 0.5],
      bow: 2.5,
      growthPerYear: 0.13,
      lifeYears: 12,
      yieldPerYear: 0,
    },
    12,
  ],
  [
    'a constant 40% rate with a binding yield',
    {
      commitmentCNY: 5e8,
      contributionRates: [0.4],
      bow: 1.5,
      growthPerYear: 0.08,
      lifeYears: 10,
      yieldPerYear: 0.12,
    },
    10,
  ],
  [
    'a slow, late, fast-growing fund',
    {
      commitmentCNY: 2e7,
      contributionRates: [0.1, 0.3, 0.6],
      bow: 4,
      growthPerYear: 0.2,
      lifeYears: 15,
      yieldPerYear: 0.02,
    },
    15,
  ],
  [
    'a losing fund',
    {
      commitmentCNY: 3e8,
      contributionRates: [0.3, 0.5],
      bow: 3,
      growthPerYear: -0.02,
      lifeYears: 8,
      yieldPerYear: 0,
    },
    8,
  ],
  [
    'a fund seen for 10 of its 14 years',
    {
      commitmentCNY: 1e8,
      contributionRates: [0.2, 0.35, 0.5],
      bow: 2.5,
      growthPerYear: 0.1,
      lifeYears: 14,
      yieldPerYear: 0,
    },
    10,
  ],
];

// Tolerances: the brief's |ΔB| ≤ 0.1, |ΔG| ≤ 0.01, |ΔL| ≤ 0.5 year and rates within 0.02.
// On exact model flows the least-squares optimum is the true point (the fit finds it to
// about 1e-4), so these leave room for a different optimiser path without hiding a wrong
// equation: a model error of that size moves NAV by several percent of commitment. They
// are also what the fit holds on flows with ±3% noise. The yield is checked only where it
// binds: where (t/L)^B > Y in every year after the first (NAV_0 = 0, so year 1 distributes
// nothing), Y has no effect on the flows and any value below the curve fits equally well;
// the rate of distribution RD_t is checked, within 0.01, in every year after the first, and
// the reported Y within 0.01 of 0.
const tolerance = { bow: 0.1, growth: 0.01, life: 0.5, rate: 0.02, rd: 0.01, yield: 0.01 };

function expectRecovered(
  fitted: TakahashiAlexanderParams,
  truth: TakahashiAlexanderParams,
  years: number,
): void {
  expect(Math.abs(fitted.bow - truth.bow)).toBeLessThanOrEqual(tolerance.bow);
  expect(Math.abs(fitted.growthPerYear - truth.growthPerYear)).toBeLessThanOrEqual(
    tolerance.growth,
  );
  expect(Math.abs(fitted.lifeYears - truth.lifeYears)).toBeLessThanOrEqual(tolerance.life);
  expect(fitted.contributionRates).toHaveLength(truth.contributionRates.length);
  truth.contributionRates.forEach((rate, k) =>
    expect(Math.abs(fitted.contributionRates[k]! - rate)).toBeLessThanOrEqual(tolerance.rate),
  );
  let yieldBinds = false;
  for (let t = 2; t <= years; t++) {
    const rd = distributionRateAt(truth, t);
    expect(Math.abs(distributionRateAt(fitted, t) - rd)).toBeLessThanOrEqual(tolerance.rd);
    if (truth.yieldPerYear > Math.pow(t / truth.lifeYears, truth.bow)) yieldBinds = true;
  }
  // Where it does not bind, the fit reports 0 unless its own floor binds somewhere.
  const yieldError = Math.abs(fitted.yieldPerYear - (yieldBinds ? truth.yieldPerYear : 0));
  expect(yieldError).toBeLessThanOrEqual(tolerance.yield);
}

describe('fitTakahashiAlexander recovers the parameters of flows the model generated', () => {
  it.each(cases)('%s', (_, truth, years) => {
    const fit = fitTakahashiAlexander(quarterlyFlows(truth, years), truth.commitmentCNY, {
      contributionModel: modelFor(truth),
    });
    if (!fit.ok) throw new Error(`fit failed: ${fit.message}`);
    expectRecovered(fit.params, truth, years);
    expect(fit.params.commitmentCNY).toBe(truth.commitmentCNY);
    expect(fit.years).toBe(years);
    expect(fit.rmseCommitments).toBeLessThan(1e-6);
    expect(fit.atBounds).toEqual([]);
    expect(fit.message).toBe('');
  });

  it.each(cases)('%s, with ±3% noise', (_, truth, years) => {
    const fit = fitTakahashiAlexander(wobble(quarterlyFlows(truth, years)), truth.commitmentCNY, {
      contributionModel: modelFor(truth),
    });
    if (!fit.ok) throw new Error(`fit failed: ${fit.message}`);
    const { yieldPerYear: _yield, ...rest } = truth;
    // Noise lets a yield that did not bind start to: compare the rest, and RD from year 3.
    expect(Math.abs(fit.params.bow - rest.bow)).toBeLessThanOrEqual(tolerance.bow);
    expect(Math.abs(fit.params.growthPerYear - rest.growthPerYear)).toBeLessThanOrEqual(
      tolerance.growth,
    );
    expect(Math.abs(fit.params.lifeYears - rest.lifeYears)).toBeLessThanOrEqual(tolerance.life);
    rest.contributionRates.forEach((rate, k) =>
      expect(Math.abs(fit.params.contributionRates[k]! - rate)).toBeLessThanOrEqual(tolerance.rate),
    );
    expect(fit.rmseCommitments).toBeLessThan(0.03);
  });

  it('returns fitted curves that are the projection of the fitted parameters', () => {
    const [, truth, years] = cases[0]!;
    const fit = fitTakahashiAlexander(quarterlyFlows(truth, years), truth.commitmentCNY);
    if (!fit.ok) throw new Error(fit.message);
    const projected = projectTakahashiAlexander(fit.params, years);
    expect(Array.from(fit.fitted.navCNY)).toEqual(Array.from(projected.navCNY));
    expect(fit.observed.contributionsCNY[0]).toBeCloseTo(0.25 * truth.commitmentCNY, 6);
  });

  it('leaves out a trailing part-year and says so', () => {
    const [, truth] = cases[0]!;
    const flows = quarterlyFlows(truth, 11);
    const cut = {
      callsCNY: flows.callsCNY.slice(0, 42),
      distributionsCNY: flows.distributionsCNY.slice(0, 42),
      navCNY: flows.navCNY.slice(0, 42),
    };
    const fit = fitTakahashiAlexander(cut, truth.commitmentCNY);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.years).toBe(10);
    expect(fit.message).toContain('part-year');
    expectRecovered(fit.params, truth, 10);
  });

  it('fits fewer rates than asked when there are fewer years, and says so', () => {
    const [, truth] = cases[0]!;
    const fit = fitTakahashiAlexander(quarterlyFlows(truth, 3), truth.commitmentCNY, {
      contributionModel: { kind: 'byYear', rates: 5 },
    });
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.params.contributionRates).toHaveLength(3);
    expect(fit.message).toContain('3 fitted');
  });

  it('fits Y = 0 when asked not to fit the yield', () => {
    const [, truth, years] = cases[0]!;
    const fit = fitTakahashiAlexander(quarterlyFlows(truth, years), truth.commitmentCNY, {
      fitYield: false,
    });
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.params.yieldPerYear).toBe(0);
    expectRecovered(fit.params, truth, years);
  });
});

describe('fitTakahashiAlexander flags what it cannot fit, without throwing', () => {
  const zeros = (n: number): Float64Array => new Float64Array(n);
  const good = quarterlyFlows(cases[0]![1], 12);
  const withValue = (series: keyof QuarterlyFundFlows, value: number): QuarterlyFundFlows => {
    const copy = { ...good, [series]: Float64Array.from(good[series]) };
    (copy[series] as Float64Array)[9] = value;
    return copy;
  };
  const flagged: [string, QuarterlyFundFlows, number, string][] = [
    [
      'all zeros',
      { callsCNY: zeros(40), distributionsCNY: zeros(40), navCNY: zeros(40) },
      1e8,
      'nothingCalled',
    ],
    ['a NaN call', withValue('callsCNY', Number.NaN), 1e8, 'nonFinite'],
    ['a NaN NAV', withValue('navCNY', Number.NaN), 1e8, 'nonFinite'],
    ['an infinite distribution', withValue('distributionsCNY', Infinity), 1e8, 'nonFinite'],
    ['a zero commitment', good, 0, 'invalidCommitment'],
    ['a NaN commitment', good, Number.NaN, 'invalidCommitment'],
    ['series of different lengths', { ...good, navCNY: zeros(3) }, 1e8, 'lengthMismatch'],
    [
      'under two years',
      { callsCNY: [1, 1, 1, 1, 1], distributionsCNY: zeros(5), navCNY: zeros(5) },
      1e8,
      'tooShort',
    ],
    ['no quarters at all', { callsCNY: [], distributionsCNY: [], navCNY: [] }, 1e8, 'tooShort'],
  ];

  it.each(flagged)('%s', (_, flows, commitment, reason) => {
    const fit = fitTakahashiAlexander(flows, commitment);
    expect(fit.ok).toBe(false);
    if (!fit.ok) {
      expect(fit.reason).toBe(reason);
      expect(fit.message.length).toBeGreaterThan(0);
    }
  });

  it('gives finite parameters on flows no fund would have', () => {
    // Calls with nothing ever valued or paid back; then an erratic series.
    const lost = {
      callsCNY: Float64Array.from({ length: 40 }, () => 1e6),
      distributionsCNY: zeros(40),
      navCNY: zeros(40),
    };
    const erratic = {
      callsCNY: Float64Array.from({ length: 40 }, (_, q) => 1e6 * Math.abs(Math.sin(q * 1.7))),
      distributionsCNY: Float64Array.from(
        { length: 40 },
        (_, q) => 3e6 * Math.abs(Math.cos(q * 2.3)),
      ),
      navCNY: Float64Array.from({ length: 40 }, (_, q) => 2e7 * Math.abs(Math.sin(q * 0.4))),
    };
    for (const flows of [lost, erratic]) {
      const fit = fitTakahashiAlexander(flows, 1e8);
      if (!fit.ok) throw new Error(fit.message);
      const p = fit.params;
      for (const x of [
        p.bow,
        p.growthPerYear,
        p.lifeYears,
        p.yieldPerYear,
        ...p.contributionRates,
      ]) {
        expect(Number.isFinite(x)).toBe(true);
      }
      expect(Number.isFinite(fit.rmseCommitments)).toBe(true);
    }
  });

  it('throws a RangeError for a contribution model that is not one', () => {
    expect(() =>
      fitTakahashiAlexander(good, 1e8, { contributionModel: { kind: 'byYear', rates: 0 } }),
    ).toThrow(RangeError);
  });
});
