// The bar chart's numbers: one horizontal bar per category from 0 to its value, an error bar
// over its P5–P95 range, category labels cut to fit, value labels clear of the error bars, and
// a height that follows the number of bars. Pure: tested without rendering.
import { finiteExtent, linearAxis, paddedDomain } from './axes.ts';
import {
  isFiniteNumber,
  type ChartTable,
  type Margin,
  type MaybeNumber,
  type PlotArea,
  type Tick,
  type TooltipContent,
  type ValueFormat,
} from './chartTypes.ts';
import { FONT_SIZE, textWidth, truncateToWidth } from './textMetrics.ts';

export interface BarItem {
  key: string;
  label: string;
  /** Length of the bar (e.g. the median); null when undefined. */
  value: MaybeNumber;
  /** Error bar, e.g. P5 and P95. */
  low?: MaybeNumber;
  high?: MaybeNumber;
  /** The kind of amount (e.g. spent, cash back, NAV), drawn in its own style. */
  group?: string;
  /**
   * A stacked bar: its parts, each in its group's style, laid end to end from zero (positive
   * parts rightwards, negative leftwards). `value` is then what the row's label reads, and a
   * `high` without a `low` is a whisker from the stack's end (e.g. the P95 of the total).
   */
  segments?: readonly BarSegmentInput[];
  /** The row's label as given, instead of the formatted value (e.g. 'sum · P95 …'). */
  valueText?: string;
  /** A reference value drawn as a rule across the row, e.g. the year's budget. */
  mark?: MaybeNumber;
  /** The tooltip as given, instead of the parts, value and range. */
  tooltip?: TooltipContent;
}

export interface BarSegmentInput {
  group: string;
  value: MaybeNumber;
}

/** A part of a stacked bar as drawn: [left, left + width] px. */
export interface BarSegment {
  group: string;
  value: number | null;
  left: number;
  width: number;
}

/** How the bars of a group are drawn, and its legend entry. */
export interface BarGroup {
  key: string;
  label: string;
  color: string;
  /** Diagonal lines instead of a solid fill: for what is not cash, such as NAV. */
  hatch?: boolean;
  /** An unfilled outline instead of a solid fill: e.g. what was offered but did not close. */
  outline?: boolean;
}

export interface BarChartInput {
  items: readonly BarItem[] | null | undefined;
  width: number;
  /** Value labels on the bars. */
  format: ValueFormat;
  /** Tick labels (default `format`). */
  tickFormat?: ValueFormat;
  xLabel?: string;
  fontSize?: number;
  /** Thickness of a bar and gap between bars, px (defaults 20 and 14). */
  barHeight?: number;
  gap?: number;
  /** Most of the width category labels may take (default 0.35). */
  maxLabelShare?: number;
  /** Shown for an undefined value (default '—'). */
  missing?: string;
}

export interface BarRow {
  key: string;
  label: string;
  group: string | null;
  /** The label as drawn: cut with '…' when it is too wide. */
  displayLabel: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** Vertical centre of the row and the bar's top, px. */
  y: number;
  barTop: number;
  /** The bar spans [barLeft, barLeft + barWidth] px. */
  barLeft: number;
  barWidth: number;
  /** Error bar ends, px (null without a range). */
  errorLeft: number | null;
  errorRight: number | null;
  /** The reference value and its rule's position, px (null without one). */
  mark: number | null;
  markX: number | null;
  valueLabel: string;
  valueX: number;
  /** The parts of a stacked bar, in the order given (empty for a plain bar). */
  segments: BarSegment[];
}

