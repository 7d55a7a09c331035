import { describe, expect, it } from 'vitest';
import {
  barChartModel,
  barItemsFromMetrics,
  barTable,
  barTooltip,
  type BarChartInput,
  type BarItem,
  type BarLabels,
} from '../../../src/ui/charts/barChartModel.ts';
import { textWidth } from '../../../src/ui/charts/textMetrics.ts';

const fmt = (v: number) => `${v}`;
const pct = (v: number) => `${Math.round(v * 100)}%`;
const ITEMS: BarItem[] = [
  { key: 'a', label: 'Guidance fund', value: 6, low: 5, high: 7 },
  { key: 'b', label: 'Seed fund', value: 1, low: 0.5, high: 1.5 },
  { key: 'c', label: 'Risk pool', value: 15, low: 15, high: 15 },
];
const base = (over: Partial<BarChartInput> = {}): BarChartInput => ({
  items: ITEMS,
  width: 600,
  format: fmt,
  xLabel: 'CNY 100m',
  ...over,
});
const LABELS: BarLabels = { category: 'Category', value: 'Median', low: 'P5', high: 'P95' };

describe('barChartModel: positions', () => {
  const m = barChartModel(base());

  it('gives each item a row of the same height, top to bottom, and sizes the chart to fit', () => {
    const step = m.rows[1]!.y - m.rows[0]!.y;
    expect(step).toBe(20 + 14);
    expect(m.rows[2]!.y - m.rows[1]!.y).toBe(step);
    expect(m.height).toBe(m.margin.top + 3 * step + m.margin.bottom);
  });

  it('starts bars at zero, at the left of the plot when all values are positive', () => {
    expect(m.zeroX).toBe(m.plot.left);
    for (const r of m.rows) expect(r.barLeft).toBe(m.plot.left);
  });

  it('makes bar lengths proportional to values', () => {
    expect(m.rows[0]!.barWidth / m.rows[1]!.barWidth).toBeCloseTo(6, 2);
  });

  it('spans the error bar from P5 to P95', () => {
    const r = m.rows[0]!;
    const perUnit = r.barWidth / 6;
    expect(r.errorLeft).toBeCloseTo(m.zeroX + 5 * perUnit, 1);
    expect(r.errorRight).toBeCloseTo(m.zeroX + 7 * perUnit, 1);
  });

  it('puts value labels right of the bar and of the error bar', () => {
    for (const r of m.rows) {
      expect(r.valueX).toBeGreaterThan(Math.max(r.barLeft + r.barWidth, r.errorRight ?? 0));
    }
  });

  it('keeps the largest value label inside the chart', () => {
    const r = m.rows[2]!;
    expect(r.valueX + textWidth(r.valueLabel)).toBeLessThanOrEqual(m.width);
  });

  it('sizes the left margin to the longest category label', () => {
    expect(m.margin.left).toBe(Math.ceil(textWidth('Guidance fund') + 12));
  });
});

describe('barChartModel: labels, negatives and gaps', () => {
  it('cuts a category label longer than 35% of the width', () => {
    const m = barChartModel(
      base({ width: 300, items: [{ key: 'x', label: '一个非常非常非常长的类别名称', value: 1 }] }),
    );
    expect(m.rows[0]!.displayLabel.endsWith('…')).toBe(true);
    expect(textWidth(m.rows[0]!.displayLabel)).toBeLessThanOrEqual(300 * 0.35);
  });

  it('draws a negative value left of zero', () => {
    const m = barChartModel(
      base({ items: [{ key: 'n', label: 'Loss', value: -2, low: -3, high: 1 }] }),
    );
    const r = m.rows[0]!;
    expect(r.barLeft + r.barWidth).toBeCloseTo(m.zeroX, 1);
    expect(m.zeroX).toBeGreaterThan(m.plot.left);
    expect(r.valueX).toBeGreaterThan(r.errorRight!);
  });

  it('orders a reversed range', () => {
    const m = barChartModel(base({ items: [{ key: 'r', label: 'R', value: 2, low: 3, high: 1 }] }));
    expect([m.rows[0]!.low, m.rows[0]!.high]).toEqual([1, 3]);
  });

  it.each([
    ['null', null],
    ['NaN', Number.NaN],
    ['undefined', undefined],
  ])('a %s value: no bar, a dash, no error bar', (_name, value) => {
    const m = barChartModel(base({ items: [{ key: 'm', label: 'M', value }] }));
    expect(m.rows[0]).toMatchObject({ value: null, barWidth: 0, valueLabel: '—', errorLeft: null });
    expect(m.empty).toBe(true);
  });

  it.each([null, undefined, []])('no items (%s): no rows, no throw', (items) => {
    const m = barChartModel(base({ items }));
    expect(m.rows).toEqual([]);
    expect(m.xTicks.length).toBeGreaterThan(0);
  });
});

