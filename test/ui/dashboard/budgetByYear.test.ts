import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/engine/index.ts';
import { barChartModel } from '../../../src/ui/charts/barChartModel.ts';
import { budgetGroups, budgetItems } from '../../../src/ui/dashboard/budgetByYear.ts';

type Series = RunResult['series'][string];
/** A yearly series whose every quantile and mean is `p50`, but for its P95. */
const yearly = (p50: number[], p95 = p50): Series => ({
  p5: p50,
  p25: p50,
  p50,
  p75: p50,
  p95,
  mean: p50,
});

// Two years, in CNY: the guidance fund draws 100 then 50, the seed fund 20 then 0, the risk pool
// nothing in either year's median; the total's P95 is 200 and 90.
const series: RunResult['series'] = {
  'treasury.outlayByYear.guidanceFundCNY': yearly([100, 50]),
  'treasury.outlayByYear.seedFundCNY': yearly([20, 0]),
  'treasury.outlayByYear.riskPoolCNY': yearly([0, 0], [30, 10]),
  'treasury.outlayByYearCNY': yearly([118, 52], [200, 90]),
};

describe('the treasury’s budget by year', () => {
  const groups = budgetGroups({ series }, 'en');
  const items = budgetItems({ series }, groups, (y) => `Y${y}`);

  it('lists in the legend the uses with a median outlay in some year, in both languages', () => {
    expect(groups.map((g) => g.key)).toEqual(['guidanceFund', 'seedFund']);
    expect(groups.map((g) => g.label)).toEqual(['Guidance fund', 'Seed fund']);
    expect(budgetGroups({ series }, 'zh').map((g) => g.label)).toEqual([
      '引导基金出资',
      '种子基金出资',
    ]);
  });

  it('stacks each use’s median per year: the stack adds up to the sum of the medians', () => {
    expect(items.map((it) => it.label)).toEqual(['Y1', 'Y2']);
    expect(items[0]!.segments).toEqual([
      { group: 'guidanceFund', value: 100 },
      { group: 'seedFund', value: 20 },
    ]);
    // 100 + 20 = 120, not the total's median of 118: the label reads the stack.
    expect(items.map((it) => it.value)).toEqual([120, 50]);
  });

  it('reaches the whisker to the P95 of the year’s total', () => {
    expect(items.map((it) => it.high)).toEqual([200, 90]);
    const m = barChartModel({ items, width: 600, format: String });
    const r = m.rows[0]!;
    const perUnit = r.segments[0]!.width / 100;
    expect(r.barWidth / perUnit).toBeCloseTo(120, 1);
    expect((r.errorRight! - m.zeroX) / perUnit).toBeCloseTo(200, 1);
    expect(r.errorLeft).toBeCloseTo(r.barLeft + r.barWidth, 1);
  });

  it('labels each row with the stack’s sum and the total’s P95 when asked', () => {
    const labelled = budgetItems({ series }, groups, String, (sum, p95) => `${sum} · P95 ${p95}`);
    const m = barChartModel({ items: labelled, width: 600, format: String });
    expect(m.rows.map((r) => r.valueLabel)).toEqual(['120 · P95 200', '50 · P95 90']);
  });

  it('has no bars when the run has no yearly outlay', () => {
    expect(budgetItems({ series: {} }, [], String)).toEqual([]);
  });
});
