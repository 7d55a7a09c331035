import { describe, expect, it } from 'vitest';
import { defaultQuarterLabel, defaultYearLabel } from '../../../src/ui/charts/axes.ts';
import {
  fanChartModel,
  fanIndexAt,
  fanY,
  placeReference,
  quarterOfIndex,
  type BandSeries,
  type FanChartInput,
} from '../../../src/ui/charts/fanChartModel.ts';
import type { MaybeNumber } from '../../../src/ui/charts/chartTypes.ts';
import { textWidth } from '../../../src/ui/charts/textMetrics.ts';

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** A series of n quarters whose quantiles are fixed offsets around a rising median. */
function ramp(n: number, step = 0.01): BandSeries {
  const at = (offset: number) => Array.from({ length: n }, (_, i) => i * step + offset);
  return { p5: at(0), p25: at(0.01), p50: at(0.02), p75: at(0.03), p95: at(0.04) };
}

const base = (over: Partial<FanChartInput> = {}): FanChartInput => ({
  series: ramp(40),
  width: 600,
  height: 300,
  tickFormat: pct,
  yearLabel: defaultYearLabel('en'),
  quarterLabel: defaultQuarterLabel('en'),
  yLabel: 'NPL ratio (%)',
  xLabel: 'Year',
  ...over,
});

