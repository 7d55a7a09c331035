import { describe, expect, it } from 'vitest';
import {
  distributionRateAt,
  projectTakahashiAlexander,
  type TakahashiAlexanderParams,
} from '../../../src/engine/pacing/takahashiAlexander.ts';

const base: TakahashiAlexanderParams = {
  commitmentCNY: 100,
  contributionRates: [0.15, 0.5],
  bow: 2.5,
  growthPerYear: 0.1,
  lifeYears: 12,
  yieldPerYear: 0,
};

describe('projectTakahashiAlexander: published worked examples', () => {
  it('calls 15 then 42.5 of a 100 commitment at 15% then 50% of the remainder (CFA Level III)', () => {
    // AnalystPrep, CFA Level III "Liquidity Planning" (analystprep.com/study-notes/cfa-level-iii/
    // liquidity-planning-2/): "$100 million capital commitment to a 12-year fund … 15% is
    // contributed in the first year and 50% of the remaining commitments in each subsequent
    // year: Year 1: $100 million × 15% = $15 million; Year 2: ($100 million − $15 million) ×
    // 50% = $42.5 million".
    const { contributionsCNY } = projectTakahashiAlexander(base, 3);
    expect(contributionsCNY[0]).toBeCloseTo(15, 12);
    expect(contributionsCNY[1]).toBeCloseTo(42.5, 12);
    expect(contributionsCNY[2]).toBeCloseTo(21.25, 12);
  });

  it('distributes 7.2 and ends at 33.8 from a NAV of 30 at 20% growth, 20% rate of distribution and a 5 call', () => {
    // The CFA Level III curriculum's formulas worked in a Q&A at event.pzacademy.com/qa/80990:
    // distribution = 30 × 1.2 × 20% = 7.2, NAV = 30 × 1.2 + 5 − 7.2 = 33.8. Here the rate of
    // distribution is the yield floor: max(Y = 0.2, (1/10)^1 = 0.1) = 0.2, and the call is
    // RC × (C − PIC) = 0.1 × (100 − 50) = 5.
    const params = { ...base, contributionRates: [0.1], growthPerYear: 0.2, yieldPerYear: 0.2 };
    const year = projectTakahashiAlexander({ ...params, bow: 1, lifeYears: 10 }, 1, {
      ageYears: 0,
      paidInCNY: 50,
      navCNY: 30,
    });
    expect(year.contributionsCNY[0]).toBeCloseTo(5, 12);
    expect(year.distributionsCNY[0]).toBeCloseTo(7.2, 12);
    expect(year.navCNY[0]).toBeCloseTo(33.8, 12);
  });
});

describe('projectTakahashiAlexander: the first three years by hand', () => {
  // C = 100, RC = 15% then 50%, G = 10%, B = 2.5, L = 12, Y = 0.
  // Year 1: C1 = 0.15 × 100 = 15; NAV0 = 0 so D1 = 0; NAV1 = 0 × 1.1 + 15 − 0 = 15.
  // Year 2: C2 = 0.5 × (100 − 15) = 42.5; RD2 = (2/12)^2.5 = 0.0113402303;
  //         D2 = 0.0113402303 × 15 × 1.1 = 0.1871137998; NAV2 = 16.5 + 42.5 − 0.1871137998
  //         = 58.8128862002.
  // Year 3: C3 = 0.5 × (100 − 57.5) = 21.25; RD3 = (3/12)^2.5 = 0.03125;
  //         D3 = 0.03125 × 58.8128862002 × 1.1 = 0.03125 × 64.6941748202 = 2.0216929631;
  //         NAV3 = 64.6941748202 + 21.25 − 2.0216929631 = 83.9224818571.
  const year = projectTakahashiAlexander(base, 3);

  it('gives the rates of distribution (t/L)^B', () => {
    expect(distributionRateAt(base, 2)).toBeCloseTo(0.0113402303, 10);
    expect(distributionRateAt(base, 3)).toBe(0.03125);
  });

  it('gives the contributions, distributions and NAV', () => {
    expect(Array.from(year.contributionsCNY)).toEqual([15, 42.5, 21.25]);
    expect(year.distributionsCNY[0]).toBe(0);
    expect(year.distributionsCNY[1]).toBeCloseTo(0.1871137998, 9);
    expect(year.distributionsCNY[2]).toBeCloseTo(2.0216929631, 9);
    expect(year.navCNY[0]).toBe(15);
    expect(year.navCNY[1]).toBeCloseTo(58.8128862002, 9);
    expect(year.navCNY[2]).toBeCloseTo(83.9224818571, 9);
  });
});

