import { describeMetric, type MetricUnit } from '../engine/index.ts';

/** How a metric reads in a table. */
export type MetricFormat = 'rate' | 'multiple' | 'cny' | 'count';

const FORMAT_OF_UNIT: Record<MetricUnit, MetricFormat> = {
  CNY: 'cny',
  rate: 'rate',
  rateDifference: 'rate',
  share: 'rate',
  indicator: 'rate',
  multiple: 'multiple',
  count: 'count',
  quarter: 'count',
};

/**
 * A metric's format, from its unit in the metric catalog; a comparison's `a.`, `b.` and `diff.`
 * keys read as the metric they compare. A key the catalog lacks reads by its name.
 */
export function metricFormat(key: string): MetricFormat {
  const entry = describeMetric(key.replace(/^(a|b|diff)\./, ''));
  if (entry) return FORMAT_OF_UNIT[entry.unit];
  const last = key.slice(key.lastIndexOf('.') + 1);
  if (/^irr|PerYear$|Ratio|Share$/.test(last)) return 'rate';
  if (/^(tvpi|dpi|rvpi|leverage)/.test(last)) return 'multiple';
  if (/CNY$/.test(last)) return 'cny';
  return 'count';
}

/** Money in yuan as `12.3m` or `1.23bn` (CNY), the scale a fund chain is read at. */
function formatCNY(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e9) return `${(x / 1e9).toFixed(2)}bn`;
  if (abs >= 1e6) return `${(x / 1e6).toFixed(1)}m`;
  if (abs >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return fixed(x, 0);
}

/** `x` with `digits` decimals, or two significant digits when that would round it to zero. */
function fixed(x: number, digits: number): string {
  return x !== 0 && Math.abs(x) < 0.5 * 10 ** -digits ? x.toPrecision(2) : x.toFixed(digits);
}

/**
 * A statistic of a metric for a table: rates in %, multiples with ×, money in CNY m/bn, counts
 * with one decimal (a mean of counts); `–` when undefined (no trial defined the metric). A small
 * nonzero value (a standard error, a paired difference) keeps two significant digits.
 */
export function formatMetric(key: string, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  switch (metricFormat(key)) {
    case 'rate':
      return `${fixed(100 * value, 1)}%`;
    case 'multiple':
      return `${fixed(value, 2)}×`;
    case 'cny':
      return formatCNY(value);
    case 'count':
      return Number.isInteger(value) ? String(value) : fixed(value, 1);
  }
}