/** Numbers of an SVG path, as pairs. */
function points(path: string): [number, number][] {
  const nums = (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

describe('fanChartModel: scales', () => {
  const model = fanChartModel(base());

  it('spreads the quarters evenly across the plot, first at the left edge, last at the right', () => {
    expect(model.xs).toHaveLength(40);
    expect(model.xs[0]).toBe(model.plot.left);
    expect(model.xs[39]).toBe(model.plot.right);
    const step = model.xs[1]! - model.xs[0]!;
    for (let i = 1; i < 40; i++) expect(model.xs[i]! - model.xs[i - 1]!).toBeCloseTo(step, 1);
  });

  it('starts y at 0 and rounds the top to a nice tick', () => {
    expect(model.yDomain[0]).toBe(0);
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(0.39 + 0.04);
    expect(model.yTicks[0]).toMatchObject({ value: 0, pos: model.plot.bottom, label: '0%' });
    expect(model.yTicks.at(-1)!.value).toBe(model.yDomain[1]);
    expect(model.yTicks.at(-1)!.pos).toBe(model.plot.top);
  });

  it.each([
    [300, 4],
    [200, 3],
    [120, 2],
  ])(
    'keeps y ticks at least 1.4 font sizes apart at a height of %s (≥ %s ticks)',
    (height, min) => {
      const { yTicks } = fanChartModel(base({ height }));
      expect(yTicks.length).toBeGreaterThanOrEqual(min);
      for (let i = 1; i < yTicks.length; i++) {
        expect(yTicks[i - 1]!.pos - yTicks[i]!.pos).toBeGreaterThanOrEqual(12 * 1.4);
      }
    },
  );

  it('widens the left margin for longer tick labels', () => {
    const short = fanChartModel(base({ tickFormat: (v) => String(v) }));
    const long = fanChartModel(base({ tickFormat: (v) => `CNY ${v.toFixed(2)} bn` }));
    expect(long.margin.left).toBeGreaterThan(short.margin.left + 30);
  });

  it('maps values onto the scale: fanY(domain ends) = plot bottom and top', () => {
    expect(fanY(model, model.yDomain[0])).toBe(model.plot.bottom);
    expect(fanY(model, model.yDomain[1])).toBe(model.plot.top);
  });

  it('includes negative values and marks where zero is', () => {
    const s = ramp(8, -0.1);
    const m = fanChartModel(base({ series: s }));
    expect(m.yDomain[0]).toBeLessThan(-0.69);
    expect(m.zeroY).not.toBeNull();
    expect(m.zeroY!).toBeGreaterThan(m.plot.top);
    expect(m.zeroY!).toBeLessThan(m.plot.bottom);
  });

  it('without includeZero fits the data only', () => {
    const s = ramp(8, 0.001);
    const shifted = Object.fromEntries(
      Object.entries(s).map(([k, v]) => [k, v.map((x: number) => x + 5)]),
    ) as unknown as BandSeries;
    const m = fanChartModel(base({ series: shifted, includeZero: false }));
    expect(m.yDomain[0]).toBeGreaterThan(4.9);
    expect(m.zeroY).toBeNull();
  });
});

describe('fanChartModel: year ticks', () => {
  it.each([
    ['en', 40, 600, ['Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9', 'Y10']],
    ['en', 60, 300, ['Y2', 'Y4', 'Y6', 'Y8', 'Y10', 'Y12', 'Y14']],
    ['en', 60, 200, ['Y5', 'Y10', 'Y15']],
    ['zh', 60, 600, ['第2年', '第4年', '第6年', '第8年', '第10年', '第12年', '第14年']],
    ['zh', 60, 1200, Array.from({ length: 15 }, (_, i) => `第${i + 1}年`)],
  ] as const)('%s, %s quarters, %s px wide: %j', (locale, n, width, labels) => {
    const m = fanChartModel(
      base({
        series: ramp(n),
        width,
        yearLabel: defaultYearLabel(locale),
        quarterLabel: defaultQuarterLabel(locale),
      }),
    );
    expect(m.xTicks.map((t) => t.label)).toEqual(labels);
  });

  it('puts the tick of year k at the end of quarter 4k', () => {
    const m = fanChartModel(base());
    const y1 = m.xTicks.find((t) => t.label === 'Y1')!;
    expect(y1.value).toBe(4);
    expect(y1.pos).toBe(m.xs[3]); // index 3 is quarter 4 when the first value is quarter 1
  });

  it('counts from quarter 0 when the series starts there', () => {
    const m = fanChartModel(base({ firstQuarter: 0, series: ramp(41) }));
    expect(m.xTicks.find((t) => t.label === 'Y1')!.pos).toBe(m.xs[4]);
  });

  it('labels first and last quarter when the series is shorter than a year', () => {
    const m = fanChartModel(base({ series: ramp(3) }));
    expect(m.xTicks.map((t) => t.label)).toEqual(['Y1 Q1', 'Y1 Q3']);
  });
});

describe('fanChartModel: one value per year', () => {
  // 15 years, as bank.nplRatioByYear over the default 15-year horizon.
  const model = fanChartModel(base({ series: ramp(15), period: 'year' }));

  it('draws year y at the end of its quarter 4y', () => {
    expect([0, 1, 14].map((i) => quarterOfIndex(i, { period: 'year' }))).toEqual([4, 8, 60]);
    expect(quarterOfIndex(0, { period: 'year', firstYear: 3 })).toBe(12);
    // Quarterly series are unchanged: index i is quarter firstQuarter + i.
    expect(quarterOfIndex(5, { firstQuarter: 0 })).toBe(5);
    expect(quarterOfIndex(5, {})).toBe(6);
  });

  it('spreads the years evenly, the first at the left edge and the last at the right', () => {
    expect(model.length).toBe(15);
    expect(model.period).toBe('year');
    expect(model.xs[0]).toBe(model.plot.left);
    expect(model.xs[14]).toBe(model.plot.right);
    // 14 gaps between 15 years: (right − left) / 14 each.
    const step = (model.plot.right - model.plot.left) / 14;
    for (let i = 1; i < 15; i++) expect(model.xs[i]! - model.xs[i - 1]!).toBeCloseTo(step, 1);
  });

  it('puts a year tick under every value, labelled by its year', () => {
    expect(model.xTicks.map((t) => t.label)).toEqual(
      Array.from({ length: 15 }, (_, i) => `Y${i + 1}`),
    );
    expect(model.xTicks.map((t) => t.pos)).toEqual(model.xs);
  });

  it('thins the year ticks in a narrow chart', () => {
    const narrow = fanChartModel(base({ series: ramp(15), period: 'year', width: 260 }));
    expect(narrow.xTicks.length).toBeLessThan(15);
    for (const t of narrow.xTicks) expect(narrow.xs).toContain(t.pos);
  });

  it('draws the median through each year at its value', () => {
    const median = points(model.primary.median);
    expect(median.map(([x]) => x)).toEqual(model.xs);
    // The ramp's median in year 3 (index 2) is 2 × 0.01 + 0.02 = 0.04.
    expect(median[2]![1]).toBe(fanY(model, 0.04));
  });

  it('sits a single year in the middle', () => {
    const one = fanChartModel(base({ series: ramp(1), period: 'year' }));
    expect(one.xs).toEqual([(one.plot.left + one.plot.right) / 2]);
    expect(one.xTicks.map((t) => t.label)).toEqual(['Y1']);
  });
});

describe('fanChartModel: paths', () => {
  it('draws the median through every quarter at its y', () => {
    const m = fanChartModel(base({ series: ramp(5) }));
    const pts = points(m.primary.median);
    expect(pts).toHaveLength(5);
    pts.forEach(([x, y], i) => {
      expect(x).toBe(m.xs[i]);
      expect(y).toBeCloseTo(fanY(m, i * 0.01 + 0.02), 1);
    });
  });

  it('draws each band as a closed area: upper edge out, lower edge back', () => {
    const m = fanChartModel(base({ series: ramp(4) }));
    expect(m.primary.band90.startsWith('M')).toBe(true);
    expect(m.primary.band90.endsWith('Z')).toBe(true);
    expect(points(m.primary.band90)).toHaveLength(8);
    expect(points(m.primary.band50)).toHaveLength(8);
  });

  it('breaks lines and bands where values are missing', () => {
    const s = ramp(6);
    const gap = (a: readonly MaybeNumber[]) => a.map((v, i) => (i === 2 ? null : v));
    const m = fanChartModel(
      base({
        series: {
          p5: gap(s.p5),
          p25: gap(s.p25),
          p50: gap(s.p50),
          p75: gap(s.p75),
          p95: gap(s.p95),
        },
      }),
    );
    expect(m.primary.median.match(/M/g)).toHaveLength(2);
    expect(m.primary.band90.match(/M/g)).toHaveLength(2);
  });

  it('draws the compared series with its own paths', () => {
    const m = fanChartModel(base({ series: ramp(8), compare: ramp(8, 0.02) }));
    expect(m.compare).not.toBeNull();
    expect(m.compare!.median).not.toBe(m.primary.median);
    expect(points(m.compare!.p95)).toHaveLength(8);
  });
});

describe('fanChartModel: reference line', () => {
  it('places the line at its value and keeps it in the domain', () => {
    const m = fanChartModel(base({ series: ramp(8, 0.001), reference: 0.5, referenceLabel: 'τ' }));
    expect(m.yDomain[1]).toBeGreaterThanOrEqual(0.5);
    expect(m.reference!.y).toBe(fanY(m, 0.5));
  });

  it('has no line for a missing reference', () => {
    expect(fanChartModel(base({ reference: Number.NaN })).reference).toBeNull();
    expect(fanChartModel(base({ reference: null })).reference).toBeNull();
  });

  const plot = { left: 50, right: 550, top: 20, bottom: 280 };
  it.each([
    ['nothing in the way: right, above', [], 'end', 546, 145],
    ['data right above: right, below', [[540, 140]], 'end', 546, 165],
    [
      'data right above and below: left, above',
      [
        [540, 140],
        [540, 160],
      ],
      'start',
      54,
      145,
    ],
  ] as const)('%s', (_name, pts, anchor, labelX, labelY) => {
    const r = placeReference(150, 0.045, 'Tolerance', plot, 12, pts);
    expect(r).toEqual({ y: 150, value: 0.045, labelX, labelY, anchor });
  });

  it('puts the label below the line when the line is at the top of the plot', () => {
    expect(placeReference(22, 1, 'Tolerance', plot, 12, []).labelY).toBe(22 + 15);
  });
});

describe('fanChartModel never throws on missing data', () => {
  it.each([
    ['null series', null],
    ['undefined series', undefined],
    ['empty arrays', { p5: [], p25: [], p50: [], p75: [], p95: [] }],
    [
      'all null',
      {
        p5: [null, null],
        p25: [null, null],
        p50: [null, null],
        p75: [null, null],
        p95: [null, null],
      },
    ],
    ['all NaN', { p5: [NaN], p25: [NaN], p50: [NaN], p75: [NaN], p95: [NaN] }],
  ] as const)('%s: an empty model with a [0, 1] axis', (_name, series) => {
    const m = fanChartModel(base({ series: series as BandSeries | null | undefined }));
    expect(m.empty).toBe(true);
    expect(m.primary.median).toBe('');
    expect(m.yDomain).toEqual([0, 1]);
  });

  it.each([0, -5, Number.NaN])('a width of %s', (width) => {
    expect(() => fanChartModel(base({ width }))).not.toThrow();
  });

  it('a single quarter sits in the middle', () => {
    const m = fanChartModel(base({ series: ramp(1) }));
    expect(m.xs).toEqual([(m.plot.left + m.plot.right) / 2]);
  });
});

describe('fanIndexAt finds the quarter under the pointer', () => {
  const m = fanChartModel(base({ series: ramp(5) }));
  it.each([
    ['left edge', m.plot.left, 0],
    ['just right of quarter 2', m.xs[1]! + 3, 1],
    ['halfway rounds up', (m.xs[2]! + m.xs[3]!) / 2 + 0.01, 3],
    ['right edge', m.plot.right, 4],
    ['a little past the right edge', m.plot.right + 5, 4],
    ['far left of the plot', 0, null],
    ['NaN', Number.NaN, null],
  ])('%s', (_name, px, index) => {
    expect(fanIndexAt(m, px)).toBe(index);
  });

  it('finds nothing without data', () => {
    expect(fanIndexAt(fanChartModel(base({ series: null })), 300)).toBeNull();
  });
});

describe('fanChartModel keeps end tick labels inside the chart', () => {
  it.each([
    ['zh', 3],
    ['en', 3],
    ['zh', 60],
    ['en', 61],
  ] as const)('%s, %s quarters', (locale, n) => {
    const m = fanChartModel(
      base({
        series: ramp(n),
        yearLabel: defaultYearLabel(locale),
        quarterLabel: defaultQuarterLabel(locale),
      }),
    );
    for (const t of m.xTicks) {
      expect(t.pos - textWidth(t.label) / 2).toBeGreaterThanOrEqual(0);
      expect(t.pos + textWidth(t.label) / 2).toBeLessThanOrEqual(m.width);
    }
  });
});

describe('fanChartModel: overlays', () => {
  it('draws an overlay through its points on the series’ x and y scales, and stretches y to hold it', () => {
    const m = fanChartModel(
      base({
        overlays: [
          {
            points: [
              [4, 0.1],
              [8, 0.9],
            ],
          },
        ],
      }),
    );
    // ramp(40) alone tops out at 0.43: the overlay's 0.9 widens the domain.
    expect(m.yDomain[1]).toBeGreaterThanOrEqual(0.9);
    expect(points(m.overlays[0]!)).toEqual([
      [m.xs[4], fanY(m, 0.1)],
      [m.xs[8], fanY(m, 0.9)],
    ]);
  });

  it('leaves out points that are not numbers, and gives an empty overlay an empty path', () => {
    const m = fanChartModel(
      base({
        overlays: [
          {
            points: [
              [1, 0.1],
              [2, Number.NaN],
              [3, 0.2],
            ],
          },
          { points: [] },
        ],
      }),
    );
    expect(m.overlays[0]!.match(/M/g)).toHaveLength(2);
    expect(m.overlays[1]).toBe('');
  });
});