describe('projectTakahashiAlexander: invariants', () => {
  const cases: TakahashiAlexanderParams[] = [
    base,
    { ...base, contributionRates: [0.25, 0.333, 0.5, 1], bow: 1, growthPerYear: 0.25 },
    { ...base, contributionRates: [0.4], bow: 5, growthPerYear: -0.3, lifeYears: 6.5 },
    { ...base, commitmentCNY: 3e9, contributionRates: [1], yieldPerYear: 0.3, lifeYears: 20 },
    { ...base, contributionRates: [0], bow: 0 },
  ];

  it.each(cases)(
    'keeps NAV_t = NAV_{t−1}(1 + G) + C_t − D_t and calls within the commitment: %o',
    (params) => {
      const years = 25;
      const { contributionsCNY, distributionsCNY, navCNY } = projectTakahashiAlexander(
        params,
        years,
      );
      let previousNav = 0;
      let paidIn = 0;
      for (let k = 0; k < years; k++) {
        const expected =
          previousNav * (1 + params.growthPerYear) + contributionsCNY[k]! - distributionsCNY[k]!;
        expect(Math.abs(navCNY[k]! - expected)).toBeLessThanOrEqual(1e-12 * params.commitmentCNY);
        expect(contributionsCNY[k]).toBeGreaterThanOrEqual(0);
        expect(distributionsCNY[k]).toBeGreaterThanOrEqual(0);
        expect(navCNY[k]).toBeGreaterThanOrEqual(-1e-12 * params.commitmentCNY);
        paidIn += contributionsCNY[k]!;
        previousNav = navCNY[k]!;
      }
      expect(paidIn).toBeLessThanOrEqual(params.commitmentCNY * (1 + 1e-12));
    },
  );

  it('distributes all the grown NAV at the end of life, t = L, and never more after it', () => {
    const params = { ...base, contributionRates: [0.5], lifeYears: 8 };
    const { distributionsCNY, navCNY, contributionsCNY } = projectTakahashiAlexander(params, 12);
    expect(distributionsCNY[7]).toBeCloseTo(navCNY[6]! * 1.1, 12);
    // What is left at L is only that year's call; from then on RD = 1 pays out each year's NAV.
    expect(navCNY[7]).toBeCloseTo(contributionsCNY[7]!, 12);
    for (let k = 8; k < 12; k++) expect(distributionsCNY[k]).toBeCloseTo(navCNY[k - 1]! * 1.1, 12);
  });

  it('floors the rate of distribution at the yield', () => {
    expect(distributionRateAt({ bow: 3, lifeYears: 10, yieldPerYear: 0.05 }, 1)).toBe(0.05);
    expect(distributionRateAt({ bow: 3, lifeYears: 10, yieldPerYear: 0.05 }, 5)).toBe(0.125);
  });
});

describe('projectTakahashiAlexander: bad parameters', () => {
  const bad: [string, Partial<TakahashiAlexanderParams>][] = [
    ['commitmentCNY', { commitmentCNY: 0 }],
    ['commitmentCNY', { commitmentCNY: Number.NaN }],
    ['contributionRates', { contributionRates: [] }],
    ['contributionRates[1]', { contributionRates: [0.2, 1.5] }],
    ['contributionRates[0]', { contributionRates: [Number.NaN] }],
    ['bow', { bow: -1 }],
    ['growthPerYear', { growthPerYear: -1 }],
    ['lifeYears', { lifeYears: 0 }],
    ['lifeYears', { lifeYears: Infinity }],
    ['yieldPerYear', { yieldPerYear: 1.1 }],
  ];

  it.each(bad)('throws a RangeError naming %s', (field, change) => {
    expect(() => projectTakahashiAlexander({ ...base, ...change }, 5)).toThrow(RangeError);
    expect(() => projectTakahashiAlexander({ ...base, ...change }, 5)).toThrow(field);
  });

  it.each([-1, 1.5, Number.NaN])('throws a RangeError for years = %s', (years) => {
    expect(() => projectTakahashiAlexander(base, years)).toThrow(RangeError);
  });

  it('throws a RangeError for a start paid in beyond the commitment', () => {
    const start = { ageYears: 0, paidInCNY: 101, navCNY: 0 };
    expect(() => projectTakahashiAlexander(base, 5, start)).toThrow('start.paidInCNY');
  });
});
