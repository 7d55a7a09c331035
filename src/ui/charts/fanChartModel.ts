// The fan chart's numbers: per-quarter P5–P95 and P25–P75 bands and the median line as SVG
// paths, year ticks on x, nice ticks on y, and a reference line with its label placed where it
// hides the least data (texts: fanChartText.ts). Pure: tested without rendering.
import { area, line } from 'd3';
import { finiteExtent, linearAxis, paddedDomain, yearTicks } from './axes.ts';
import {
  isFiniteNumber,
  type Margin,
  type MaybeNumber,
  type PlotArea,
  type Tick,
  type ValueFormat,
} from './chartTypes.ts';
import { FONT_SIZE, textWidth } from './textMetrics.ts';

/** Quantiles of a quantity per quarter, as in a run result's `series` (null where undefined). */
export interface BandSeries {
  p5: readonly MaybeNumber[];
  p25: readonly MaybeNumber[];
  p50: readonly MaybeNumber[];
  p75: readonly MaybeNumber[];
  p95: readonly MaybeNumber[];
}

export const BAND_KEYS = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** One value per quarter (as most series) or per year (as `bank.nplRatioByYear`). */
export type Period = 'quarter' | 'year';

/**
 * The quarter (counted from 1) at which index `i` of a series is drawn: quarter firstQuarter + i,
 * or for a yearly series the year's last quarter, 4 × (firstYear + i), where its year tick is.
 */
export function quarterOfIndex(
  i: number,
  options: { period?: Period; firstQuarter?: number; firstYear?: number },
): number {
  return options.period === 'year'
    ? 4 * ((options.firstYear ?? 1) + i)
    : (options.firstQuarter ?? 1) + i;
}
export type BandKey = (typeof BAND_KEYS)[number];

export interface FanChartInput {
  series: BandSeries | null | undefined;
  /** A second series overlaid in another colour (e.g. scenario B). */
  compare?: BandSeries | null;
  /** A horizontal reference line, e.g. the tolerated NPL ratio. */
  reference?: MaybeNumber;
  width: number;
  height: number;
  /** What one value of the series covers: a quarter (default) or a year. */
  period?: Period;
  /** The quarter (counted from 1) of index 0 of a quarterly series (default 1). */
  firstQuarter?: number;
  /** The year (counted from 1) of index 0 of a yearly series (default 1). */
  firstYear?: number;
  /** Stretch the y domain to include 0 (default true). */
  includeZero?: boolean;
  /** Y tick labels. */
  tickFormat: ValueFormat;
  yearLabel: (year: number) => string;
  quarterLabel: (quarter: number) => string;
  /** Axis titles, to size the margins. */
  yLabel?: string;
  xLabel?: string;
  /** Text of the reference line, placed where it hides the least data. */
  referenceLabel?: string;
  /** Lines over the bands, e.g. a fitted model's curve: values at some indices of the series. */
  overlays?: readonly FanOverlayInput[];
  fontSize?: number;
}

/** A line drawn over the bands through `points` ([index of the series, value]), in index order. */
export interface FanOverlayInput {
  points: readonly (readonly [number, number])[];
}

export interface FanPaths {
  band90: string;
  band50: string;
  median: string;
  /** The bands' outer edges as lines (a compared series is drawn with these). */
  p5: string;
  p95: string;
}

