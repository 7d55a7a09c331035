import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../src/engine/index.ts';
import { PRESETS } from '../../../src/ui/state/presets.ts';
import { fundChoices, type FundChoice } from '../../../src/ui/fund/fundChoices.ts';
import {
  dpiByYear,
  dpiYears,
  fundFigures,
  lastQuarterIndexOfYear,
} from '../../../src/ui/fund/fundFigures.ts';

type Metric = RunResult['metrics'][string];
const stat = (over: Partial<Metric>): Metric => ({
  mean: null,
  stderr: null,
  p5: null,
  p25: null,
  p50: null,
  p75: null,
  p95: null,
  min: null,
  max: null,
  count: 100,
  undefinedCount: 0,
  histogram: { edges: [], counts: [] },
  ...over,
});

const ANGEL: FundChoice = {
  seriesPrefix: 'fund.angel-1',
  metricPrefix: 'fund.angel-1',
  label: 'Angel sub-fund 1',
  subFund: true,
};
// Three years and the horizon: 13 quarters. DPI ≥ 1 in 25% of trials by the end of year 2
// (index 7), in 40% by the end of year 3 (index 11).
const dpi = [0, 0, 0, 0, 0, 0, 0.1, 0.25, 0.25, 0.3, 0.35, 0.4, 0.4];
const result = {
  trials: 100,
  series: {
    'fund.angel-1.dpiAtLeastOne': { p5: dpi, p25: dpi, p50: dpi, p75: dpi, p95: dpi, mean: dpi },
  },
  metrics: {
    'fund.angel-1.tvpiBelowOne': stat({ mean: 0.3, stderr: 0.046 }),
    'fund.angel-1.carryCNY': stat({ mean: 1_234_000, stderr: 210_000 }),
    'fund.angel-1.ksPme': stat({ p5: 0.5, p50: 1.1, p95: 2.2 }),
    'fund.angel-1.directAlpha': stat({ p5: -0.05, p50: 0.012, p95: 0.08 }),
  },
};

describe('the fund view’s figures', () => {
  it('read year N’s P(DPI ≥ 1) at its last quarter, 4N − 1, with a binomial standard error', () => {
    expect(lastQuarterIndexOfYear(1)).toBe(3);
    expect(dpiYears(result, ANGEL)).toEqual([1, 2, 3]);
    const y2 = dpiByYear(result, ANGEL, 2)!;
    expect(y2.p).toBe(0.25);
    // √(0.25 × 0.75 / 100) = 0.0433…
    expect(y2.stderr).toBeCloseTo(0.0433, 4);
    expect(dpiByYear(result, ANGEL, 3)!.p).toBe(0.4);
    expect(dpiByYear(result, ANGEL, 4)).toBeNull();
  });

  it('show P(TVPI < 1) and the expected carry as means ± s.e., PME as a median with its range', () => {
    const figures = fundFigures(result, ANGEL, 2, 'en');
    const by = Object.fromEntries(figures.map((f) => [f.id, f]));
    expect(by.tvpiBelowOne!.label).toBe('P(TVPI < 1)');
    expect(by.tvpiBelowOne!.value).toBe('30.0% ± 4.6%');
    expect(by.dpiByYear!.label).toBe('P(DPI ≥ 1 by the end of year 2)');
    expect(by.dpiByYear!.value).toBe('25.0% ± 4.3%');
    // At the step of two digits of its error (10,000): 1,234,000 → 1.23 m.
    expect(by.carry!.value).toBe('CNY 1.23 m ± CNY 210,000');
    expect(by.ksPme!.value).toBe('1.1×');
    expect(by.ksPme!.detail).toBe('Median; P5–P95: 0.5× – 2.2×');
    expect(by.directAlpha!.value).toBe('1.2% a year');
  });

  it('say in Chinese what the run does not report for a fund', () => {
    const seed: FundChoice = { ...ANGEL, seriesPrefix: 'fund.seedFund', metricPrefix: 'seedFund' };
    const figures = fundFigures(result, seed, 8, 'zh');
    expect(figures.map((f) => f.value)).toEqual(['—', '—', '—', '—', '—']);
    expect(figures[0]!.detail).toBe('本次运行未报告此基金的该指标');
    expect(figures[1]!.label).toBe('第 8 年末 DPI ≥ 1 的概率');
  });
});

describe('the funds to pick from', () => {
  it('are every sub-fund by its name, then the guidance fund and the seed fund', () => {
    const hebei = PRESETS.find((p) => p.id === 'hebei-2022')!.scenario;
    const choices = fundChoices(hebei, 'zh');
    expect(choices[0]).toEqual({
      seriesPrefix: 'fund.angel-1',
      metricPrefix: 'fund.angel-1',
      label: '天使投资子基金一',
      subFund: true,
    });
    expect(choices.map((c) => c.seriesPrefix)).toEqual([
      ...hebei.funds.angelFunds.map((f) => `fund.${f.id}`),
      ...hebei.funds.techFunds.map((f) => `fund.${f.id}`),
      ...hebei.funds.bankLinkedFunds.map((f) => `fund.${f.id}`),
      'fund.guidanceFund',
      'fund.seedFund',
    ]);
    expect(choices.at(-2)!.metricPrefix).toBe('guidanceFund');
    expect(fundChoices(hebei, 'en')[0]!.label).toBe('Angel sub-fund 1');
  });
});
