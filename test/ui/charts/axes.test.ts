import { describe, expect, it } from 'vitest';
import {
  defaultQuarterLabel,
  defaultYearLabel,
  finiteExtent,
  linearAxis,
  paddedDomain,
  yearTicks,
} from '../../../src/ui/charts/axes.ts';
import { textWidth } from '../../../src/ui/charts/textMetrics.ts';

describe('finiteExtent', () => {
  it.each([
    [
      [3, 1, 2],
      [1, 3],
    ],
    [
      [null, 5, undefined, Number.NaN, -1, Infinity],
      [-1, 5],
    ],
    [[], null],
    [[null, Number.NaN], null],
    [[7], [7, 7]],
  ] as const)('%j → %j', (values, extent) => {
    expect(finiteExtent(values)).toEqual(extent);
  });
});

describe('paddedDomain', () => {
  it.each([
    [null, false, [0, 1]],
    [[2, 5], false, [2, 5]],
    [[2, 5], true, [0, 5]],
    [[-3, -1], true, [-3, 0]],
    [[0, 0], false, [-1, 1]],
    [[0, 0], true, [0, 1]],
    [[10, 10], false, [9, 11]],
    [[10, 10], true, [0, 10]],
    [[-10, -10], true, [-10, 0]],
  ] as const)('%j, includeZero %s → %j', (extent, includeZero, domain) => {
    expect(paddedDomain(extent as [number, number] | null, includeZero)).toEqual(domain);
  });
});

describe('linearAxis', () => {
  it('rounds the domain to nice ticks (y axis)', () => {
    const { scale, ticks } = linearAxis({
      domain: [0, 0.437],
      range: [300, 20],
      format: String,
      orientation: 'y',
    });
    expect(scale.domain()).toEqual([0, 0.5]);
    expect(ticks.map((t) => t.value)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(ticks[0]!.pos).toBe(300);
    expect(ticks.at(-1)!.pos).toBe(20);
  });

  it('keeps the domain when nice is off', () => {
    const { scale } = linearAxis({
      domain: [0.47, 4.42],
      range: [0, 500],
      format: String,
      orientation: 'x',
      nice: false,
    });
    expect(scale.domain()).toEqual([0.47, 4.42]);
  });

  it.each([200, 400, 800])('x labels never overlap at %s px', (width) => {
    const format = (v: number) => `CNY ${v.toLocaleString('en-US')} m`;
    const { ticks } = linearAxis({
      domain: [0, 2_500],
      range: [0, width],
      format,
      orientation: 'x',
    });
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) {
      const gap = ticks[i]!.pos - ticks[i - 1]!.pos;
      expect(gap).toBeGreaterThan(
        (textWidth(ticks[i]!.label) + textWidth(ticks[i - 1]!.label)) / 2,
      );
    }
  });

  it('thins ticks whose labels would read the same', () => {
    const { ticks } = linearAxis({
      domain: [0, 1],
      range: [300, 0],
      format: (v) => v.toFixed(0),
      orientation: 'y',
    });
    expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
  });
});

describe('yearTicks', () => {
  const x = (q: number) => q * 10;
  const yearLabel = defaultYearLabel('en');
  const quarterLabel = defaultQuarterLabel('en');

  it('ticks every year end when there is room', () => {
    expect(
      yearTicks({ firstQuarter: 1, lastQuarter: 12, x, yearLabel, quarterLabel }).map((t) => [
        t.value,
        t.pos,
        t.label,
      ]),
    ).toEqual([
      [4, 40, 'Y1'],
      [8, 80, 'Y2'],
      [12, 120, 'Y3'],
    ]);
  });

  it('ticks every 2, 5 or 10 years when crowded', () => {
    const narrow = (q: number) => q * 2;
    expect(
      yearTicks({ firstQuarter: 1, lastQuarter: 80, x: narrow, yearLabel, quarterLabel }).map(
        (t) => t.label,
      ),
    ).toEqual(['Y5', 'Y10', 'Y15', 'Y20']);
  });

  it('falls back to first and last quarter within a year', () => {
    expect(
      yearTicks({ firstQuarter: 1, lastQuarter: 3, x, yearLabel, quarterLabel }).map(
        (t) => t.label,
      ),
    ).toEqual(['Y1 Q1', 'Y1 Q3']);
    expect(
      yearTicks({ firstQuarter: 2, lastQuarter: 2, x, yearLabel, quarterLabel }).map(
        (t) => t.label,
      ),
    ).toEqual(['Y1 Q2']);
  });
});

describe('default year and quarter labels', () => {
  it.each([
    ['zh', 1, '第1年第1季度'],
    ['zh', 10, '第3年第2季度'],
    ['en', 4, 'Y1 Q4'],
    ['en', 5, 'Y2 Q1'],
    ['en', 0, 'Q0'],
  ] as const)('%s quarter %s is %s', (locale, q, label) => {
    expect(defaultQuarterLabel(locale)(q)).toBe(label);
  });

  it('years read 第3年 and Y3', () => {
    expect([defaultYearLabel('zh')(3), defaultYearLabel('en')(3)]).toEqual(['第3年', 'Y3']);
  });
});