/** The reference line and where its label goes (baseline at labelY, anchored at labelX). */
export interface ReferenceLine {
  y: number;
  value: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface FanChartModel {
  width: number;
  height: number;
  margin: Margin;
  plot: PlotArea;
  /** Number of values on the x axis (the longer series): quarters or years. */
  length: number;
  period: Period;
  /** The quarter at which index 0 is drawn (for a yearly series, 4 × its first year). */
  firstQuarter: number;
  /** x of each index, px. */
  xs: number[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** The y scale's domain after rounding to nice values; maps linearly onto [plot.bottom, plot.top]. */
  yDomain: [number, number];
  /** y of the value 0 when it lies inside the domain. */
  zeroY: number | null;
  primary: FanPaths;
  compare: FanPaths | null;
  /** One path per overlay, in the order given ('' when it has no finite point). */
  overlays: string[];
  reference: ReferenceLine | null;
  /** True when neither series has a finite value. */
  empty: boolean;
}

const EMPTY_PATHS: FanPaths = { band90: '', band50: '', median: '', p5: '', p95: '' };

/** Number of quarters of a series (its longest quantile array). */
export function seriesLength(s: BandSeries | null | undefined): number {
  if (!s) return 0;
  return Math.max(...BAND_KEYS.map((k) => s[k]?.length ?? 0));
}

/** A quantile at quarter index `i`, or null when it is missing or not finite. */
export function valueAt(s: BandSeries | null | undefined, key: BandKey, i: number): number | null {
  const v = s?.[key]?.[i];
  return isFiniteNumber(v) ? v : null;
}

/** Rounds a pixel coordinate to 0.01 px, so paths are short and tests exact. */
const r2 = (v: number) => Math.round(v * 100) / 100;

function fanPaths(
  s: BandSeries | null | undefined,
  n: number,
  x: (i: number) => number,
  y: (v: number) => number,
): FanPaths {
  if (!s) return EMPTY_PATHS;
  const indices = Array.from({ length: n }, (_, i) => i);
  const band = (lo: BandKey, hi: BandKey) =>
    area<number>()
      .defined((i) => valueAt(s, lo, i) !== null && valueAt(s, hi, i) !== null)
      .x((i) => r2(x(i)))
      .y0((i) => r2(y(valueAt(s, lo, i)!)))
      .y1((i) => r2(y(valueAt(s, hi, i)!)))(indices) ?? '';
  const edge = (key: BandKey) =>
    line<number>()
      .defined((i) => valueAt(s, key, i) !== null)
      .x((i) => r2(x(i)))
      .y((i) => r2(y(valueAt(s, key, i)!)))(indices) ?? '';
  return {
    band90: band('p5', 'p95'),
    band50: band('p25', 'p75'),
    median: edge('p50'),
    p5: edge('p5'),
    p95: edge('p95'),
  };
}

/** Scales, ticks and paths of a fan chart; never throws on empty, null or NaN data. */
export function fanChartModel(input: FanChartInput): FanChartModel {
  const fontSize = input.fontSize ?? FONT_SIZE;
  const width = Math.max(0, Number.isFinite(input.width) ? input.width : 0);
  const height = Math.max(0, Number.isFinite(input.height) ? input.height : 0);
  const period = input.period ?? 'quarter';
  const quarterOf = (i: number) => quarterOfIndex(i, input);
  const firstQuarter = quarterOf(0);
  const n = Math.max(seriesLength(input.series), seriesLength(input.compare));
  const values: MaybeNumber[] = [];
  for (const s of [input.series, input.compare]) {
    if (s) for (const k of BAND_KEYS) values.push(...(s[k] ?? []));
  }
  for (const o of input.overlays ?? []) for (const [, v] of o.points) values.push(v);
  const dataExtent = finiteExtent(values);
  const reference = isFiniteNumber(input.reference) ? input.reference : null;
  const extent = finiteExtent([...(dataExtent ?? []), reference]);
  const domain = paddedDomain(extent, input.includeZero ?? true);

  // y tick labels decide the left margin; lay the axis out once to measure them.
  const top = (input.yLabel ? fontSize + 12 : 0) + Math.ceil(fontSize * 0.75);
  const bottom = fontSize + 12 + (input.xLabel ? fontSize + 8 : 0);
  const probe = linearAxis({
    domain,
    range: [Math.max(top + 1, height - bottom), top],
    format: input.tickFormat,
    orientation: 'y',
    fontSize,
  });
  const lastQuarter = quarterOf(Math.max(0, n - 1));
  // Tick labels are centred on the plot's ends: leave half of each end label's width outside.
  // Within a single year the ends are labelled by quarter, else the last tick is a year; a
  // yearly series has a year tick at each end.
  const wholeYear = Math.floor(lastQuarter / 4) >= Math.max(1, Math.ceil(firstQuarter / 4));
  const half = (text: string) => textWidth(text, fontSize) / 2 + 4;
  const firstLabel =
    period === 'year'
      ? input.yearLabel(firstQuarter / 4)
      : wholeYear
        ? ''
        : input.quarterLabel(firstQuarter);
  const lastLabel = wholeYear
    ? input.yearLabel(Math.floor(lastQuarter / 4))
    : input.quarterLabel(lastQuarter);
  const left = Math.ceil(
    Math.max(
      Math.max(24, ...probe.ticks.map((t) => textWidth(t.label, fontSize))) + 12,
      n > 0 ? half(firstLabel) : 0,
    ),
  );
  const right = Math.ceil(Math.max(16, n > 0 ? half(lastLabel) : 0));
  const margin: Margin = { top, right, bottom, left };
  const plot: PlotArea = {
    left,
    right: Math.max(left + 1, width - right),
    top,
    bottom: Math.max(top + 1, height - bottom),
  };

  const yAxis = linearAxis({
    domain,
    range: [plot.bottom, plot.top],
    format: input.tickFormat,
    orientation: 'y',
    fontSize,
  });
  const y = yAxis.scale;
  const span = Math.max(1, lastQuarter - firstQuarter);
  const xOfQuarter = (q: number) =>
    n <= 1
      ? (plot.left + plot.right) / 2
      : plot.left + ((q - firstQuarter) / span) * (plot.right - plot.left);
  const x = (i: number) => xOfQuarter(quarterOf(i));
  const xs = Array.from({ length: n }, (_, i) => r2(x(i)));
  const xTicks =
    n === 0
      ? []
      : yearTicks({
          firstQuarter,
          lastQuarter,
          x: (q) => r2(xOfQuarter(q)),
          yearLabel: input.yearLabel,
          quarterLabel: input.quarterLabel,
          fontSize,
        });
  const [d0, d1] = y.domain() as [number, number];
  return {
    width,
    height,
    margin,
    plot,
    length: n,
    period,
    firstQuarter,
    xs,
    xTicks,
    yTicks: yAxis.ticks.map((t) => ({ ...t, pos: r2(t.pos) })),
    yDomain: [d0, d1],
    zeroY: d0 <= 0 && d1 >= 0 ? r2(y(0)) : null,
    primary: fanPaths(input.series, n, x, y),
    compare: input.compare ? fanPaths(input.compare, n, x, y) : null,
    overlays: (input.overlays ?? []).map(
      (o) =>
        line<readonly [number, number]>()
          .defined(([i, v]) => Number.isFinite(i) && isFiniteNumber(v))
          .x(([i]) => r2(x(i)))
          .y(([, v]) => r2(y(v)))(o.points) ?? '',
    ),
    reference:
      reference === null
        ? null
        : placeReference(r2(y(reference)), reference, input.referenceLabel ?? '', plot, fontSize, [
            ...dataPoints(input.series, n, x, y),
            ...dataPoints(input.compare, n, x, y),
          ]),
    empty: dataExtent === null,
  };
}

/** Pixel positions of the median and inner-band edges of a series. */
function dataPoints(
  s: BandSeries | null | undefined,
  n: number,
  x: (i: number) => number,
  y: (v: number) => number,
): [number, number][] {
  const points: [number, number][] = [];
  if (!s) return points;
  for (let i = 0; i < n; i++) {
    for (const k of ['p25', 'p50', 'p75'] as const) {
      const v = valueAt(s, k, i);
      if (v !== null) points.push([x(i), y(v)]);
    }
  }
  return points;
}

/**
 * The reference line's label at the right or left end of the line, above or below it: of the
 * places that fit inside the plot, the one over the fewest data points (right above on a tie).
 */
export function placeReference(
  y: number,
  value: number,
  label: string,
  plot: PlotArea,
  fontSize: number,
  points: readonly (readonly [number, number])[],
): ReferenceLine {
  const w = textWidth(label, fontSize);
  const candidates = [
    { anchor: 'end' as const, labelX: plot.right - 4, labelY: y - 5 },
    { anchor: 'end' as const, labelX: plot.right - 4, labelY: y + fontSize + 3 },
    { anchor: 'start' as const, labelX: plot.left + 4, labelY: y - 5 },
    { anchor: 'start' as const, labelX: plot.left + 4, labelY: y + fontSize + 3 },
  ];
  let best = candidates[0]!;
  let bestScore = Infinity;
  for (const c of candidates) {
    const top = c.labelY - fontSize;
    const bottom = c.labelY + 3;
    if (top < plot.top - 1 || bottom > plot.bottom + 1) continue;
    const left = c.anchor === 'end' ? c.labelX - w : c.labelX;
    const right = left + w;
    let score = 0;
    for (const [px, py] of points) {
      if (px >= left - 2 && px <= right + 2 && py >= top - 2 && py <= bottom + 2) score++;
    }
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return { y, value, labelX: r2(best.labelX), labelY: r2(best.labelY), anchor: best.anchor };
}

/** The y in px of `value` on the model's scale. */
export function fanY(model: FanChartModel, value: number): number {
  const [d0, d1] = model.yDomain;
  const t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
  return r2(model.plot.bottom + t * (model.plot.top - model.plot.bottom));
}

/** The index of the quarter nearest to `px` on the x axis, or null outside the plot or with no data. */
export function fanIndexAt(model: FanChartModel, px: number): number | null {
  if (model.length === 0 || !Number.isFinite(px)) return null;
  if (px < model.plot.left - 8 || px > model.plot.right + 8) return null;
  if (model.length === 1) return 0;
  const t = (px - model.plot.left) / (model.plot.right - model.plot.left);
  return Math.min(model.length - 1, Math.max(0, Math.round(t * (model.length - 1))));
}

/** A marked index (the horizon's last quarter) as a vertical rule with a label beside it. */
export interface IndexMark {
  x: number;
  top: number;
  bottom: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/**
 * A rule at the last index of the series and its label: to its left, at the top of the plot,
 * where a J-curve's last-quarter jump (the horizon's NAV) is marked; to its right when the label
 * would not fit inside the plot on the left. Null with no data.
 */
export function lastIndexMark(
  model: FanChartModel,
  label: string,
  fontSize = FONT_SIZE,
): IndexMark | null {
  const x = model.xs.at(-1);
  if (x === undefined || model.empty) return null;
  const w = textWidth(label, fontSize);
  const fitsLeft = x - 6 - w >= model.plot.left;
  return {
    x,
    top: model.plot.top,
    bottom: model.plot.bottom,
    labelX: r2(fitsLeft ? x - 6 : x + 6),
    labelY: r2(model.plot.top + fontSize),
    anchor: fitsLeft ? 'end' : 'start',
  };
}