describe('bar tooltip, table and items from metrics', () => {
  it('the tooltip gives the value and its range', () => {
    const m = barChartModel(base());
    expect(barTooltip(m.rows[0]!, fmt, LABELS)).toEqual({
      title: 'Guidance fund',
      rows: [
        { label: 'Median', value: '6' },
        { label: 'P5', value: '5' },
        { label: 'P95', value: '7' },
      ],
    });
  });

  it('the table adds each share of the total when labelled', () => {
    const t = barTable(ITEMS, fmt, pct, { ...LABELS, share: 'Share' });
    expect(t.columns.map((c) => c.label)).toEqual(['Category', 'Median', 'P5', 'P95', 'Share']);
    expect(t.rows).toEqual([
      ['Guidance fund', '6', '5', '7', '27%'],
      ['Seed fund', '1', '0.5', '1.5', '5%'],
      ['Risk pool', '15', '15', '15', '68%'],
    ]);
    expect(t.raw![0]).toEqual(['Guidance fund', 6, 5, 7, 6 / 22]);
    expect(barTable([{ key: 'x', label: 'X', value: null }], fmt, pct, LABELS).raw).toEqual([
      ['X', null, null, null],
    ]);
  });

  it('the table gives shares within each group, and none for a group of one', () => {
    const items: BarItem[] = [
      { key: 'a', label: 'Guidance fund', value: 6, group: 'spent' },
      { key: 'b', label: 'Risk pool', value: 2, group: 'spent' },
      { key: 'c', label: 'Cash back', value: 4, group: 'cash' },
    ];
    // Spent: 6 / (6 + 2) = 75% and 2 / 8 = 25%; cash back is not added to money spent.
    expect(barTable(items, fmt, pct, { ...LABELS, share: 'Share' }).raw).toEqual([
      ['Guidance fund', 6, null, null, 0.75],
      ['Risk pool', 2, null, null, 0.25],
      ['Cash back', 4, null, null, null],
    ]);
  });

  it('passes each item’s group to its row', () => {
    const m = barChartModel(
      base({ items: [{ key: 'n', label: 'NAV', value: 1, group: 'nav' }, ITEMS[0]!] }),
    );
    expect(m.rows.map((r) => r.group)).toEqual(['nav', null]);
  });

  it('items from metrics take the median and P5–P95, or nothing for a missing metric', () => {
    const metrics = { x: { mean: 2, p5: 1, p50: 1.5, p95: 3 } };
    expect(
      barItemsFromMetrics(metrics, [
        { key: 'x', label: 'X' },
        { key: 'y', label: 'Y' },
      ]),
    ).toEqual([
      { key: 'x', label: 'X', value: 1.5, low: 1, high: 3 },
      { key: 'y', label: 'Y', value: null, low: null, high: null },
    ]);
    expect(barItemsFromMetrics(metrics, [{ key: 'x', label: 'X' }], 'mean')[0]!.value).toBe(2);
    expect(barItemsFromMetrics(metrics, [{ key: 'x', label: 'X', group: 'nav' }])[0]!.group).toBe(
      'nav',
    );
  });
});

