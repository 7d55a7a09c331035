import { describe, expect, it } from 'vitest';
import { defaultQuarterLabel, defaultYearLabel } from '../../../src/ui/charts/axes.ts';
import type { BandSeries } from '../../../src/ui/charts/fanChartModel.ts';
import {
  fanLegend,
  fanTable,
  fanTooltip,
  periodLabel,
  type FanLabels,
} from '../../../src/ui/charts/fanChartText.ts';
import { COMPARE, PRIMARY } from '../../../src/ui/charts/palette.ts';

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** A series of n quarters whose quantiles are fixed offsets around a rising median. */
function ramp(n: number, step = 0.01): BandSeries {
  const at = (offset: number) => Array.from({ length: n }, (_, i) => i * step + offset);
  return { p5: at(0), p25: at(0.01), p50: at(0.02), p75: at(0.03), p95: at(0.04) };
}

const LABELS: FanLabels = {
  band90: 'P5–P95',
  band50: 'P25–P75',
  median: 'Median',
  quarter: 'Quarter',
  p5: 'P5',
  p25: 'P25',
  p50: 'Median',
  p75: 'P75',
  p95: 'P95',
};

describe('fan tooltip, table and legend', () => {
  const series = ramp(6);
  const compare = ramp(6, 0.02);

  it('the tooltip gives the quarter and the quantiles top to bottom', () => {
    expect(
      fanTooltip({
        series,
        index: 4,
        format: pct,
        quarterLabel: defaultQuarterLabel('en'),
        labels: LABELS,
      }),
    ).toEqual({
      title: 'Y2 Q1',
      rows: [
        { label: 'P95', value: '8%', color: PRIMARY },
        { label: 'P75', value: '7%', color: PRIMARY },
        { label: 'Median', value: '6%', color: PRIMARY },
        { label: 'P25', value: '5%', color: PRIMARY },
        { label: 'P5', value: '4%', color: PRIMARY },
      ],
    });
  });

  it('with a comparison, the tooltip groups rows under each series name', () => {
    const t = fanTooltip({
      series,
      compare,
      index: 0,
      format: pct,
      quarterLabel: defaultQuarterLabel('zh'),
      labels: LABELS,
      names: { primary: 'A', compare: 'B' },
    });
    expect(t.title).toBe('第1年第1季度');
    expect(t.rows.filter((r) => r.heading)).toEqual([
      { label: 'A', value: '', color: PRIMARY, heading: true },
      { label: 'B', value: '', color: COMPARE, heading: true },
    ]);
    expect(t.rows).toHaveLength(12);
  });

  it('the tooltip shows a dash for a missing value', () => {
    const t = fanTooltip({
      series: { ...series, p95: [null] },
      index: 0,
      format: pct,
      quarterLabel: defaultQuarterLabel('en'),
      labels: LABELS,
    });
    expect(t.rows[0]!.value).toBe('—');
  });

  it('the table has a row per quarter and a column per quantile of each series', () => {
    const table = fanTable({
      series,
      compare,
      format: pct,
      quarterLabel: defaultQuarterLabel('en'),
      labels: LABELS,
      names: { primary: 'A', compare: 'B' },
    });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Quarter',
      'A · P5',
      'A · P25',
      'A · Median',
      'A · P75',
      'A · P95',
      'B · P5',
      'B · P25',
      'B · Median',
      'B · P75',
      'B · P95',
    ]);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[1]).toEqual([
      'Y1 Q2',
      '1%',
      '2%',
      '3%',
      '4%',
      '5%',
      '2%',
      '3%',
      '4%',
      '5%',
      '6%',
    ]);
    expect(table.raw![1]).toEqual([
      'Y1 Q2',
      0.01,
      0.02,
      0.03,
      0.04,
      0.05,
      0.02,
      0.03,
      0.04,
      0.05,
      0.06,
    ]);
  });

  it('the legend has bands and median, then the comparison and the reference', () => {
    expect(
      fanLegend(LABELS, { primary: 'A', compare: 'B' }, true, { label: 'τ', color: '#333' }).map(
        (i) => [i.label, i.shape],
      ),
    ).toEqual([
      ['A · P5–P95', 'band'],
      ['A · P25–P75', 'band'],
      ['A · Median', 'line'],
      ['B · P5–P95', 'dotted'],
      ['B · P25–P75', 'hatch'],
      ['B · Median', 'dashed'],
      ['τ', 'dashed'],
    ]);
    expect(fanLegend(LABELS, {}, false).map((i) => i.label)).toEqual([
      'P5–P95',
      'P25–P75',
      'Median',
    ]);
  });
});

describe('a yearly series: labelled by year', () => {
  const series = ramp(3);
  const years = {
    period: 'year' as const,
    quarterLabel: defaultQuarterLabel('zh'),
    yearLabel: defaultYearLabel('zh'),
  };

  it.each([
    // options, index, label
    [years, 0, '第1年'],
    [{ ...years, firstYear: 4 }, 2, '第6年'],
    [{ ...years, yearLabel: undefined }, 1, '2'],
    [{ quarterLabel: defaultQuarterLabel('zh') }, 4, '第2年第1季度'],
    [{ quarterLabel: defaultQuarterLabel('en'), firstQuarter: 0 }, 4, 'Y1 Q4'],
  ])('periodLabel(%j, %s) = %s', (options, index, label) => {
    expect(periodLabel(options, index)).toBe(label);
  });

  it('titles the tooltip with the year', () => {
    expect(fanTooltip({ ...years, series, index: 1, format: pct, labels: LABELS }).title).toBe(
      '第2年',
    );
  });

  it('heads the table with the year column and one row per year', () => {
    const table = fanTable({ ...years, series, format: pct, labels: { ...LABELS, year: 'Year' } });
    expect(table.columns[0]!.label).toBe('Year');
    expect(table.rows.map((r) => r[0])).toEqual(['第1年', '第2年', '第3年']);
    // Year 2's P5 is 1 × 0.01 + 0 = 1%.
    expect(table.rows[1]![1]).toBe('1%');
  });
});
