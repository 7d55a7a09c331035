// Types shared by the chart components and their pure models.
import type { Locale } from '../../engine/index.ts';

export type { Locale };

/**
 * Turns a value in the chart's unit into display text (the app decides 万元, %, ×…), optionally at
 * `step` (in the same unit), e.g. the precision a standard error allows.
 */
export type ValueFormat = (value: number, step?: number) => string;

/** A value that a run may leave undefined (no trial defined it): null, undefined or NaN. */
export type MaybeNumber = number | null | undefined;

/** Button texts of every chart frame, translated by the app. */
export interface FrameLabels {
  showTable: string;
  hideTable: string;
  downloadSvg: string;
  downloadPng: string;
  /** Shown only when given. */
  downloadCsv?: string;
}

/** A column of a chart's table view. */
export interface TableColumn {
  label: string;
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

/** The numbers a chart shows, already formatted, for its table view and CSV download. */
export interface ChartTable {
  columns: TableColumn[];
  rows: string[][];
  /**
   * The same cells unformatted, for the CSV: numbers at full precision in the chart's base unit
   * (CNY, fractions), null where missing.
   */
  raw?: (string | number | null)[][];
}

/** How a legend entry's swatch is drawn ('hatch': diagonal lines, a compared series' band). */
export type LegendShape =
  'band' | 'line' | 'dashed' | 'dotted' | 'hatch' | 'bar' | 'outline' | 'rule' | 'errorbar';

export interface LegendItem {
  label: string;
  color: string;
  shape: LegendShape;
  /** Fill opacity of bands and bars (default 1). */
  opacity?: number;
}

/** A labelled tick of an axis: its value, its position in pixels and its text. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plotting area in pixels. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What a tooltip shows: a heading and label/value rows. */
export interface TooltipContent {
  title: string;
  rows: TooltipRow[];
}

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
  /** A group heading (e.g. a scenario's name) over the rows that follow. */
  heading?: boolean;
}

/** True for a finite number; null, undefined, NaN and ±Infinity are missing values. */
export function isFiniteNumber(value: MaybeNumber): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A tooltip as one line of text, for aria-valuetext: 'Y2 Q1: A: P95 3%, median 1%; B: …'. */
export function tooltipToText(content: TooltipContent): string {
  const groups: string[] = [];
  let current: string[] = [];
  let heading = '';
  const flush = () => {
    if (current.length > 0 || heading) {
      groups.push(`${heading ? `${heading}: ` : ''}${current.join(', ')}`);
    }
    current = [];
  };
  for (const row of content.rows) {
    if (row.heading) {
      flush();
      heading = row.label;
    } else current.push(`${row.label} ${row.value}`);
  }
  flush();
  return groups.length > 0 ? `${content.title}: ${groups.join('; ')}` : content.title;
}
