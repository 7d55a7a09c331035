import { describe, expect, it } from 'vitest';
import {
  histogramBarAt,
  histogramBins,
  histogramModel,
  histogramTable,
  histogramTooltip,
  type HistogramData,
  type HistogramInput,
  type HistogramLabels,
} from '../../../src/ui/charts/histogramModel.ts';
import { textWidth } from '../../../src/ui/charts/textMetrics.ts';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const num = (v: number) => String(Math.round(v * 100) / 100);

const H: HistogramData = { edges: [0, 1, 2, 3, 4], counts: [1, 3, 4, 2] };
const base = (over: Partial<HistogramInput> = {}): HistogramInput => ({
  histogram: H,
  width: 500,
  height: 250,
  tickFormat: num,
  shareFormat: pct,
  yLabel: 'Share of trials (%)',
  xLabel: 'TVPI (×)',
  ...over,
});
const LABELS: HistogramLabels = {
  share: 'Share',
  count: 'Trials',
  from: 'From',
  to: 'To',
  series: 'Scenario',
};

describe('histogramBins reads {edges, counts}', () => {
  it.each([
    ['a normal histogram', H, 4],
    ['no bins', { edges: [], counts: [] }, 0],
    ['one value in every trial', { edges: [2, 2], counts: [10] }, 1],
    ['more counts than bins', { edges: [0, 1], counts: [1, 2, 3] }, 1],
    ['a NaN edge drops its bins', { edges: [0, Number.NaN, 2], counts: [1, 1] }, 0],
    ['decreasing edges', { edges: [2, 1], counts: [1] }, 0],
    ['null', null, 0],
  ] as const)('%s: %s bins', (_name, h, n) => {
    expect(histogramBins(h as HistogramData | null)).toHaveLength(n);
  });

  it('treats NaN and negative counts as 0', () => {
    expect(
      histogramBins({ edges: [0, 1, 2], counts: [Number.NaN, -2] }).map((b) => b.count),
    ).toEqual([0, 0]);
  });
});

describe('histogramModel: bars', () => {
  const m = histogramModel(base());

  it('gives each bar its share of all trials', () => {
    expect(m.total).toBe(10);
    expect(m.bars.map((b) => b.share)).toEqual([0.1, 0.3, 0.4, 0.2]);
  });

  it('places bars edge to edge across the plot', () => {
    expect(m.bars[0]!.left).toBe(m.plot.left);
    for (let i = 1; i < m.bars.length; i++) {
      expect(m.bars[i]!.left).toBeCloseTo(m.bars[i - 1]!.left + m.bars[i - 1]!.width, 1);
    }
    const last = m.bars.at(-1)!;
    expect(last.left + last.width).toBeCloseTo(m.plot.right, 1);
  });

  it('makes bar heights proportional to shares, from the baseline', () => {
    for (const b of m.bars) expect(b.top + b.height).toBeCloseTo(m.plot.bottom, 1);
    expect(m.bars[2]!.height / m.bars[0]!.height).toBeCloseTo(4, 2);
  });

  it('has y ticks in percent from 0 to at least the highest share', () => {
    expect(m.yTicks[0]!.label).toBe('0%');
    expect(m.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(0.4);
  });

  it('has x ticks inside the data range (not rounded outward)', () => {
    for (const t of m.xTicks) {
      expect(t.value).toBeGreaterThanOrEqual(0);
      expect(t.value).toBeLessThanOrEqual(4);
    }
  });

  it('draws a single-value histogram as a visible bar at the value', () => {
    const one = histogramModel(base({ histogram: { edges: [2, 2], counts: [7] } }));
    expect(one.bars).toHaveLength(1);
    expect(one.bars[0]!.share).toBe(1);
    expect(one.bars[0]!.width).toBeGreaterThanOrEqual(3);
  });
});

describe('histogramModel: comparison', () => {
  const B: HistogramData = { edges: [2, 4, 6], counts: [5, 15] };
  const m = histogramModel(base({ compare: B }));

  it('puts both on one x scale that spans both', () => {
    expect(m.bars[0]!.left).toBe(m.plot.left);
    const last = m.compareBars.at(-1)!;
    expect(last.left + last.width).toBeCloseTo(m.plot.right, 1);
  });

  it('gives the compared bars their shares of their own total', () => {
    expect(m.compareTotal).toBe(20);
    expect(m.compareBars.map((b) => b.share)).toEqual([0.25, 0.75]);
  });

  it('outlines the compared histogram as one step path from and back to the baseline', () => {
    const first = m.compareBars[0]!;
    const last = m.compareBars.at(-1)!;
    expect(m.compareOutline).toBe(
      `M${first.left},${m.plot.bottom}V${first.top}H${Math.round((first.left + first.width) * 100) / 100}` +
        `V${last.top}H${Math.round((last.left + last.width) * 100) / 100}V${m.plot.bottom}`,
    );
  });
});

describe('histogramModel: markers', () => {
  it('places each marker at its value', () => {
    const m = histogramModel(
      base({ markers: [{ key: 'p50', value: 2, label: 'Median', color: '#000' }] }),
    );
    expect(m.markers[0]!.x).toBeCloseTo((m.plot.left + m.plot.right) / 2, 1);
  });

  it('stacks labels that would overlap on separate rows and grows the top margin', () => {
    const one = histogramModel(
      base({ markers: [{ key: 'a', value: 2, label: 'Median', color: '#000' }] }),
    );
    const two = histogramModel(
      base({
        markers: [
          { key: 'a', value: 2, label: 'Median', color: '#000' },
          { key: 'b', value: 2.05, label: 'Median B', color: '#f00' },
        ],
      }),
    );
    expect(two.markers.map((mk) => mk.row).sort()).toEqual([0, 1]);
    expect(two.plot.top - one.plot.top).toBe(two.markerRowHeight);
  });

  it('keeps labels that do not overlap on one row', () => {
    const m = histogramModel(
      base({
        markers: [
          { key: 'p5', value: 0.2, label: 'P5', color: '#000' },
          { key: 'p95', value: 3.8, label: 'P95', color: '#000' },
        ],
      }),
    );
    expect(m.markers.map((mk) => mk.row)).toEqual([0, 0]);
  });

  it('leaves out markers with no value', () => {
    const m = histogramModel(
      base({
        markers: [
          { key: 'a', value: null, label: 'A', color: '#000' },
          { key: 'b', value: Number.NaN, label: 'B', color: '#000' },
        ],
      }),
    );
    expect(m.markers).toEqual([]);
  });
});

describe('histogramModel never throws on missing data', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['no bins', { edges: [], counts: [] }],
    ['all counts zero', { edges: [0, 1], counts: [0] }],
  ] as const)('%s', (_name, histogram) => {
    const m = histogramModel(base({ histogram: histogram as HistogramData | null }));
    expect(m.yTicks.length).toBeGreaterThan(0);
    expect(m.bars.every((b) => b.height === 0)).toBe(true);
  });

  it('reports empty only when there are no bins at all', () => {
    expect(histogramModel(base({ histogram: null })).empty).toBe(true);
    expect(histogramModel(base()).empty).toBe(false);
  });
});

