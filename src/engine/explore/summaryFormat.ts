import type { MetricUnit } from '../metrics/catalog.ts';
import type { Locale } from '../scenario/messages.ts';
import type { Unit } from '../scenario/units.ts';

/** Digits grouped by thousands: `1,702.5`. */
function grouped(x: number, decimals: number): string {
  const [whole, fraction] = Math.abs(x).toFixed(decimals).split('.');
  const withCommas = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(Math.abs(x).toFixed(decimals)) !== 0 ? '−' : '';
  return `${sign}${withCommas}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Decimals that show an uncertainty `se` to its first significant digit (two when that digit is
 * 1), and the value to the same place: `1,702 (±105)`, `0.24 (±0.03)`. Without an uncertainty
 * (none, or float noise against the value), the value to three significant digits.
 */
function decimalsFor(se: number | null, value: number): number {
  // The decimal exponent read from the digits (exact in every engine, unlike log10).
  const exponentOf = (x: number) => Number(x.toExponential().split('e')[1]);
  if (se !== null && se > 1e-9 * Math.abs(value) && Number.isFinite(se)) {
    const exponent = exponentOf(se);
    const leading = Number(se.toExponential()[0]);
    return Math.min(6, Math.max(0, -exponent + (leading === 1 ? 1 : 0)));
  }
  if (!(Math.abs(value) > 0) || !Number.isFinite(value)) return 0;
  return Math.min(6, Math.max(0, 2 - exponentOf(Math.abs(Number(value.toPrecision(3))))));
}

/** `±…` of an uncertainty; an exact zero (or float noise against the value) is `±0`. */
function plusMinus(se: number, value: number, text: (x: number) => string): string {
  return se <= 1e-9 * Math.abs(value) ? '±0' : `±${text(se)}`;
}

type Scaled = { factor: number; zh: string; en: (text: string) => string };

/** Money at the scale a province reads it: 万元 or 亿元; CNY m or bn. */
function moneyScale(magnitude: number, locale: Locale): Scaled {
  if (locale === 'zh')
    return magnitude >= 1e8
      ? { factor: 1e8, zh: ' 亿元', en: (t) => t }
      : { factor: 1e4, zh: ' 万元', en: (t) => t };
  return magnitude >= 1e9
    ? { factor: 1e9, zh: '', en: (t) => `CNY ${t}bn` }
    : { factor: 1e6, zh: '', en: (t) => `CNY ${t}m` };
}

/** A pair of numbers in one unit, for a difference and its standard error (or a value alone). */
export type FormattedAmount = { amount: string; stderr: string | null };

/**
 * A difference of a metric and its standard error in the metric's unit: money in 万元/亿元 (CNY
 * m/bn), rates and shares in percentage points, multiples with ×, counts plain. `amount` is the
 * absolute value (the verb carries the sign) unless `signed`.
 */
export function formatMetricDifference(
  unit: MetricUnit | null,
  value: number,
  stderr: number | null,
  locale: Locale,
  signed = false,
): FormattedAmount {
  const zh = locale === 'zh';
  const sign = (x: number) => (signed && x > 0 ? '+' : '');
  const shown = signed ? value : Math.abs(value);
  switch (unit) {
    case 'CNY': {
      const s = moneyScale(Math.max(Math.abs(value), stderr ?? 0), locale);
      const d = decimalsFor(stderr === null ? null : stderr / s.factor, value / s.factor);
      const text = (x: number) => grouped(x / s.factor, d);
      return zh
        ? {
            amount: `${sign(value)}${text(shown)}${s.zh}`,
            stderr: stderr === null ? null : `${plusMinus(stderr, value, text)}${s.zh}`,
          }
        : {
            amount: `${sign(value)}${s.en(text(shown))}`,
            stderr:
              stderr === null
                ? null
                : `${plusMinus(stderr, value, text)}${s.en('').replace('CNY ', '')}`,
          };
    }
    case 'rate':
    case 'rateDifference':
    case 'share':
    case 'indicator': {
      const d = decimalsFor(stderr === null ? null : 100 * stderr, 100 * value);
      const unitText = zh ? ' 个百分点' : ' percentage points';
      return {
        amount: `${sign(value)}${grouped(100 * shown, d)}${unitText}`,
        stderr: stderr === null ? null : plusMinus(stderr, value, (x) => grouped(100 * x, d)),
      };
    }
    case 'multiple': {
      const d = decimalsFor(stderr, value);
      return {
        amount: `${sign(value)}${grouped(shown, d)}×`,
        stderr: stderr === null ? null : `${plusMinus(stderr, value, (x) => grouped(x, d))}×`,
      };
    }
    case 'quarter': {
      const d = decimalsFor(stderr, value);
      return {
        amount: `${sign(value)}${grouped(shown, d)}${zh ? ' 个季度' : ' quarters'}`,
        stderr: stderr === null ? null : plusMinus(stderr, value, (x) => grouped(x, d)),
      };
    }
    case 'count':
    case null: {
      const d = decimalsFor(stderr, value);
      return {
        amount: `${sign(value)}${grouped(shown, d)}`,
        stderr: stderr === null ? null : plusMinus(stderr, value, (x) => grouped(x, d)),
      };
    }
    default:
      return unit satisfies never;
  }
}

/** A level of a metric (a target, a statistic at one point): rates in %, money scaled. */
export function formatMetricValue(
  unit: MetricUnit | null,
  value: number,
  locale: Locale,
  stderr: number | null = null,
): string {
  switch (unit) {
    case 'rate':
    case 'rateDifference':
    case 'share':
    case 'indicator': {
      const d = Math.max(1, decimalsFor(stderr === null ? null : 100 * stderr, 100 * value));
      return `${grouped(100 * value, Math.min(d, 2))}%`;
    }
    case 'CNY': {
      const f = formatMetricDifference(unit, value, stderr, locale, false);
      return value < 0 ? `−${f.amount}` : f.amount;
    }
    default: {
      const f = formatMetricDifference(unit, value, stderr, locale, false);
      return value < 0 ? `−${f.amount}` : f.amount;
    }
  }
}

/**
 * A parameter's value in its field's unit: shares and rates in % (`4.5%`), money scaled, switches
 * as on/off. `precision` (an uncertainty in the field's unit) sets the decimals of an estimate.
 */
export function formatParameterValue(
  unit: Unit | null,
  value: unknown,
  locale: Locale,
  precision: number | null = null,
): string {
  if (typeof value === 'boolean')
    return locale === 'zh' ? (value ? '开' : '关') : value ? 'on' : 'off';
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'share':
    case 'ratePerYear':
    case 'probabilityPerQuarter': {
      const d = precision === null ? shortest(100 * value) : decimalsFor(100 * precision, 0);
      return `${grouped(100 * value, d)}%`;
    }
    case 'CNY':
      return formatMetricValue('CNY', value, locale, precision);
    case 'multiple':
      return `${grouped(value, precision === null ? shortest(value) : decimalsFor(precision, 0))}×`;
    default:
      return grouped(value, precision === null ? shortest(value) : decimalsFor(precision, 0));
  }
}

/** The fewest decimals (up to 4) that write `x` exactly as given: 4.5, 1.5, 60. */
function shortest(x: number): number {
  for (let d = 0; d < 4; d++) if (Number(x.toFixed(d)) === Number(x.toFixed(10))) return d;
  return 4;
}
