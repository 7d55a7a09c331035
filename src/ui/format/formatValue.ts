import type { Locale, Unit } from '../../engine/index.ts';

/** Money for a reader of the language: 万元/亿元 in Chinese, CNY m/bn in English. */
export function formatMoneyCNY(amountCNY: number, locale: Locale): string {
  const abs = Math.abs(amountCNY);
  const num = (x: number, digits: number) =>
    x.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits });
  if (locale === 'zh') {
    if (abs >= 1e8) return `${num(amountCNY / 1e8, 2)} 亿元`;
    if (abs >= 1e4) return `${num(amountCNY / 1e4, 2)} 万元`;
    return `${num(amountCNY, 2)} 元`;
  }
  if (abs >= 1e9) return `CNY ${num(amountCNY / 1e9, 2)} bn`;
  if (abs >= 1e6) return `CNY ${num(amountCNY / 1e6, 2)} m`;
  return `CNY ${num(amountCNY, 2)}`;
}

/** A share or rate as a percentage with up to two decimals. */
export function formatPercent(fraction: number, locale: Locale): string {
  return `${(fraction * 100).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 })}%`;
}

const UNIT_SUFFIX: Partial<Record<Unit, Record<Locale, string>>> = {
  years: { zh: ' 年', en: ' years' },
  quarters: { zh: ' 个季度', en: ' quarters' },
  multiple: { zh: '×', en: '×' },
  points: { zh: ' 分', en: ' points' },
};

/** A scenario value in its unit, for display. */
export function formatValue(
  value: string | number | boolean | null,
  unit: Unit | undefined,
  locale: Locale,
): string {
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'CNY':
      return formatMoneyCNY(value, locale);
    case 'seed':
      return String(value);
    case 'USD':
      return `USD ${value.toLocaleString('en-US')}`;
    case 'share':
    case 'ratePerYear':
    case 'probabilityPerQuarter':
      return (
        formatPercent(value, locale) +
        (unit === 'ratePerYear'
          ? locale === 'zh'
            ? ' /年'
            : ' a year'
          : unit === 'probabilityPerQuarter'
            ? locale === 'zh'
              ? ' /季'
              : ' a quarter'
            : '')
      );
    default:
      return `${value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}${unit ? (UNIT_SUFFIX[unit]?.[locale] ?? '') : ''}`;
  }
}