describe('histogramBarAt, tooltip and table', () => {
  const m = histogramModel(base());

  it.each([
    ['inside bar 2', (b: typeof m.bars) => b[1]!.left + 1, 1],
    ['left edge', (b: typeof m.bars) => b[0]!.left, 0],
    ['left of the plot', () => 0, null],
    ['NaN', () => Number.NaN, null],
  ])('%s', (_name, px, index) => {
    expect(histogramBarAt(m, px(m.bars))?.index ?? null).toBe(index);
  });

  it('the tooltip gives the bin, share and count', () => {
    expect(histogramTooltip(m.bars[1]!, num, pct, LABELS)).toEqual({
      title: '1 – 2',
      rows: [
        { label: 'Share', value: '30%' },
        { label: 'Trials', value: '3' },
      ],
    });
  });

  it('the table lists every bin; with a comparison, a scenario column first', () => {
    expect(histogramTable({ histogram: H, format: num, shareFormat: pct, labels: LABELS })).toEqual(
      {
        columns: [
          { label: 'From', numeric: true },
          { label: 'To', numeric: true },
          { label: 'Trials', numeric: true },
          { label: 'Share', numeric: true },
        ],
        rows: [
          ['0', '1', '1', '10%'],
          ['1', '2', '3', '30%'],
          ['2', '3', '4', '40%'],
          ['3', '4', '2', '20%'],
        ],
        raw: [
          [0, 1, 1, 0.1],
          [1, 2, 3, 0.3],
          [2, 3, 4, 0.4],
          [3, 4, 2, 0.2],
        ],
      },
    );
    const t = histogramTable({
      histogram: H,
      compare: { edges: [0, 1], counts: [3] },
      format: num,
      shareFormat: pct,
      labels: LABELS,
      names: { primary: 'A', compare: 'B' },
    });
    expect(t.columns[0]!.label).toBe('Scenario');
    expect(t.rows.at(-1)).toEqual(['B', '0', '1', '3', '100%']);
  });
});

describe('histogramModel keeps x tick labels inside the chart', () => {
  it.each([
    ['short labels', (v: number) => v.toFixed(1)],
    ['long labels', (v: number) => `${(v * 4.2).toFixed(2)} 亿元`],
  ])('%s', (_name, tickFormat) => {
    const m = histogramModel(base({ tickFormat, width: 400 }));
    for (const t of m.xTicks) {
      expect(t.pos - textWidth(t.label) / 2).toBeGreaterThanOrEqual(0);
      expect(t.pos + textWidth(t.label) / 2).toBeLessThanOrEqual(m.width);
    }
  });
});