export interface BarChartModel {
  width: number;
  height: number;
  margin: Margin;
  plot: PlotArea;
  barHeight: number;
  rows: BarRow[];
  xTicks: Tick[];
  zeroX: number;
  empty: boolean;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
const num = (v: MaybeNumber) => (isFiniteNumber(v) ? v : null);

/** Bars, error bars and ticks; never throws on empty, null or NaN values. */
export function barChartModel(input: BarChartInput): BarChartModel {
  const fontSize = input.fontSize ?? FONT_SIZE;
  const width = Math.max(0, Number.isFinite(input.width) ? input.width : 0);
  const barHeight = input.barHeight ?? 20;
  const gap = input.gap ?? 14;
  const items = input.items ?? [];
  const missing = input.missing ?? '—';
  const values = items.map((it) => {
    const value = num(it.value);
    let low = num(it.low);
    let high = num(it.high);
    if (low !== null && high !== null && low > high) [low, high] = [high, low];
    return { value, low, high, mark: num(it.mark) };
  });
  const stacks = items.map((it) => stackEnds(it.segments ?? []));
  const extent = finiteExtent([
    ...values.flatMap((v) => [v.value, v.low, v.high, v.mark]),
    ...stacks.flatMap((s) => [s.positive, s.negative]),
  ]);
  const domain = paddedDomain(extent, true);

  const maxLabel = width * (input.maxLabelShare ?? 0.35);
  const labelWidth = Math.min(
    maxLabel,
    Math.max(0, ...items.map((it) => textWidth(it.label, fontSize))),
  );
  const valueLabels = values.map(
    (v, i) => items[i]!.valueText ?? (v.value === null ? missing : input.format(v.value)),
  );
  const left = Math.ceil(labelWidth + 12);
  const right = Math.ceil(Math.max(16, ...valueLabels.map((t) => textWidth(t, fontSize))) + 10);
  const top = 6;
  const bottom = fontSize + 12 + (input.xLabel ? fontSize + 8 : 0);
  const height = top + items.length * (barHeight + gap) + bottom;
  const plot: PlotArea = {
    left,
    right: Math.max(left + 1, width - right),
    top,
    bottom: height - bottom,
  };
  const axis = linearAxis({
    domain,
    range: [plot.left, plot.right],
    format: input.tickFormat ?? input.format,
    orientation: 'x',
    fontSize,
  });
  const x = axis.scale;
  const zeroX = x(0);

  const rows: BarRow[] = items.map((it, i) => {
    const { value, low, high, mark } = values[i]!;
    const y = top + i * (barHeight + gap) + (barHeight + gap) / 2;
    const stacked = (it.segments?.length ?? 0) > 0;
    const stack = stacks[i]!;
    const end = stacked ? x(stack.positive) : value === null ? zeroX : x(value);
    // A stacked bar's whisker without a low end starts where the stack ends.
    const whiskerFrom = stacked && low === null && high !== null ? stack.positive : low;
    const errorLeft = whiskerFrom !== null && high !== null ? x(whiskerFrom) : null;
    const errorRight = whiskerFrom !== null && high !== null ? x(high) : null;
    const markX = mark === null ? null : x(mark);
    const rightmost = Math.max(zeroX, end, errorRight ?? -Infinity, markX ?? -Infinity);
    let up = 0;
    let down = 0;
    const segments: BarSegment[] = (it.segments ?? []).map((seg) => {
      const v = num(seg.value);
      const from = v !== null && v < 0 ? down : up;
      const to = from + (v ?? 0);
      if (v !== null && v < 0) down = to;
      else up = to;
      return {
        group: seg.group,
        value: v,
        left: r2(Math.min(x(from), x(to))),
        width: r2(Math.abs(x(to) - x(from))),
      };
    });
    return {
      key: it.key,
      label: it.label,
      group: it.group ?? null,
      displayLabel: truncateToWidth(it.label, maxLabel, fontSize),
      value,
      low,
      high,
      y: r2(y),
      barTop: r2(y - barHeight / 2),
      barLeft: r2(stacked ? x(stack.negative) : Math.min(zeroX, end)),
      barWidth: r2(stacked ? x(stack.positive) - x(stack.negative) : Math.abs(end - zeroX)),
      errorLeft: errorLeft === null ? null : r2(errorLeft),
      errorRight: errorRight === null ? null : r2(errorRight),
      mark,
      markX: markX === null ? null : r2(markX),
      valueLabel: valueLabels[i]!,
      valueX: r2(rightmost + 6),
      segments,
    };
  });
  return {
    width,
    height,
    margin: { top, right, bottom, left },
    plot,
    barHeight,
    rows,
    xTicks: axis.ticks.map((t) => ({ ...t, pos: r2(t.pos) })),
    zeroX: r2(zeroX),
    empty: values.every((v) => v.value === null),
  };
}

/** Where a stack of parts ends on each side of zero: the sums of its positive and negative parts. */
function stackEnds(segments: readonly BarSegmentInput[]): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const seg of segments) {
    const v = num(seg.value);
    if (v === null) continue;
    if (v < 0) negative += v;
    else positive += v;
  }
  return { positive, negative };
}

export interface BarLabels {
  category: string;
  value: string;
  low: string;
  high: string;
  /** Table column of each value's share of the total, shown when given. */
  share?: string;
  /** The reference value's name (e.g. 'Budget'), in the tooltip and table of rows that have one. */
  mark?: string;
}

