import { describe, expect, it } from 'vitest';
import { formatMoneyCNY, formatPercent } from '../../../src/ui/format/formatValue.ts';
import { formatNumber } from '../../../src/ui/format/numberFormat.ts';
import {
  decimalsFor,
  errorStep,
  roundToStep,
  significantStep,
} from '../../../src/ui/format/precision.ts';

describe('how precisely a figure is worth showing', () => {
  it.each([
    // x, digits, step: the place of the digits-th significant digit
    [4539.34, 3, 10],
    [45_393_400, 3, 100_000],
    [0.0359, 3, 0.0001],
    [-0.5, 3, 0.001],
    [0, 3, 0],
    [Number.NaN, 3, 0],
  ])('significantStep(%d, %d) = %d', (x, digits, step) => {
    expect(significantStep(x, digits)).toBeCloseTo(step, 12);
  });

  it.each([
    // a standard error and the step it allows: its two significant digits
    [3_430_700, 100_000],
    [0.00052, 0.00001],
    [0.9, 0.01],
    [12, 1],
  ])('errorStep(%d) = %d', (se, step) => {
    expect(errorStep(se)).toBeCloseTo(step, 12);
  });

  it.each([
    [4539.34, 10, 4540],
    [0.1 + 0.2, 0.1, 0.3],
    [-0.0867, 0.001, -0.087],
    [12.5, 0, 12.5],
  ])('roundToStep(%d, %d) = %d', (x, step, rounded) => {
    expect(roundToStep(x, step)).toBe(rounded);
  });

  it.each([
    [0.01, 2],
    [10, 0],
    [1, 0],
    [0.0005, 4],
  ])('decimalsFor(%d) = %d', (step, decimals) => {
    expect(decimalsFor(step)).toBe(decimals);
  });
});

describe('money and percentages at three significant digits, or at a given step', () => {
  it.each([
    // amount, step, Chinese, English
    [420_000_000, undefined, '4.2 亿元', 'CNY 420 m'],
    [45_393_400, undefined, '4,540 万元', 'CNY 45.4 m'],
    // A mean ± its standard error of 343.07 万元: to the 10 万元 the error allows
    [45_393_400, 100_000, '4,540 万元', 'CNY 45.4 m'],
    [3_430_700, 100_000, '340 万元', 'CNY 3.4 m'],
    // At a step the trailing zeros are digits: 3.30 亿元 ± 0.05 亿元, not 3.3
    [330_000_000, 5_000_000, '3.30 亿元', 'CNY 330 m'],
    // Never fractions of a yuan
    [5.374, undefined, '5 元', 'CNY 5'],
    [-578_000_000, undefined, '−5.78 亿元', 'CNY −578 m'],
  ])('%d at %s', (x, step, zh, en) => {
    expect(formatMoneyCNY(x, 'zh', step)).toBe(zh);
    expect(formatMoneyCNY(x, 'en', step)).toBe(en);
  });

  it.each([
    [0.1459, undefined, '14.6%'],
    [0.0359, undefined, '3.59%'],
    // At most two decimals of a percent
    [0.000123, undefined, '0.01%'],
    [0.15315, 0.0001, '15.32%'],
  ])('%d at %s is %s', (x, step, text) => {
    expect(formatPercent(x, 'zh', step)).toBe(text);
  });

  it('groups digits in the reader’s language, from one formatter each', () => {
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'zh', 0)).toBe('1,234,568');
    expect(formatNumber(1.5, 'en', 2, 2)).toBe('1.50');
  });
});
