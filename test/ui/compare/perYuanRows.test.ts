import { describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../../src/engine/index.ts';
import { perYuanSections } from '../../../src/ui/compare/perYuanRows.ts';

const comparison = (perFiscalYuan: ComparisonResult['perFiscalYuan']) =>
  ({ perFiscalYuan }) as ComparisonResult;

const bases: ComparisonResult['perFiscalYuan'] = [
  {
    costKey: 'treasury.spentCNY',
    cost: { mean: 11_465_320, stderr: 1_721_585 },
    status: 'ok',
    outcomes: {
      'fundRaising.privateCapitalRaisedCNY': { perYuan: 0.9272, stderr: 0.0989 },
      'firms.supported': { perYuan: 8.87e-8, stderr: 1.23e-8 },
    },
  },
  {
    costKey: 'treasury.netCostCashPVCNY',
    cost: { mean: 437_418, stderr: 2_143_956 },
    status: 'costNotDistinguishable',
    outcomes: { 'firms.supported': { perYuan: null, stderr: null } },
  },
];

describe('what each extra fiscal yuan bought, as the compare view shows it', () => {
  it('gives money per yuan and firms per 亿元, at the precision of their errors', () => {
    const [spending, net] = perYuanSections(comparison(bases), 'zh');
    expect(spending!.heading).toBe(
      '按财政支出差额计（A − B：+1,150 万元 ±170 万元），每 1 元换来：',
    );
    expect(spending!.none).toBeNull();
    expect(spending!.rows).toEqual([
      {
        key: 'fundRaising.privateCapitalRaisedCNY',
        label: '募集计划：募集社会资本',
        value: '0.927 元/元',
        stderr: '±0.099',
      },
      { key: 'firms.supported', label: '基金链支持企业数', value: '8.9 /亿元', stderr: '±1.2' },
    ]);
    expect(net!.none).toBe('该项成本差额在两个标准误之内，与零无法区分，不计算每元效果。');
  });

  it('speaks English on an English page, and shows nothing without a comparison’s ratios', () => {
    const [spending] = perYuanSections(comparison(bases), 'en');
    expect(spending!.heading).toMatch(
      /^Per yuan of difference in treasury spending \(A − B: \+CNY/,
    );
    expect(spending!.rows[1]!.value).toBe('8.9 per CNY 100m');
    expect(perYuanSections(comparison(null), 'en')).toEqual([]);
    // The same scenario on both sides: no cost differs, so no section at all.
    const same = bases!.map((b) => ({ ...b, status: 'noCostDifference' as const }));
    expect(perYuanSections(comparison(same), 'zh')).toEqual([]);
  });
});
