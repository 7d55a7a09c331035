// The histogram's numbers: bars from a run result's {edges, counts} as shares of trials,
// an optional second histogram as an outline, quantile markers with labels that do not
// overlap, ticks, and the tooltip and table of a bin. Pure: tested without rendering.
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
import { stackLabels } from './labelLayout.ts';
import { FONT_SIZE, textWidth } from './textMetrics.ts';

/** `counts[j]` values lie in [edges[j], edges[j+1]), as in a run result's metric histogram. */
export interface HistogramData {
  edges: readonly number[];
  counts: readonly number[];
}

/** A vertical line at a value, e.g. the median or P5/P95, with its label above the plot. */
export interface HistogramMarker {
  key: string;
  value: MaybeNumber;
  label: string;
  color: string;
  dashed?: boolean;
}

export interface HistogramInput {
  histogram: HistogramData | null | undefined;
  /** A second histogram drawn as an outline over the first (e.g. scenario B). */
  compare?: HistogramData | null;
  markers?: readonly HistogramMarker[];
  width: number;
  height: number;
  /** x tick labels, in the metric's unit. */
  tickFormat: ValueFormat;
  /** y tick labels: a share of trials (0.12) as text ('12%'). */
  shareFormat: ValueFormat;
  yLabel?: string;
  xLabel?: string;
  fontSize?: number;
}

export interface HistogramBar {
  index: number;
  /** The bin [x0, x1) in the metric's unit. */
  x0: number;
  x1: number;
  count: number;
  /** count / total of the histogram. */
  share: number;
  /** Rectangle in px. */
  left: number;
  width: number;
  top: number;
  height: number;
}

export interface PlacedMarker {
  key: string;
  label: string;
  value: number;
  x: number;
  /** Centre of the label, px, and its row above the plot (0 nearest the plot). */
  labelX: number;
  row: number;
  color: string;
  dashed: boolean;
}

export interface HistogramModel {
  width: number;
  height: number;
  margin: Margin;
  plot: PlotArea;
  bars: HistogramBar[];
  compareBars: HistogramBar[];
  /** Step outline of the compared histogram. */
  compareOutline: string;
  xTicks: Tick[];
  yTicks: Tick[];
  markers: PlacedMarker[];
  /** Height of one row of marker labels above the plot, px. */
  markerRowHeight: number;
  total: number;
  compareTotal: number;
  empty: boolean;
}

