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
}

/** How the bars of a group are drawn, and its legend entry. */
export interface BarGroup {
  key: string;
  label: string;
  color: string;
  /** Diagonal lines instead of a solid fill: for what is not cash, such as NAV. */
  hatch?: boolean;
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
  valueLabel: string;
  valueX: number;
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
    return { value, low, high };
  });
  const extent = finiteExtent(values.flatMap((v) => [v.value, v.low, v.high]));
  const domain = paddedDomain(extent, true);

  const maxLabel = width * (input.maxLabelShare ?? 0.35);
  const labelWidth = Math.min(
    maxLabel,
    Math.max(0, ...items.map((it) => textWidth(it.label, fontSize))),
  );
  const valueLabels = values.map((v) => (v.value === null ? missing : input.format(v.value)));
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
    const { value, low, high } = values[i]!;
    const y = top + i * (barHeight + gap) + (barHeight + gap) / 2;
    const end = value === null ? zeroX : x(value);
    const errorLeft = low !== null && high !== null ? x(low) : null;
    const errorRight = low !== null && high !== null ? x(high) : null;
    const rightmost = Math.max(zeroX, end, errorRight ?? -Infinity);
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
      barLeft: r2(Math.min(zeroX, end)),
      barWidth: r2(Math.abs(end - zeroX)),
      errorLeft: errorLeft === null ? null : r2(errorLeft),
      errorRight: errorRight === null ? null : r2(errorRight),
      valueLabel: valueLabels[i]!,
      valueX: r2(rightmost + 6),
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

export interface BarLabels {
  category: string;
  value: string;
  low: string;
  high: string;
  /** Table column of each value's share of the total, shown when given. */
  share?: string;
}

/** Tooltip of a bar: its value and range. */
export function barTooltip(
  row: BarRow,
  format: ValueFormat,
  labels: BarLabels,
  missing = '—',
): TooltipContent {
  const text = (v: number | null) => (v === null ? missing : format(v));
  return {
    title: row.label,
    rows: [
      { label: labels.value, value: text(row.value) },
      { label: labels.low, value: text(row.low) },
      { label: labels.high, value: text(row.high) },
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
): ChartTable {
  const list = items ?? [];
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
  const columns = [
    { label: labels.category },
    { label: labels.value, numeric: true },
    { label: labels.low, numeric: true },
    { label: labels.high, numeric: true },
    ...(labels.share ? [{ label: labels.share, numeric: true }] : []),
  ];
  const rows = list.map((it) => {
    const row = [it.label, text(it.value), text(it.low), text(it.high)];
    if (labels.share) {
      const share = shareOf(it);
      row.push(share === null ? missing : shareFormat(share));
    }
    return row;
  });
  const raw = list.map((it) => {
    const row: (string | number | null)[] = [it.label, num(it.value), num(it.low), num(it.high)];
    if (labels.share) row.push(shareOf(it));
    return row;
  });
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
