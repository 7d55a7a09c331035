import { describe, expect, it } from 'vitest';
import { displayUnit, fromDisplay, toDisplay } from '../../../src/ui/editor/unitInput.ts';

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

  it('accepts thousands separators and keeps text that is not a number for the schema to report', () => {
    expect(fromDisplay('1,000', 'count', 'en')).toBe(1000);
    expect(fromDisplay('五千', 'CNY', 'zh')).toBe('五千');
    expect(fromDisplay('', 'share', 'zh')).toBe('');
  });
});
