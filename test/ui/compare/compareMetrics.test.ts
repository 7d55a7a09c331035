import { describe, expect, it } from 'vitest';
import type { ComparisonResult, MetricStats } from '../../../src/engine/index.ts';
import {
  compareRows,
  DEFAULT_COMPARE_PICKS,
  fixedByFundSizes,
  metricLabel,
  pickerGroups,
} from '../../../src/ui/compare/compareMetrics.ts';
import { differenceFormats, unitFormats } from '../../../src/ui/dashboard/chartText.ts';

const stats = (over: Partial<MetricStats> = {}): MetricStats => ({
  mean: 1,
  stderr: 0.1,
  p5: 0,
  p25: 0.5,
  p50: 1,
  p75: 1.5,
  p95: 2,
  min: 0,
  max: 3,
  count: 100,
  undefinedCount: 0,
  histogram: { edges: [], counts: [] },
  ...over,
});
const compared = (
  a: Partial<MetricStats>,
  b: Partial<MetricStats>,
  d: ComparisonResult['metrics'][string]['difference'],
) => ({
  a: stats(a),
  b: stats(b),
  difference: d,
});

const comparison: Pick<ComparisonResult, 'metrics'> = {
  metrics: {
    // A difference of 4,539.34 万元 with a standard error of 343.07 万元: shown to 3.4 (two digits of the error)
    'treasury.netCostWithNavPVCNY': compared(
      { p50: 4.2e8 },
      { p50: 3.76e8 },
      { mean: 45_393_400, stderr: 3_430_700, p5: 0, p95: 1e8 },
    ),
    // Rates differ by percentage points: 0.87 pp ± 0.052 pp (two digits of the error)
    'angelFunds.privateLP.irr': compared(
      { p50: 0.1459 },
      { p50: 0.136 },
      { mean: 0.0087, stderr: 0.00052, p5: 0, p95: 0.02 },
    ),
    // Counts: medians are whole; a difference of 0.4 ± 0.9 is noise
    'firms.supported': compared(
      { p50: 280.1 },
      { p50: 279.6 },
      { mean: 0.4, stderr: 0.9, p5: -1, p95: 2 },
    ),
    // A multiple that barely moves: −0.0034× ± 0.0008×, not a red “0× ± 0×”
    'chain.leverage': compared(
      { p50: 8.04 },
      { p50: 8.04 },
      { mean: -0.0034, stderr: 0.00082, p5: -0.01, p95: 0 },
    ),
    // Fund sizes are fixed: the same in every trial
    'chain.privateCapitalCNY': compared(
      { p50: 1.45e9 },
      { p50: 1.45e9 },
      { mean: 0, stderr: 0, p5: 0, p95: 0 },
    ),
    // An indicator: its mean is a probability; a difference of probabilities in pp
    'bank.poolExhausted': compared(
      { mean: 0.25 },
      { mean: 0.4 },
      { mean: -0.15, stderr: 0.02, p5: -1, p95: 0 },
    ),
    // Higher NPL is worse: a significant rise is bad
    'bank.nplRatioExposureWeighted': compared(
      { p50: 0.04 },
      { p50: 0.035 },
      { mean: 0.005, stderr: 0.001, p5: 0, p95: 0.01 },
    ),
  },
};

const formats = { value: unitFormats('zh'), difference: differenceFormats('zh') };