interface Bin {
  index: number;
  x0: number;
  x1: number;
  count: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The valid bins of a histogram: finite ordered edges, counts as non-negative numbers. */
export function histogramBins(h: HistogramData | null | undefined): Bin[] {
  if (!h || !Array.isArray(h.edges) || !Array.isArray(h.counts)) return [];
  const n = Math.min(h.counts.length, h.edges.length - 1);
  const bins: Bin[] = [];
  for (let j = 0; j < n; j++) {
    const x0 = h.edges[j]!;
    const x1 = h.edges[j + 1]!;
    if (!isFiniteNumber(x0) || !isFiniteNumber(x1) || x1 < x0) continue;
    const c = h.counts[j]!;
    bins.push({ index: j, x0, x1, count: isFiniteNumber(c) && c > 0 ? c : 0 });
  }
  return bins;
}

/** Bars, ticks and markers of a histogram; never throws on empty, null or NaN data. */
export function histogramModel(input: HistogramInput): HistogramModel {
  const fontSize = input.fontSize ?? FONT_SIZE;
  const width = Math.max(0, Number.isFinite(input.width) ? input.width : 0);
  const height = Math.max(0, Number.isFinite(input.height) ? input.height : 0);
  const bins = histogramBins(input.histogram);
  const compareBins = input.compare ? histogramBins(input.compare) : [];
  const total = bins.reduce((s, b) => s + b.count, 0);
  const compareTotal = compareBins.reduce((s, b) => s + b.count, 0);
  const share = (count: number, of: number) => (of > 0 ? count / of : 0);
  const maxShare = Math.max(
    0,
    ...bins.map((b) => share(b.count, total)),
    ...compareBins.map((b) => share(b.count, compareTotal)),
  );
  const markerInputs = (input.markers ?? []).filter((m) => isFiniteNumber(m.value));
  const xExtent = finiteExtent([
    ...bins.flatMap((b) => [b.x0, b.x1]),
    ...compareBins.flatMap((b) => [b.x0, b.x1]),
    ...markerInputs.map((m) => m.value),
  ]);
  const xDomain = paddedDomain(xExtent, false);
  const yDomain: [number, number] = [0, maxShare > 0 ? maxShare : 1];

  const rowHeight = fontSize + 4;
  const yLabelRow = input.yLabel ? fontSize + 12 : 0;
  const bottom = fontSize + 12 + (input.xLabel ? fontSize + 8 : 0);
  // The y ticks set the left margin; the x scale then places the markers, whose rows set the top.
  const probe = linearAxis({
    domain: yDomain,
    range: [Math.max(1, height - bottom), yLabelRow + rowHeight],
    format: input.shareFormat,
    orientation: 'y',
    fontSize,
  });
  // x tick labels near the ends are centred on them: leave room for half of the end values.
  const half = (v: number) => textWidth(input.tickFormat(v), fontSize) / 2 + 4;
  const left = Math.ceil(
    Math.max(
      Math.max(24, ...probe.ticks.map((t) => textWidth(t.label, fontSize))) + 12,
      half(xDomain[0]),
    ),
  );
  const right = Math.ceil(Math.max(20, half(xDomain[1])));
  const plotRight = Math.max(left + 1, width - right);
  const xAxis = linearAxis({
    domain: xDomain,
    range: [left, plotRight],
    format: input.tickFormat,
    orientation: 'x',
    nice: false,
    fontSize,
  });
  const x = xAxis.scale;
  const placed = stackLabels(
    markerInputs.map((m) => ({
      center: x(m.value as number),
      width: textWidth(m.label, fontSize),
    })),
    [0, width],
  );
  const rows = markerInputs.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  const top = yLabelRow + rows * rowHeight + Math.ceil(fontSize * 0.75);
  const plot: PlotArea = {
    left,
    right: plotRight,
    top,
    bottom: Math.max(top + 1, height - bottom),
  };
  const yAxis = linearAxis({
    domain: yDomain,
    range: [plot.bottom, plot.top],
    format: input.shareFormat,
    orientation: 'y',
    fontSize,
  });
  const y = yAxis.scale;
  const minWidth = Math.max(3, (plot.right - plot.left) / 60);

  const toBars = (list: Bin[], of: number): HistogramBar[] =>
    list.map((b) => {
      let l = x(b.x0);
      let w = x(b.x1) - l;
      if (w < minWidth && b.x1 === b.x0) {
        l -= minWidth / 2;
        w = minWidth;
      }
      const s = share(b.count, of);
      const t = y(s);
      return {
        index: b.index,
        x0: b.x0,
        x1: b.x1,
        count: b.count,
        share: s,
        left: r2(l),
        width: r2(Math.max(0, w)),
        top: r2(t),
        height: r2(plot.bottom - t),
      };
    });
  const bars = toBars(bins, total);
  const compareBars = toBars(compareBins, compareTotal);
  let compareOutline = '';
  if (compareBars.length > 0) {
    compareOutline = `M${compareBars[0]!.left},${r2(plot.bottom)}`;
    for (const b of compareBars) compareOutline += `V${b.top}H${r2(b.left + b.width)}`;
    compareOutline += `V${r2(plot.bottom)}`;
  }

  return {
    width,
    height,
    margin: { top, right, bottom, left },
    plot,
    bars,
    compareBars,
    compareOutline,
    xTicks: xAxis.ticks.map((t) => ({ ...t, pos: r2(t.pos) })),
    yTicks: yAxis.ticks.map((t) => ({ ...t, pos: r2(t.pos) })),
    markers: markerInputs.map((m, i) => ({
      key: m.key,
      label: m.label,
      value: m.value as number,
      x: r2(x(m.value as number)),
      labelX: r2(placed[i]!.center),
      row: placed[i]!.row,
      color: m.color,
      dashed: m.dashed ?? false,
    })),
    markerRowHeight: rowHeight,
    total,
    compareTotal,
    empty: bins.length === 0 && compareBins.length === 0,
  };
}

/** The bar under `px`, or null. */
export function histogramBarAt(model: HistogramModel, px: number): HistogramBar | null {
  if (!Number.isFinite(px)) return null;
  return model.bars.find((b) => px >= b.left && px < b.left + Math.max(b.width, 1)) ?? null;
}

export interface HistogramLabels {
  /** Tooltip and table: 'Share of trials', 'Trials'. */
  share: string;
  count: string;
  /** Table headers of the bin's bounds. */
  from: string;
  to: string;
  /** Table header of the series column, shown when two histograms are compared. */
  series?: string;
}

/** Tooltip of a bar: its range, share and count. */
export function histogramTooltip(
  bar: HistogramBar,
  format: ValueFormat,
  shareFormat: ValueFormat,
  labels: HistogramLabels,
): TooltipContent {
  return {
    title: `${format(bar.x0)} – ${format(bar.x1)}`,
    rows: [
      { label: labels.share, value: shareFormat(bar.share) },
      { label: labels.count, value: String(bar.count) },
    ],
  };
}

/** The table view: every bin with its bounds, count and share; the series named when compared. */
export function histogramTable(options: {
  histogram: HistogramData | null | undefined;
  compare?: HistogramData | null;
  format: ValueFormat;
  shareFormat: ValueFormat;
  labels: HistogramLabels;
  names?: { primary?: string; compare?: string };
}): ChartTable {
  const { format, shareFormat, labels } = options;
  const withSeries = Boolean(options.compare);
  const columns = [
    ...(withSeries ? [{ label: labels.series ?? '' }] : []),
    { label: labels.from, numeric: true },
    { label: labels.to, numeric: true },
    { label: labels.count, numeric: true },
    { label: labels.share, numeric: true },
  ];
  const rows: string[][] = [];
  const raw: (string | number | null)[][] = [];
  const add = (h: HistogramData | null | undefined, name: string) => {
    const bins = histogramBins(h);
    const total = bins.reduce((s, b) => s + b.count, 0);
    for (const b of bins) {
      const share = total > 0 ? b.count / total : 0;
      const series = withSeries ? [name] : [];
      rows.push([...series, format(b.x0), format(b.x1), String(b.count), shareFormat(share)]);
      raw.push([...series, b.x0, b.x1, b.count, share]);
    }
  };
  add(options.histogram, options.names?.primary ?? '');
  if (options.compare) add(options.compare, options.names?.compare ?? '');
  return { columns, rows, raw };
}
