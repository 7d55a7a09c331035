// The fan chart's texts: legend entries, the tooltip of a quarter and the table view, from the
// series and the app's translated labels. Pure: tested without rendering.
import type {
  ChartTable,
  LegendItem,
  TooltipContent,
  TooltipRow,
  ValueFormat,
} from './chartTypes.ts';
import {
  BAND_KEYS,
  seriesLength,
  valueAt,
  type BandKey,
  type BandSeries,
  type Period,
} from './fanChartModel.ts';
import { BAND50_OPACITY, BAND90_OPACITY, COMPARE, PRIMARY } from './palette.ts';

/** Translated names of the bands and quantiles, from the app. */
export interface FanLabels {
  /** Legend and tooltip: 'P5–P95', 'P25–P75', 'Median'. */
  band90: string;
  band50: string;
  median: string;
  /** Table headers: the first column of a quarterly series, and of a yearly one. */
  quarter: string;
  year?: string;
  p5: string;
  p25: string;
  p50: string;
  p75: string;
  p95: string;
  /** Shown for a missing value (default '—'). */
  missing?: string;
}

export interface SeriesNames {
  primary?: string;
  compare?: string;
}

const named = (name: string | undefined, label: string) => (name ? `${name} · ${label}` : label);

/** How the x axis is counted, and the labels of its quarters or years. */
export interface PeriodOptions {
  /** Quarterly (default) or yearly values. */
  period?: Period;
  /** The quarter (counted from 1) of a quarterly series' first value (default 1). */
  firstQuarter?: number;
  /** The year (counted from 1) of a yearly series' first value (default 1). */
  firstYear?: number;
  quarterLabel: (quarter: number) => string;
  /** Needed for a yearly series ('第3年', 'Y3'); without it the year's number. */
  yearLabel?: (year: number) => string;
}

/** The label of index `i`: its quarter, or its year for a yearly series. */
export function periodLabel(options: PeriodOptions, i: number): string {
  if (options.period === 'year') {
    const year = (options.firstYear ?? 1) + i;
    return options.yearLabel ? options.yearLabel(year) : String(year);
  }
  return options.quarterLabel((options.firstQuarter ?? 1) + i);
}

/** The legend: bands and median of each series, and the reference line. */
export function fanLegend(
  labels: FanLabels,
  names: SeriesNames,
  hasCompare: boolean,
  reference?: { label: string; color: string } | null,
): LegendItem[] {
  const items: LegendItem[] = [
    {
      label: named(names.primary, labels.band90),
      color: PRIMARY,
      shape: 'band',
      opacity: BAND90_OPACITY,
    },
    {
      label: named(names.primary, labels.band50),
      color: PRIMARY,
      shape: 'band',
      opacity: BAND50_OPACITY,
    },
    { label: named(names.primary, labels.median), color: PRIMARY, shape: 'line' },
  ];
  if (hasCompare) {
    items.push(
      { label: named(names.compare, labels.band90), color: COMPARE, shape: 'dotted' },
      { label: named(names.compare, labels.band50), color: COMPARE, shape: 'hatch' },
      { label: named(names.compare, labels.median), color: COMPARE, shape: 'dashed' },
    );
  }
  if (reference) items.push({ label: reference.label, color: reference.color, shape: 'dashed' });
  return items;
}

/**
 * What the tooltip shows at index `i`: the quarter and each series' quantiles, top to bottom,
 * under each series' name when two are compared.
 */
export function fanTooltip(
  options: PeriodOptions & {
    series: BandSeries | null | undefined;
    compare?: BandSeries | null;
    index: number;
    format: ValueFormat;
    labels: FanLabels;
    names?: SeriesNames;
  },
): TooltipContent {
  const { index, format, labels } = options;
  const missing = labels.missing ?? '—';
  const text = (s: BandSeries | null | undefined, k: BandKey) => {
    const v = valueAt(s, k, index);
    return v === null ? missing : format(v);
  };
  const rowsOf = (s: BandSeries | null | undefined, color: string) => [
    { label: labels.p95, value: text(s, 'p95'), color },
    { label: labels.p75, value: text(s, 'p75'), color },
    { label: labels.median, value: text(s, 'p50'), color },
    { label: labels.p25, value: text(s, 'p25'), color },
    { label: labels.p5, value: text(s, 'p5'), color },
  ];
  const names = options.names ?? {};
  const rows: TooltipRow[] = [];
  if (options.compare) {
    rows.push({ label: names.primary ?? '', value: '', color: PRIMARY, heading: true });
    rows.push(...rowsOf(options.series, PRIMARY));
    rows.push({ label: names.compare ?? '', value: '', color: COMPARE, heading: true });
    rows.push(...rowsOf(options.compare, COMPARE));
  } else rows.push(...rowsOf(options.series, PRIMARY));
  return { title: periodLabel(options, index), rows };
}

/** The table view: one row per quarter (or year) with each series' quantiles. */
export function fanTable(
  options: PeriodOptions & {
    series: BandSeries | null | undefined;
    compare?: BandSeries | null;
    format: ValueFormat;
    labels: FanLabels;
    names?: SeriesNames;
  },
): ChartTable {
  const { format, labels } = options;
  const missing = labels.missing ?? '—';
  const n = Math.max(seriesLength(options.series), seriesLength(options.compare));
  const heads = (name?: string) =>
    BAND_KEYS.map((k) => ({ label: named(name, labels[k]), numeric: true }));
  const first = options.period === 'year' ? (labels.year ?? labels.quarter) : labels.quarter;
  const columns = [{ label: first }, ...heads(options.names?.primary)];
  if (options.compare) columns.push(...heads(options.names?.compare));
  const rows: string[][] = [];
  const raw: (string | number | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const values = (s: BandSeries | null | undefined) => BAND_KEYS.map((k) => valueAt(s, k, i));
    const quarter = periodLabel(options, i);
    const rowValues = [
      ...values(options.series),
      ...(options.compare ? values(options.compare) : []),
    ];
    rows.push([quarter, ...rowValues.map((v) => (v === null ? missing : format(v)))]);
    raw.push([quarter, ...rowValues]);
  }
  return { columns, rows, raw };
}