describe('the compare table’s rows', () => {
  const rows = compareRows(comparison, Object.keys(comparison.metrics), 'zh', formats);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('gives a difference at the precision its standard error allows', () => {
    expect(row('treasury.netCostWithNavPVCNY')).toMatchObject({
      a: '4.2 亿元',
      b: '3.76 亿元',
      difference: '+4,540 万元',
      stderr: '340 万元',
      significant: true,
      // Lower net cost is better: a rise is bad
      tone: 'bad',
    });
  });

  it('gives differences of rates in percentage points', () => {
    expect(row('angelFunds.privateLP.irr')).toMatchObject({
      a: '14.6% /年',
      b: '13.6% /年',
      difference: '+0.870 个百分点',
      stderr: '0.052 个百分点',
      tone: 'good',
    });
  });

  it('shows counts whole, and says when a difference is within noise', () => {
    expect(row('firms.supported')).toMatchObject({
      a: '280',
      b: '280',
      difference: '+0.40',
      stderr: '0.90',
      significant: false,
      tone: 'neutral',
    });
  });

  it('shows a small difference of multiples at its error’s precision, never as 0 ± 0', () => {
    expect(row('chain.leverage')).toMatchObject({
      a: '8.04×',
      b: '8.04×',
      difference: '−0.0034×',
      stderr: '0.0008×',
    });
  });

  it('marks a metric the model holds fixed, the same in every trial', () => {
    expect(row('chain.privateCapitalCNY')).toMatchObject({
      difference: '0 元',
      identical: true,
      fixed: true,
    });
  });

  it('shows an indicator as a probability, and its difference in points', () => {
    expect(row('bank.poolExhausted')).toMatchObject({
      kind: 'probability',
      a: '25%',
      b: '40%',
      difference: '−15.0 个百分点',
      stderr: '2.0 个百分点',
      tone: 'good',
    });
  });

  it('colours by the metric’s better direction', () => {
    expect(row('bank.nplRatioExposureWeighted')).toMatchObject({
      difference: '+0.50 个百分点',
      stderr: '0.10 个百分点',
      tone: 'bad',
    });
  });

  it('keeps the user’s order and leaves out what the comparison does not have', () => {
    const picked = compareRows(
      comparison,
      ['firms.supported', 'no.such', 'bank.poolExhausted'],
      'en',
      {
        value: unitFormats('en'),
        difference: differenceFormats('en'),
      },
    );
    expect(picked.map((r) => r.key)).toEqual(['firms.supported', 'bank.poolExhausted']);
    expect(picked[1]!.difference).toBe('−15.0 pp');
  });
});

describe('the metric picker', () => {
  it('offers every metric of the comparison, grouped, and finds by label or key', () => {
    const keys = [...Object.keys(comparison.metrics), 'fund.angel-1.irr', 'treasury.paidCNY'];
    const groups = pickerGroups(keys, 'zh');
    expect(groups.map((g) => g.title)).toEqual([
      '财政',
      '基金链与普惠政策',
      '子基金',
      '企业',
      '银行',
    ]);
    expect(
      groups
        .flatMap((g) => g.items)
        .map((i) => i.key)
        .sort(),
    ).toEqual([...keys].sort());
    expect(pickerGroups(keys, 'zh', {}, '不良').flatMap((g) => g.items.map((i) => i.key))).toEqual([
      'bank.nplRatioExposureWeighted',
    ]);
    expect(pickerGroups(keys, 'en', {}, 'poolExhausted')[0]!.items[0]!.key).toBe(
      'bank.poolExhausted',
    );
  });

  it('names a sub-fund’s metric by the fund’s name, not its id', () => {
    const names = { 'angel-1': { zh: '天使投资子基金一', en: 'Angel sub-fund 1' } };
    expect(metricLabel('fund.angel-1.irr', 'zh', names)).toBe('天使投资子基金一 IRR');
    expect(metricLabel('fund.angel-1.irr', 'en', names)).toBe('Angel sub-fund 1: IRR');
  });

  it('starts an English label with a capital, as a table row does', () => {
    expect(metricLabel('angelFunds.privateLP.irr', 'en')).toMatch(/^Angel sub-funds/);
    expect(metricLabel('angelFunds.privateLP.irr', 'zh')).toMatch(/^天使投资子基金/);
  });

  it('starts with what a policymaker asks about', () => {
    for (const key of [
      'chain.privateCapitalCNY',
      'treasury.paidCNY',
      'treasury.receivedCNY',
      'bank.loansCNY',
      'bank.lossCNY',
      'bank.defaults',
      'bank.quartersAboveTolerance',
    ])
      expect(DEFAULT_COMPARE_PICKS).toContain(key);
  });

  it.each([
    ['chain.privateCapitalCNY', true],
    ['angelFunds.privateLP.paidInCNY', true],
    ['fund.angel-2.paidInCNY', true],
    ['guidanceFund.committedCNY', true],
    ['chain.leverage', false],
    ['treasury.paidCNY', false],
  ])('%s is set by fund sizes: %s', (key, fixed) => {
    expect(fixedByFundSizes(key)).toBe(fixed);
  });
});
