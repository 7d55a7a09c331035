// Scales and ticks: nice linear ticks thinned until their labels fit, and year ticks for axes
// in quarters. Pure: positions and label texts, no DOM.
import { scaleLinear, type ScaleLinear } from 'd3';
import { isFiniteNumber, type MaybeNumber, type Tick, type ValueFormat } from './chartTypes.ts';
import { FONT_SIZE, textWidth } from './textMetrics.ts';

/** Smallest and largest finite value, or null when there is none. */
export function finiteExtent(values: Iterable<MaybeNumber>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!isFiniteNumber(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : null;
}

/**
 * A domain to draw `extent` in: [0, 1] when there is no data, widened around a single value,
 * and stretched to 0 when `includeZero`.
 */
export function paddedDomain(
  extent: [number, number] | null,
  includeZero = false,
): [number, number] {
  if (extent === null) return [0, 1];
  let [min, max] = extent;
  if (includeZero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return includeZero && min >= 0
      ? [0, max + pad]
      : includeZero
        ? [min - pad, 0]
        : [min - pad, max + pad];
  }
  return [min, max];
}

export interface LinearAxisOptions {
  domain: [number, number];
  /** Pixel range: [left, right] for x, [bottom, top] for y. */
  range: [number, number];
  format: ValueFormat;
  orientation: 'x' | 'y';
  /** Extend the domain to round tick values (default true). */
  nice?: boolean;
  fontSize?: number;
  /** Wanted px between ticks before thinning (default 80 for x, 44 for y). */
  spacing?: number;
}

export interface LinearAxis {
  scale: ScaleLinear<number, number>;
  ticks: Tick[];
}

function ticksFit(ticks: Tick[], orientation: 'x' | 'y', fontSize: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (a.label === b.label) return false;
    const room = Math.abs(b.pos - a.pos);
    const need =
      orientation === 'x'
        ? (textWidth(a.label, fontSize) + textWidth(b.label, fontSize)) / 2 + fontSize * 0.8
        : fontSize * 1.4;
    if (room < need) return false;
  }
  return true;
}

/**
 * A linear scale with round ticks whose labels do not overlap: it starts from one tick every
 * `spacing` px and asks for fewer until adjacent labels fit and no two read the same.
 */
export function linearAxis(options: LinearAxisOptions): LinearAxis {
  const { domain, range, format, orientation } = options;
  const fontSize = options.fontSize ?? FONT_SIZE;
  const nice = options.nice ?? true;
  const length = Math.abs(range[1] - range[0]);
  const spacing = options.spacing ?? (orientation === 'x' ? 80 : 44);
  let count = Math.max(2, Math.floor(length / spacing));
  for (;;) {
    const scale = scaleLinear().domain(domain).range(range);
    if (nice) scale.nice(count);
    const ticks = scale.ticks(count).map((value) => ({
      value,
      pos: scale(value),
      label: format(value),
    }));
    if (count <= 1 || ticksFit(ticks, orientation, fontSize)) return { scale, ticks };
    count = count > 2 ? Math.floor(count * 0.66) : 1;
  }
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * Ticks at year ends (quarter 4k) between `firstQuarter` and `lastQuarter`, every 1, 2, 5… years
 * as the labels need. With no whole year in range, the first and last quarters.
 */
export function yearTicks(options: {
  firstQuarter: number;
  lastQuarter: number;
  x: (quarter: number) => number;
  yearLabel: (year: number) => string;
  quarterLabel: (quarter: number) => string;
  fontSize?: number;
}): Tick[] {
  const { firstQuarter, lastQuarter, x, yearLabel, quarterLabel } = options;
  const fontSize = options.fontSize ?? FONT_SIZE;
  const firstYear = Math.max(1, Math.ceil(firstQuarter / 4));
  const lastYear = Math.floor(lastQuarter / 4);
  if (lastYear < firstYear) {
    const quarters = firstQuarter === lastQuarter ? [firstQuarter] : [firstQuarter, lastQuarter];
    return quarters.map((q) => ({ value: q, pos: x(q), label: quarterLabel(q) }));
  }
  let ticks: Tick[] = [];
  for (const step of YEAR_STEPS) {
    ticks = [];
    for (let year = firstYear; year <= lastYear; year++) {
      if (year % step !== 0) continue;
      ticks.push({ value: year * 4, pos: x(year * 4), label: yearLabel(year) });
    }
    if (ticks.length <= 1 || ticksFit(ticks, 'x', fontSize)) return ticks;
  }
  return ticks;
}

/** 'Y3' or '第3年'. */
export function defaultYearLabel(locale: 'zh' | 'en'): (year: number) => string {
  return locale === 'zh' ? (year) => `第${year}年` : (year) => `Y${year}`;
}

/** Quarter 10 (counted from 1) is 'Y3 Q2' or '第3年第2季度'. */
export function defaultQuarterLabel(locale: 'zh' | 'en'): (quarter: number) => string {
  return (quarter) => {
    const year = Math.floor((quarter - 1) / 4) + 1;
    const q = quarter - (year - 1) * 4;
    if (quarter < 1) return locale === 'zh' ? `第${quarter}季度` : `Q${quarter}`;
    return locale === 'zh' ? `第${year}年第${q}季度` : `Y${year} Q${q}`;
  };
}
