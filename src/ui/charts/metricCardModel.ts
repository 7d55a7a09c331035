// The headline card's texts: the median, the P5–P95 range, the mean with its Monte Carlo standard
// error, the share of trials where the metric is undefined, and a signed delta against a
// comparison run with its standard error and whether it is distinguishable from noise.
import { errorStep } from '../format/precision.ts';
import { isFiniteNumber, type MaybeNumber, type ValueFormat } from './chartTypes.ts';

export interface CardStats {
  mean?: MaybeNumber;
  stderr?: MaybeNumber;
  p5?: MaybeNumber;
  p50?: MaybeNumber;
  p95?: MaybeNumber;
  /** Trials in which the metric is defined, and in which it is not. */
  count?: MaybeNumber;
  undefinedCount?: MaybeNumber;
}

/** A paired difference (this run − the comparison) with its Monte Carlo standard error. */
export interface CardDelta {
  mean: MaybeNumber;
  stderr?: MaybeNumber;
}

export interface MetricCardInput {
  stats: CardStats | null | undefined;
  delta?: CardDelta | null;
  format: ValueFormat;
  /** For the delta and its error (default `format`); e.g. percentage points for rates. */
  deltaFormat?: ValueFormat;
  /** Which direction of change is an improvement; colours the delta. */
  better?: 'higher' | 'lower' | null;
  /** A delta is significant when |mean| > z · stderr (default 1.96, about 95%). */
  z?: number;
  missing?: string;
}

export interface CardDeltaView {
  /** Signed: '+1.2 亿元', '−0.3×'. */
  value: string;
  /** '± x' text without the sign, or null without an error. */
  stderr: string | null;
  direction: 'up' | 'down' | 'none';
  significant: boolean;
  tone: 'good' | 'bad' | 'neutral';
}

export interface MetricCardModel {
  median: string;
  range: { low: string; high: string } | null;
  mean: string | null;
  stderr: string | null;
  /** Share of trials in which the metric is undefined, when some are. */
  undefinedShare: number | null;
  delta: CardDeltaView | null;
}

const MINUS = '\u2212';

/** `format(v)` with an explicit sign: '+x' above zero, '−x' below. */
export function signed(value: number, format: ValueFormat): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `${MINUS}${format(-value)}`;
  return format(0);
}

export function metricCardModel(input: MetricCardInput): MetricCardModel {
  const s = input.stats ?? {};
  const missing = input.missing ?? '—';
  const text = (v: MaybeNumber) => (isFiniteNumber(v) ? input.format(v) : null);
  const range =
    isFiniteNumber(s.p5) && isFiniteNumber(s.p95)
      ? { low: input.format(s.p5), high: input.format(s.p95) }
      : null;
  const count = isFiniteNumber(s.count) ? s.count : 0;
  const undef = isFiniteNumber(s.undefinedCount) ? s.undefinedCount : 0;
  const undefinedShare = undef > 0 && count + undef > 0 ? undef / (count + undef) : null;

  let delta: CardDeltaView | null = null;
  if (input.delta && isFiniteNumber(input.delta.mean)) {
    const d = input.delta.mean;
    const se = input.delta.stderr;
    const fmt = input.deltaFormat ?? input.format;
    const z = input.z ?? 1.96;
    const significant = isFiniteNumber(se) ? Math.abs(d) > z * se : false;
    const direction = d > 0 ? 'up' : d < 0 ? 'down' : 'none';
    const improving =
      input.better === 'higher'
        ? direction === 'up'
        : input.better === 'lower'
          ? direction === 'down'
          : null;
    // At the precision the standard error allows: its two significant digits.
    const step = isFiniteNumber(se) && se !== 0 ? errorStep(se) : undefined;
    const at: ValueFormat = (v) => fmt(v, step);
    delta = {
      value: signed(d, at),
      stderr: isFiniteNumber(se) ? at(Math.abs(se)) : null,
      direction,
      significant,
      tone:
        !significant || improving === null || direction === 'none'
          ? 'neutral'
          : improving
            ? 'good'
            : 'bad',
    };
  }
  // A mean is worth the two significant digits of its standard error, and the error no more.
  const step = isFiniteNumber(s.stderr) && s.stderr !== 0 ? errorStep(s.stderr) : undefined;
  return {
    median: text(s.p50) ?? missing,
    range,
    mean: isFiniteNumber(s.mean) ? input.format(s.mean, step) : null,
    stderr: isFiniteNumber(s.stderr) ? input.format(Math.abs(s.stderr), step) : null,
    undefinedShare,
    delta,
  };
}