describe('barChartModel: stacked bars with a whisker', () => {
  const stacked: BarItem[] = [
    {
      key: 'y1',
      label: 'Y1',
      value: 10,
      high: 12,
      segments: [
        { group: 'a', value: 2 },
        { group: 'b', value: 3 },
        { group: 'c', value: 5 },
      ],
    },
    { key: 'y2', label: 'Y2', value: 4, high: 4.5, segments: [{ group: 'a', value: 4 }] },
  ];
  const m = barChartModel(base({ items: stacked }));
  const perUnit = m.rows[0]!.segments[0]!.width / 2;

  it('lays the parts end to end from zero, each as long as its value', () => {
    const [a, b, c] = m.rows[0]!.segments;
    expect(a!.left).toBe(m.zeroX);
    expect(b!.left).toBeCloseTo(a!.left + a!.width, 1);
    expect(c!.left).toBeCloseTo(b!.left + b!.width, 1);
    expect(b!.width / perUnit).toBeCloseTo(3, 2);
    expect(c!.width / perUnit).toBeCloseTo(5, 2);
  });

  it('makes the stack as long as the sum of its parts (2 + 3 + 5 = 10)', () => {
    const r = m.rows[0]!;
    const sum = r.segments.reduce((s, seg) => s + seg.width, 0);
    expect(r.barWidth).toBeCloseTo(sum, 1);
    expect(r.barWidth / perUnit).toBeCloseTo(10, 2);
  });

  it('draws the whisker from the stack’s end to the high value', () => {
    const r = m.rows[0]!;
    expect(r.errorLeft).toBeCloseTo(m.zeroX + 10 * perUnit, 1);
    expect(r.errorRight).toBeCloseTo(m.zeroX + 12 * perUnit, 1);
    expect(r.valueX).toBeGreaterThan(r.errorRight!);
  });

  it('stacks a negative part left of zero', () => {
    const neg = barChartModel(
      base({
        items: [
          {
            key: 'x',
            label: 'X',
            value: 1,
            segments: [
              { group: 'a', value: 3 },
              { group: 'b', value: -2 },
            ],
          },
        ],
      }),
    );
    const [a, b] = neg.rows[0]!.segments;
    expect(a!.left).toBe(neg.zeroX);
    expect(b!.left + b!.width).toBeCloseTo(neg.zeroX, 1);
    expect(b!.width / a!.width).toBeCloseTo(2 / 3, 2);
  });

  it('tabulates a column per group, then the value and the high end', () => {
    const table = barTable(stacked, fmt, pct, LABELS, '—', [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
      { key: 'c', label: 'C' },
    ]);
    expect(table.columns.map((c) => c.label)).toEqual(['Category', 'A', 'B', 'C', 'Median', 'P95']);
    expect(table.rows).toEqual([
      ['Y1', '2', '3', '5', '10', '12'],
      ['Y2', '4', '—', '—', '4', '4.5'],
    ]);
  });

  it('names the parts in the tooltip and has no P5 row for a whisker without a low end', () => {
    const tip = barTooltip(m.rows[0]!, fmt, LABELS, '—', [
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
      { key: 'c', label: 'C' },
    ]);
    expect(tip.rows.map((r) => [r.label, r.value])).toEqual([
      ['A', '2'],
      ['B', '3'],
      ['C', '5'],
      ['Median', '10'],
      ['P95', '12'],
    ]);
  });
});

describe('barChartModel: a reference value on a row (a budget)', () => {
  // Committed 6 with P5–P95 5–7 against a budget of 10; the second row has no budget.
  const marked: BarItem[] = [
    { key: 'y1', label: 'Y1', value: 6, low: 5, high: 7, mark: 10 },
    { key: 'y2', label: 'Y2', value: 3, low: 2, high: 4 },
  ];
  const m = barChartModel(base({ items: marked }));
  const perUnit = m.rows[0]!.barWidth / 6;

  it('draws the rule at the reference value, inside the plot, with the label right of it', () => {
    const r = m.rows[0]!;
    expect(r.mark).toBe(10);
    expect((r.markX! - m.zeroX) / perUnit).toBeCloseTo(10, 1);
    expect(r.markX!).toBeLessThanOrEqual(m.plot.right);
    expect(r.valueX).toBeGreaterThan(r.markX!);
    expect(m.rows[1]!.markX).toBeNull();
  });

  it('puts the reference value in the tooltip and table under its name, only where it is', () => {
    const labels = { ...LABELS, mark: 'Budget' };
    expect(barTooltip(m.rows[0]!, fmt, labels).rows.at(-1)).toEqual({
      label: 'Budget',
      value: '10',
    });
    expect(barTooltip(m.rows[1]!, fmt, labels).rows.map((r) => r.label)).toEqual([
      'Median',
      'P5',
      'P95',
    ]);
    const table = barTable(marked, fmt, pct, labels);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Category',
      'Median',
      'P5',
      'P95',
      'Budget',
    ]);
    expect(table.rows).toEqual([
      ['Y1', '6', '5', '7', '10'],
      ['Y2', '3', '2', '4', '—'],
    ]);
    expect(table.raw![1]).toEqual(['Y2', 3, 2, 4, null]);
    // Without marks the table is as before: no empty column.
    expect(barTable(ITEMS, fmt, pct, labels).columns).toHaveLength(4);
  });
});
