import {
  fieldMetaAt,
  parseScenarioPath,
  type Locale,
  type PathSegment,
} from '../../engine/index.ts';
import { displayUnit, toDisplay } from '../editor/unitInput.ts';
import { formatNumber } from '../format/numberFormat.ts';
import { fieldLabel } from '../i18n/fieldLabels.ts';
import { booleanLabel, optionLabel } from '../i18n/optionLabels.ts';
import { t } from '../i18n/strings.ts';

/**
 * The user's changes in words: '天使期让利比例 60%', 'Concession share, angel stage 60%'. They
 * name an edited scenario (its name and description in exports) and each side of a comparison.
 */

/** Keys that describe the file, not the model: never counted as edits. */
const IDENTITY = /^(\$schema|schemaVersion|id|name|description|sources)(\.|$)/;

/** Whether a change key edits the model (not the file's id, name, description or sources). */
export function isModelChange(key: string): boolean {
  return !IDENTITY.test(key);
}

export type ChangeItem = { key: string; label: string; value: string };

/** A changed value as the editor shows it: in its display unit, an option's words, 是/否. */
export function describeChangeValue(
  path: readonly PathSegment[],
  value: unknown,
  draft: unknown,
  locale: Locale,
): { label: string; value: string } {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  // A programme added whole: one change, named as such rather than by its first field.
  if (isObject && path.length === 1 && path[0] === 'fundRaising')
    return { label: t('programme', locale), value: t('programmeAddedValue', locale) };
  // A replaced tagged-union variant (`{ rule: 'costPlusInterest' }`): its tag names it.
  if (isObject) {
    const [tagKey, tag] = Object.entries(value)[0] ?? [];
    if (tagKey !== undefined)
      return {
        label: fieldLabel([...path, tagKey], locale),
        value: typeof tag === 'string' ? optionLabel(tag, locale) : String(tag),
      };
  }
  const label = fieldLabel(path, locale);
  if (typeof value === 'boolean') return { label, value: booleanLabel(value, locale) };
  if (typeof value === 'number') {
    const unit = fieldMetaAt(path, draft)?.unit;
    const shown = Number(toDisplay(value, unit, locale));
    const text = Number.isFinite(shown) ? formatNumber(shown, locale, 6) : String(value);
    const suffix = displayUnit(unit, locale).suffix;
    return {
      label,
      value: !suffix ? text : suffix.startsWith('%') ? `${text}${suffix}` : `${text} ${suffix}`,
    };
  }
  if (typeof value === 'string') return { label, value: optionLabel(value, locale) };
  if (Array.isArray(value))
    return {
      label,
      value: value
        .map((v) => (typeof v === 'string' ? optionLabel(v, locale) : String(v)))
        .join('、'),
    };
  return { label, value: String(value) };
}

/** A change's key as path segments (the editor writes only valid paths; another is one name). */
function pathOf(key: string): PathSegment[] {
  const parsed = parseScenarioPath(key);
  return parsed.ok ? parsed.path : [key];
}

/** The model changes in `changes`, in the order made, each with its label and value in words. */
export function changeItems(
  changes: Readonly<Record<string, unknown>>,
  draft: unknown,
  locale: Locale,
  exclude: readonly string[] = [],
): ChangeItem[] {
  return Object.entries(changes)
    .filter(([key]) => isModelChange(key) && !exclude.includes(key))
    .map(([key, value]) => ({
      key,
      ...describeChangeValue(pathOf(key), value, draft, locale),
    }));
}

/** 'label value' items joined in the language's way, at most `max` of them, then '…'. */
export function joinItems(items: readonly ChangeItem[], locale: Locale, max: number): string {
  const shown = items.slice(0, max).map((i) => `${i.label} ${i.value}`);
  if (items.length > max) shown.push('…');
  return shown.join(locale === 'zh' ? '，' : '; ');
}
