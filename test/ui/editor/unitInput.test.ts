import { describe, expect, it } from 'vitest';
import {
  displayUnit,
  fromDisplay,
  normaliseInput,
  parseNumberInput,
  toDisplay,
  toDisplayWithUnit,
} from '../../../src/ui/editor/unitInput.ts';

describe('editor units', () => {
  it.each([
    [50_000_000, 'CNY', 'zh', '5000', '万元'],
    [50_000_000, 'CNY', 'en', '50', 'CNY m'],
    [0.4, 'share', 'zh', '40', '%'],
    [0.07, 'share', 'en', '7', '%'],
    [0.035, 'ratePerYear', 'zh', '3.5', '%/年'],
    [0.011, 'probabilityPerQuarter', 'en', '1.1', '% a quarter'],
    [15, 'years', 'zh', '15', '年'],
  ] as const)(
    'shows %d %s in %s as %s %s and reads it back',
    (value, unit, locale, shown, suffix) => {
      expect(toDisplay(value, unit, locale)).toBe(shown);
      expect(displayUnit(unit, locale).suffix).toBe(suffix);
      expect(fromDisplay(shown, unit, locale)).toBe(value);
    },
  );

  it.each([
    // value, unit, locale, text: range hints read with digit grouping and their unit
    [1e12, 'CNY', 'zh', '100,000,000 万元'],
    [1e12, 'CNY', 'en', '1,000,000 CNY m'],
    [1, 'share', 'zh', '100%'],
    [0.1, 'ratePerYear', 'zh', '10%/年'],
    [200, 'quarters', 'en', '200 quarters'],
    [250_000, 'count', 'en', '250,000'],
  ] as const)('range bound %d %s (%s) reads %s', (value, unit, locale, text) => {
    expect(toDisplayWithUnit(value, unit, locale)).toBe(text);
  });
});

describe('input the way people type it', () => {
  it.each([
    // text, unit, locale, stored value
    ['60', 'share', 'zh', 0.6],
    ['60%', 'share', 'zh', 0.6],
    ['60 %', 'share', 'zh', 0.6],
    // Full-width digits and signs from a Chinese input method
    ['６０', 'share', 'zh', 0.6],
    ['６０％', 'share', 'zh', 0.6],
    ['１．５', 'ratePerYear', 'zh', 0.015],
    ['－５', 'perSd', 'en', -5],
    // The minus sign (U+2212) as readers copy it from a page
    ['\u22125', 'perSd', 'en', -5],
    ['3%/年', 'ratePerYear', 'zh', 0.03],
    ['3 % a year', 'ratePerYear', 'en', 0.03],
    // Digit grouping, by commas (also the full-width one) and spaces
    ['1,000,000', 'count', 'en', 1_000_000],
    ['20 000', 'CNY', 'zh', 200_000_000],
    ['２０，０００', 'CNY', 'zh', 200_000_000],
    // Money in other words than the field's 万元 / CNY m: 20,000 万 = 2 亿 = 200 m
    ['20000万元', 'CNY', 'zh', 200_000_000],
    ['2亿', 'CNY', 'zh', 200_000_000],
    ['2 亿元', 'CNY', 'zh', 200_000_000],
    ['200 m', 'CNY', 'en', 200_000_000],
    ['0.2 bn', 'CNY', 'en', 200_000_000],
    ['5000000 元', 'CNY', 'zh', 5_000_000],
    ['10 年', 'years', 'zh', 10],
    ['2.8×', 'multiple', 'en', 2.8],
    ['2.8x', 'multiple', 'en', 2.8],
    ['1e-3', 'count', 'en', 0.001],
    ['.5', 'multiple', 'en', 0.5],
    ['  7  ', 'count', 'en', 7],
  ] as const)('%j as %s (%s) is %d', (text, unit, locale, value) => {
    expect(parseNumberInput(text, unit, locale)).toEqual({ ok: true, value });
  });

  it.each([
    // text, unit, locale, problem
    ['', 'share', 'zh', { kind: 'empty' }],
    ['   ', 'share', 'zh', { kind: 'empty' }],
    ['五千', 'CNY', 'zh', { kind: 'notANumber', text: '五千' }],
    ['abc', 'count', 'en', { kind: 'notANumber', text: 'abc' }],
    ['1.2.3', 'count', 'en', { kind: 'notANumber', text: '1.2.3' }],
    // Commas that do not group thousands are not guessed at
    ['1,5', 'share', 'zh', { kind: 'notANumber', text: '1,5' }],
    // 1e309 is beyond a double: refused, never turned into an empty field
    ['1e309', 'count', 'en', { kind: 'tooLarge', text: '1e309' }],
    ['60%', 'CNY', 'zh', { kind: 'wrongUnit', text: '60%', typed: '%' }],
    ['5 万元', 'share', 'zh', { kind: 'wrongUnit', text: '5 万元', typed: '万元' }],
  ] as const)('%j as %s (%s) is a problem: %j', (text, unit, locale, problem) => {
    expect(parseNumberInput(text, unit, locale)).toEqual({ ok: false, problem });
  });

  it('keeps text that is not a number, as typed, for the field to show and explain', () => {
    expect(fromDisplay('五千', 'CNY', 'zh')).toBe('五千');
    expect(fromDisplay('1e309', 'count', 'en')).toBe('1e309');
    expect(fromDisplay('', 'share', 'zh')).toBe('');
  });

  it('normalises full-width text and odd spaces', () => {
    expect(normaliseInput('\u3000６０％\u00a0')).toBe('60%');
    expect(normaliseInput('１\u2009０００')).toBe('1 000');
  });
});
