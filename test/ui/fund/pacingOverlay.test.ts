import { describe, expect, it } from 'vitest';
import type { TakahashiAlexanderFit } from '../../../src/engine/index.ts';
import {
  firstCallIndex,
  pacingFailureText,
  pacingOverlay,
  pacingParameterRows,
} from '../../../src/ui/fund/pacingOverlay.ts';

// A fit of two years by hand: commitment 100, contributions 25 then 37.5 (25% then 50% of the
// uncalled 75), distributions 0 then 10, NAV 25 then 60.
const FIT: Extract<TakahashiAlexanderFit, { ok: true }> = {
  ok: true,
  params: {
    commitmentCNY: 100,
    contributionRates: [0.25, 0.5],
    bow: 2.5,
    growthPerYear: 0.12,
    lifeYears: 11,
    yieldPerYear: 0,
  },
  fitted: {
    contributionsCNY: Float64Array.of(25, 37.5),
    distributionsCNY: Float64Array.of(0, 10),
    navCNY: Float64Array.of(25, 60),
  },
  observed: {
    contributionsCNY: Float64Array.of(25, 37.5),
    distributionsCNY: Float64Array.of(0, 10),
    navCNY: Float64Array.of(25, 60),
  },
  years: 2,
  rmseCommitments: 0.0123,
  atBounds: [],
  message: '',
};

describe('the pacing model over the quarterly bands', () => {
  it('counts year 1 of age from the first quarter with a call', () => {
    expect(firstCallIndex([0, null, 0, 5, 7])).toBe(3);
    expect(firstCallIndex([0, 0])).toBe(-1);
  });

  it('spreads each fitted year evenly over its four quarters, from the first call', () => {
    const o = pacingOverlay(FIT, 4);
    expect(o.callsCNY).toEqual([
      [4, 6.25],
      [5, 6.25],
      [6, 6.25],
      [7, 6.25],
      [8, 9.375],
      [9, 9.375],
      [10, 9.375],
      [11, 9.375],
    ]);
    // The quarters of a year add up to the fitted year.
    const year2 = o.distributionsCNY.filter(([i]) => i >= 8).reduce((s, [, v]) => s + v, 0);
    expect(year2).toBe(10);
  });

  it('puts the fitted NAV at each year’s last quarter', () => {
    expect(pacingOverlay(FIT, 4).navCNY).toEqual([
      [7, 25],
      [11, 60],
    ]);
  });

  it('lists the parameters an LP carries into a pacing tool, in English and Chinese', () => {
    expect(pacingParameterRows(FIT, 'en').map((r) => [r.label, r.value])).toEqual([
      ['Rate of contribution, year 1 (of uncalled)', '25%'],
      ['Rate of contribution, year 2 on (of uncalled)', '50%'],
      ['Bow B', '2.5'],
      ['Growth rate G', '12% a year'],
      ['Life L', '11 years'],
      ['Yield Y', '0% a year'],
      ['Fit error (RMS, of commitment)', '1.23%'],
    ]);
    expect(pacingParameterRows(FIT, 'zh')[1]!.label).toBe('出资比例（第 2 年起，占未缴承诺）');
    expect(pacingParameterRows(FIT, 'zh')[4]!.value).toBe('11 年');
  });

  it('says why there is no fit: no commitment (the guidance and seed funds), or the fit’s reason', () => {
    const failed = { ok: false, reason: 'nothingCalled', message: 'x called nothing' } as const;
    expect(pacingFailureText(failed, false, 'en')).toBe(
      'No Takahashi–Alexander fit: the model works on a commitment, and only sub-funds have one.',
    );
    expect(pacingFailureText(failed, true, 'zh')).toBe(
      '无法拟合 Takahashi–Alexander 模型：该基金从未实缴出资。',
    );
  });
});
