import type { Locale } from '../../engine/index.ts';

/**
 * Numbers in the reader's language (digit grouping, decimal point), from one `Intl.NumberFormat`
 * per locale and number of decimals. `toLocaleString` with options builds a new formatter on
 * every call, which made a dashboard redraw spend half its time formatting.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, maxDigits: number, minDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maxDigits}:${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: maxDigits,
      minimumFractionDigits: minDigits,
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * `x` with at most `maxDigits` decimals (and at least `minDigits`), grouped: 1,234.5; a negative
 * number with the minus sign − (U+2212) the rest of the page uses, not Intl's hyphen.
 */
export function formatNumber(x: number, locale: Locale, maxDigits = 2, minDigits = 0): string {
  const max = Math.max(0, Math.min(20, Math.round(maxDigits)));
  const text = formatter(locale, max, Math.min(max, Math.max(0, Math.round(minDigits)))).format(x);
  return text.replace('-', '−');
}
