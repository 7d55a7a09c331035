// The metric table's rows: for each metric key, its label and definition from the engine's
// catalog (in the reader's language), its median and P5–P95 over trials formatted by its unit —
// or, for a 0/1 indicator, its mean as a probability — and a note on the trials in which it is
// undefined, with the reasons when the caller knows them. Pure: tested without rendering.
import {
  describeMetric,
  type Locale,
  type MetricEntry,
  type MetricStats,
  type MetricUnit,
} from '../../engine/index.ts';
import { metricDefinition } from '../i18n/metricDefinitions.ts';
import { isFiniteNumber, type ValueFormat } from './chartTypes.ts';

/** Why a metric can be undefined in a trial; the texts are in the labels. */
export type UndefinedReason = 'chainGain' | 'noBackedFirm' | 'noBackedListing' | 'smallBook';

export interface MetricRowSpec {
  key: string;
  /**
   * Why the metric is undefined in the trials where it is. `indicator` names a 0/1 metric that is 1
   * in every such trial for `reason` (its mean × trials counts them); the rest are `otherwise`.
   * Without an indicator every undefined trial is put down to `reason`, so give one only when the
   * catalog's definition says it is the sole cause.
   */
  undefinedBecause?: { reason: UndefinedReason; indicator?: string; otherwise?: UndefinedReason };
  /** A sentence after the definition, e.g. the book size the peak is taken over. */
  note?: string;
}

export interface MetricGroupSpec {
  title: string;
  rows: readonly MetricRowSpec[];
}

/** What the undefined note says: counts of trials, and of each reason. */
export interface UndefinedNote {
  /** Trials in which the metric is undefined, in all, and defined. */
  count: number;
  trials: number;
  defined: number;
  /** count ÷ trials, formatted. */
  share: string;
  parts: { reason: UndefinedReason; count: number }[];
}

export interface MetricTableLabels {
  /** Column headers. */
  metric: string;
  median: string;
  range: string;
  /** Beside an indicator's value: it is a probability, not a median. */
  probability: string;
  /** Explains ± (the standard error of a probability). */
  stderr: string;
  /** Shown for a value the run does not have (default '—'). */
  missing?: string;
  undefinedNote: (note: UndefinedNote) => string;
}

export interface MetricRow {
  key: string;
  label: string;
  unit: MetricUnit;
  better: 'higher' | 'lower' | null;
  /** The median, or for an indicator its mean (a probability). */
  value: string;
  kind: 'median' | 'probability';
  /** An indicator's Monte Carlo standard error, formatted; null otherwise. */
  stderr: string | null;
  /** 'P5 – P95', or null for an indicator or without quantiles. */
  range: string | null;
  definition: string;
  /** The catalog's own words (metric keys and all), e.g. for a tooltip. */
  source: string;
  note: string | null;
  undefinedNote: string | null;
  /** The run has no such metric. */
  missing: boolean;
}

export interface MetricGroup {
  title: string;
  rows: MetricRow[];
}

export interface MetricTableInput {
  groups: readonly MetricGroupSpec[];
  metrics: Readonly<Record<string, MetricStats | undefined>>;
  locale: Locale;
  formats: Readonly<Record<MetricUnit, ValueFormat>>;
  /** Formats the share of undefined trials. */
  shareFormat: ValueFormat;
  labels: MetricTableLabels;
  /** The catalog (default: the engine's). */
  describe?: (key: string) => MetricEntry | null;
}

const DASH = '\u2013';

/** The counts behind the undefined note, or null when the metric is defined in every trial. */
export function undefinedCounts(
  stats: MetricStats | undefined,
  spec: MetricRowSpec,
  metrics: Readonly<Record<string, MetricStats | undefined>>,
): Omit<UndefinedNote, 'share'> | null {
  if (!stats || stats.undefinedCount <= 0) return null;
  const count = stats.undefinedCount;
  const trials = stats.count + count;
  const why = spec.undefinedBecause;
  let parts: UndefinedNote['parts'] = [];
  if (why && !why.indicator) parts = [{ reason: why.reason, count }];
  else if (why?.indicator) {
    const ind = metrics[why.indicator];
    if (ind && isFiniteNumber(ind.mean) && ind.count > 0) {
      // The indicator's mean is the share of its trials in which it is 1; the sum is an integer.
      const ones = Math.min(count, Math.max(0, Math.round(ind.mean * ind.count)));
      const rest = count - ones;
      if (ones > 0) parts.push({ reason: why.reason, count: ones });
      if (rest > 0 && why.otherwise) parts.push({ reason: why.otherwise, count: rest });
      // Left over with no stated reason: say nothing rather than guess.
      if (rest > 0 && !why.otherwise) parts = [];
    }
  }
  return { count, trials, defined: stats.count, parts };
}

function row(input: MetricTableInput, spec: MetricRowSpec): MetricRow {
  const describe = input.describe ?? describeMetric;
  const missing = input.labels.missing ?? '—';
  const entry = describe(spec.key);
  const unit: MetricUnit = entry?.unit ?? 'count';
  const format = input.formats[unit];
  const stats = input.metrics[spec.key];
  const text = (v: number | null | undefined) => (isFiniteNumber(v) ? format(v) : null);
  const indicator = unit === 'indicator';
  const counts = undefinedCounts(stats, spec, input.metrics);
  // An indicator's quantiles are 0s and 1s: its mean (a probability) is what it has to say.
  const low = indicator ? null : text(stats?.p5);
  const high = indicator ? null : text(stats?.p95);
  return {
    key: spec.key,
    label: entry?.label[input.locale] ?? spec.key,
    unit,
    better: entry?.better ?? null,
    value: (indicator ? text(stats?.mean) : text(stats?.p50)) ?? missing,
    kind: indicator ? 'probability' : 'median',
    stderr: indicator && isFiniteNumber(stats?.stderr) ? format(Math.abs(stats.stderr)) : null,
    range: low !== null && high !== null ? `${low} ${DASH} ${high}` : null,
    definition: entry ? metricDefinition(entry, input.locale, 'metric', describe) : '',
    source: entry?.description ?? '',
    note: spec.note ?? null,
    undefinedNote: counts
      ? input.labels.undefinedNote({
          ...counts,
          share: input.shareFormat(counts.count / counts.trials),
        })
      : null,
    missing: !stats,
  };
}

/** The table's groups of rows, in the order given. */
export function metricTableModel(input: MetricTableInput): MetricGroup[] {
  return input.groups.map((g) => ({ title: g.title, rows: g.rows.map((s) => row(input, s)) }));
}