/** Tooltip of a bar: its parts (a stacked bar's, named by `groups`), its value and range. */
export function barTooltip(
  row: BarRow,
  format: ValueFormat,
  labels: BarLabels,
  missing = '—',
  groups: readonly { key: string; label: string; color?: string }[] = [],
): TooltipContent {
  const text = (v: number | null) => (v === null ? missing : format(v));
  const parts = row.segments.map((seg) => {
    const g = groups.find((x) => x.key === seg.group);
    return {
      label: g?.label ?? seg.group,
      value: text(seg.value),
      ...(g?.color ? { color: g.color } : {}),
    };
  });
  // A stacked bar's whisker has no low end: no P5 row.
  const stacked = row.segments.length > 0;
  return {
    title: row.label,
    rows: [
      ...parts,
      { label: labels.value, value: text(row.value) },
      ...(stacked && row.low === null ? [] : [{ label: labels.low, value: text(row.low) }]),
      { label: labels.high, value: text(row.high) },
      ...(row.mark === null ? [] : [{ label: labels.mark ?? '', value: text(row.mark) }]),
    ],
  };
}

/**
 * The table view: category, value, range and, when labelled, each value's share of the total of
 * its group (amounts of different kinds, such as money spent and money back, are not added up);
 * a group of one bar has no share.
 */
export function barTable(
  items: readonly BarItem[] | null | undefined,
  format: ValueFormat,
  shareFormat: ValueFormat,
  labels: BarLabels,
  missing = '—',
  groups: readonly { key: string; label: string }[] = [],
): ChartTable {
  const list = items ?? [];
  if (list.some((it) => (it.segments?.length ?? 0) > 0))
    return stackedTable(list, format, labels, missing, groups);
  const groupOf = (it: BarItem) => it.group ?? '';
  const totals = new Map<string, { sum: number; n: number }>();
  for (const it of list) {
    const t = totals.get(groupOf(it)) ?? { sum: 0, n: 0 };
    totals.set(groupOf(it), { sum: t.sum + (num(it.value) ?? 0), n: t.n + 1 });
  }
  const shareOf = (it: BarItem): number | null => {
    const v = num(it.value);
    const t = totals.get(groupOf(it))!;
    if (v === null || t.sum === 0 || (it.group !== undefined && t.n === 1)) return null;
    return v / t.sum;
  };
  const text = (v: MaybeNumber) => {
    const n = num(v);
    return n === null ? missing : format(n);
  };
  const marked = list.some((it) => num(it.mark) !== null);
  const columns = [
    { label: labels.category },
    { label: labels.value, numeric: true },
    { label: labels.low, numeric: true },
    { label: labels.high, numeric: true },
    ...(labels.share ? [{ label: labels.share, numeric: true }] : []),
    ...(marked ? [{ label: labels.mark ?? '', numeric: true }] : []),
  ];
  const rows = list.map((it) => {
    const row = [it.label, text(it.value), text(it.low), text(it.high)];
    if (labels.share) {
      const share = shareOf(it);
      row.push(share === null ? missing : shareFormat(share));
    }
    if (marked) row.push(text(it.mark));
    return row;
  });
  const raw = list.map((it) => {
    const row: (string | number | null)[] = [it.label, num(it.value), num(it.low), num(it.high)];
    if (labels.share) row.push(shareOf(it));
    if (marked) row.push(num(it.mark));
    return row;
  });
  return { columns, rows, raw };
}

/** A stacked bar's table: a column per group (in `groups`' order), then its value and high end. */
function stackedTable(
  list: readonly BarItem[],
  format: ValueFormat,
  labels: BarLabels,
  missing: string,
  groups: readonly { key: string; label: string }[],
): ChartTable {
  const partOf = (it: BarItem, group: string) =>
    num(it.segments?.find((seg) => seg.group === group)?.value);
  const columns = [
    { label: labels.category },
    ...groups.map((g) => ({ label: g.label, numeric: true })),
    { label: labels.value, numeric: true },
    { label: labels.high, numeric: true },
  ];
  const raw = list.map((it): (string | number | null)[] => [
    it.label,
    ...groups.map((g) => partOf(it, g.key)),
    num(it.value),
    num(it.high),
  ]);
  const rows = raw.map((r) =>
    r.map((v, i) => (i === 0 ? String(v) : typeof v === 'number' ? format(v) : missing)),
  );
  return { columns, rows, raw };
}

/** Metric statistics as kept in a run result. */
export interface QuantileStats {
  mean?: number | null;
  p5?: number | null;
  p50?: number | null;
  p95?: number | null;
}

/**
 * Bars from a run result's metrics: each entry's median (or mean) with its P5–P95 range; a
 * metric missing from the run gives a bar with no value.
 */
export function barItemsFromMetrics(
  metrics: Readonly<Record<string, QuantileStats | undefined>>,
  entries: readonly { key: string; label: string; group?: string }[],
  statistic: 'p50' | 'mean' = 'p50',
): BarItem[] {
  return entries.map(({ key, label, group }) => {
    const m = metrics[key];
    return {
      key,
      label,
      value: m?.[statistic] ?? null,
      low: m?.p5 ?? null,
      high: m?.p95 ?? null,
      ...(group === undefined ? {} : { group }),
    };
  });
}
