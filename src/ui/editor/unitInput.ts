import type { Locale, Unit } from '../../engine/index.ts';

/**
 * How a field is shown and typed in the editor: money in 万元 (Chinese) or CNY m (English),
 * shares, rates and probabilities in %, everything else as stored. `factor` converts a stored
 * value into the displayed one.
 */
export function displayUnit(
  unit: Unit | undefined,
  locale: Locale,
): { factor: number; suffix: string } {
  switch (unit) {
    case 'CNY':
      return locale === 'zh' ? { factor: 1e-4, suffix: '万元' } : { factor: 1e-6, suffix: 'CNY m' };
    case 'USD':
      return locale === 'zh'
        ? { factor: 1e-4, suffix: '万美元' }
        : { factor: 1e-6, suffix: 'USD m' };
    case 'share':
    case 'correlation':
      return { factor: unit === 'share' ? 100 : 1, suffix: unit === 'share' ? '%' : '' };
    case 'ratePerYear':
      return { factor: 100, suffix: locale === 'zh' ? '%/年' : '% a year' };
    case 'probabilityPerQuarter':
      return { factor: 100, suffix: locale === 'zh' ? '%/季' : '% a quarter' };
    case 'years':
      return { factor: 1, suffix: locale === 'zh' ? '年' : 'years' };
    case 'quarters':
      return { factor: 1, suffix: locale === 'zh' ? '季' : 'quarters' };
    case 'multiple':
      return { factor: 1, suffix: '×' };
    case 'points':
      return { factor: 1, suffix: locale === 'zh' ? '分' : 'points' };
    default:
      return { factor: 1, suffix: '' };
  }
}

/** A stored value as the editor shows it (rounded to hide float noise, e.g. 0.07 × 100). */
export function toDisplay(value: number, unit: Unit | undefined, locale: Locale): string {
  const { factor } = displayUnit(unit, locale);
  return String(Number((value * factor).toPrecision(12)));
}

/**
 * What the user typed, back in stored units: a number, or the text as typed when it is not one,
 * so the schema's check reports it (with what was given) instead of the editor guessing.
 */
export function fromDisplay(text: string, unit: Unit | undefined, locale: Locale): number | string {
  const cleaned = text.trim().replace(/[,，\s]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return text;
  const { factor } = displayUnit(unit, locale);
  return Number((Number(cleaned) / factor).toPrecision(15));
}
