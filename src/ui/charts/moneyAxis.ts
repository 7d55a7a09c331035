// One money unit for a whole axis: ticks read 0, 5, 10 with the unit (亿元, CNY bn) in the
// axis title, instead of each tick choosing its own unit ('0 元', '5 亿元').
import { formatNumber } from '../format/numberFormat.ts';
import { isFiniteNumber, type Locale, type MaybeNumber, type ValueFormat } from './chartTypes.ts';

export interface MoneyAxis {
  /** Unit for the axis title: '亿元', '万元', '元' or 'CNY bn', 'CNY m', 'CNY'. */
  unit: string;
  divisor: number;
  /** Tick labels: amounts in CNY shown in `unit`, without the unit. */
  format: ValueFormat;
}

/** Largest absolute finite value (0 when there is none). */
export function maxAbs(values: Iterable<MaybeNumber>): number {
  let m = 0;
  for (const v of values) if (isFiniteNumber(v) && Math.abs(v) > m) m = Math.abs(v);
  return m;
}

/** The unit that suits amounts up to `maxAbsCNY` in `locale`, and a tick format in it. */
export function moneyAxis(maxAbsCNY: number, locale: Locale): MoneyAxis {
  const m = Math.abs(maxAbsCNY);
  const [unit, divisor] =
    locale === 'zh'
      ? m >= 1e8
        ? ['亿元', 1e8]
        : m >= 1e4
          ? ['万元', 1e4]
          : ['元', 1]
      : m >= 1e9
        ? ['CNY bn', 1e9]
        : m >= 1e6
          ? ['CNY m', 1e6]
          : ['CNY', 1];
  return {
    unit,
    divisor,
    format: (v) => formatNumber(v / divisor, locale, 2),
  };
}
