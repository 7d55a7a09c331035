import { describe, expect, it } from 'vitest';
import {
  describeTextProblem,
  parseNumberText,
  parseValueList,
  parseWholeText,
  valueText,
} from '../../../src/ui/explore/valueText.ts';
import { distinctNames } from '../../../src/ui/compare/manyNames.ts';

describe('values typed into the explore forms', () => {
  it.each([
    ['0.03', 0.03],
    ['3%', 0.03],
    ['1.5%', 0.015],
    [' 4.5 % ', 0.045],
    ['−2', -2],
    ['1,000,000', 1_000_000],
    ['2e7', 2e7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each(['', 'eight', '3%%', '1.2.3', '--1'])('refuses %j, saying what was given', (text) => {
    const parsed = parseNumberText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(describeTextProblem(parsed.problem).en).toContain(`got "${text.trim()}"`);
  });

  it('reads a list, and a range LOW..HIGH:STEPS with its ends included', () => {
    expect(parseValueList('1.5%, 3%, 4.5%, 6%')).toEqual({
      ok: true,
      value: [0.015, 0.03, 0.045, 0.06],
    });
    expect(parseValueList('1.5%；3%')).toEqual({ ok: true, value: [0.015, 0.03] });
    expect(parseValueList('20000000, 1,000,000')).toEqual({
      ok: true,
      value: [20_000_000, 1_000_000],
    });
    // (0.06 − 0.015) / 3 = 0.015 a step.
    expect(parseValueList('1.5%..6%:4')).toEqual({ ok: true, value: [0.015, 0.03, 0.045, 0.06] });
    expect(parseValueList('0..0.6:4')).toEqual({ ok: true, value: [0, 0.2, 0.4, 0.6] });
  });

  it('says what a bad list or range should have been', () => {
    const empty = parseValueList('  ');
    expect(empty.ok || describeTextProblem(empty.problem).en).toContain(
      'expected a list of values',
    );
    const steps = parseValueList('0..1:1');
    expect(steps.ok || describeTextProblem(steps.problem).en).toBe(
      'expected a whole number of steps, at least 2, got "1"',
    );
    const word = parseValueList('1%, x');
    expect(word.ok || describeTextProblem(word.problem).zh).toBe(
      '应为数值（如 0.03 或 3%），实际为 "x"',
    );
    expect(parseWholeText('2.5').ok).toBe(false);
    expect(parseWholeText('0').ok).toBe(false);
    expect(parseWholeText('24')).toEqual({ ok: true, value: 24 });
  });

  it('shows a share as a percentage and anything else as its number', () => {
    expect(valueText('share', 0.045)).toBe('4.5%');
    expect(valueText('ratePerYear', 0.0345)).toBe('3.45%');
    expect(valueText('CNY', 2e7)).toBe('20000000');
    expect(valueText('multiple', 1.5)).toBe('1.5');
  });
});

describe('names of the scenarios of a many-way comparison', () => {
  it('leaves different names alone', () => {
    expect(
      distinctNames(
        [
          { text: 'A', edited: false },
          { text: 'B', edited: true },
        ],
        'zh',
      ),
    ).toEqual(['A', 'B']);
  });

  it('marks an edited copy of a name another scenario has, then numbers what is still the same', () => {
    const names = [
      { text: '河北 2022', edited: false },
      { text: '河北 2022', edited: true },
      { text: '无让利', edited: false },
      { text: '无让利', edited: false },
    ];
    expect(distinctNames(names, 'zh')).toEqual([
      '河北 2022',
      '河北 2022（已修改）',
      '无让利（第 1 个）',
      '无让利（第 2 个）',
    ]);
    expect(distinctNames(names, 'en')).toEqual([
      '河北 2022',
      '河北 2022 (edited copy)',
      '无让利 (1)',
      '无让利 (2)',
    ]);
  });
});
