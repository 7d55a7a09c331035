import type { Locale, Unit } from '../../engine/index.ts';
import { formatNumber } from '../format/numberFormat.ts';

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

/** A stored value in display units with digit grouping and its unit: '100,000,000 万元', '40%'. */
export function toDisplayWithUnit(value: number, unit: Unit | undefined, locale: Locale): string {
  const { factor, suffix } = displayUnit(unit, locale);
  const text = formatNumber(Number((value * factor).toPrecision(12)), locale, 10);
  if (!suffix) return text;
  return suffix.startsWith('%') ? `${text}${suffix}` : `${text} ${suffix}`;
}

/** Why what the user typed is not a number of the field's unit. */
export type InputProblem =
  | { kind: 'empty' }
  | { kind: 'notANumber'; text: string }
  | { kind: 'tooLarge'; text: string }
  /** A unit the field does not take ('%' in a 万元 field). */
  | { kind: 'wrongUnit'; text: string; typed: string };

export type ParsedInput = { ok: true; value: number } | { ok: false; problem: InputProblem };

/**
 * Text as people type it, in a standard form: full-width digits and signs (Chinese input methods
 * give ６０％, －５, １．５) as ASCII, the minus sign − as '-', spaces around it trimmed.
 */
export function normaliseInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/[\u00A0\u2009\u202F\u3000]/g, ' ')
    .trim();
}

/** Units a user may type after the number, and what they multiply it by in display units. */
function unitWords(unit: Unit | undefined, locale: Locale): Array<[RegExp, number]> {
  const { suffix, factor } = displayUnit(unit, locale);
  const own = suffix
    ? [
        [
          new RegExp(
            `^${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')}$`,
            'i',
          ),
          1,
        ] as [RegExp, number],
      ]
    : [];
  const words: Array<[RegExp, number]> = [...own];
  if (factor === 100) words.push([/^%(\s*\/\s*(年|季|yr|year|quarter|q))?$/i, 1]);
  if (unit === 'CNY') {
    // In the display unit (万元 or CNY m): yuan, 万, 亿, m, bn typed by the reader.
    const wan = locale === 'zh' ? 1 : 1e-2;
    words.push(
      [/^(元|yuan|cny|rmb)$/i, locale === 'zh' ? 1e-4 : 1e-6],
      [/^万(元)?$/, wan],
      [/^亿(元)?$/, wan * 1e4],
      [/^(cny\s*)?(m|mn|million)$/i, locale === 'zh' ? 100 : 1],
      [/^(cny\s*)?(bn|b|billion)$/i, locale === 'zh' ? 1e5 : 1e3],
    );
  }
  if (unit === 'years') words.push([/^(年|years?|yrs?|y)$/i, 1]);
  if (unit === 'quarters') words.push([/^(季|季度|个季度|quarters?|q)$/i, 1]);
  if (unit === 'multiple') words.push([/^(×|x|倍)$/i, 1]);
  if (unit === 'points') words.push([/^(分|points?|pts?)$/i, 1]);
  return words;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
// Thousands grouped by commas or spaces, as people write large sums: 1,000,000.5, 20 000.
const GROUPED = /^[-+]?\d{1,3}([, ']\d{3})+(\.\d*)?$/;

/**
 * What the user typed, as a number in stored units: '60%', '60 %', '６０', '1,000,000', '2亿' in a
 * 万元 field, '1e-3'. Anything else is a problem, as data, for a message in the user's units.
 */
export function parseNumberInput(
  text: string,
  unit: Unit | undefined,
  locale: Locale,
): ParsedInput {
  const normal = normaliseInput(text);
  if (normal === '') return { ok: false, problem: { kind: 'empty' } };
  // The number (with an exponent, or digits grouped), then what the user wrote after it.
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d+|[-+]?[\d.,' ]*\d\.?)\s*(.*)$/i.exec(normal);
  if (!match) return { ok: false, problem: { kind: 'notANumber', text } };
  let digits = match[1]!.trim();
  const typedUnit = match[2]!.trim();
  let multiplier = 1;
  if (typedUnit) {
    const word = unitWords(unit, locale).find(([re]) => re.test(typedUnit));
    if (!word) {
      const looksLikeUnit = /^[%×a-z\u4e00-\u9fff/ ]+$/i.test(typedUnit);
      return {
        ok: false,
        problem: looksLikeUnit
          ? { kind: 'wrongUnit', text, typed: typedUnit }
          : { kind: 'notANumber', text },
      };
    }
    multiplier = word[1];
  }
  if (GROUPED.test(digits)) digits = digits.replace(/[, ']/g, '');
  if (!NUMBER.test(digits)) return { ok: false, problem: { kind: 'notANumber', text } };
  const shown = Number(digits) * multiplier;
  if (!Number.isFinite(shown)) return { ok: false, problem: { kind: 'tooLarge', text } };
  const { factor } = displayUnit(unit, locale);
  const value = Number((shown / factor).toPrecision(15));
  if (!Number.isFinite(value)) return { ok: false, problem: { kind: 'tooLarge', text } };
  return { ok: true, value };
}

/**
 * What the user typed, back in stored units: a number, or the text as typed when it is not one.
 * The text is kept (in the field and in the changes) so nothing the user typed is lost, and the
 * scenario stays invalid until it is fixed: never a silent default.
 */
export function fromDisplay(text: string, unit: Unit | undefined, locale: Locale): number | string {
  const parsed = parseNumberInput(text, unit, locale);
  return parsed.ok ? parsed.value : text;
}
