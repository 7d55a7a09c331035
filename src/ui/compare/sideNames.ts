import type { Locale } from '../../engine/index.ts';
import type { BilingualLabel } from '../i18n/fieldLabels.ts';
import { changeItems, joinItems, type ChangeItem } from '../state/changeSummary.ts';

/**
 * What each side of a comparison is, in words: the current scenario with the changes that make
 * it differ from its preset, or a preset as it is. The seed and the trial count are the
 * comparison's (both sides share them), so they do not count as a difference.
 */
export type CompareSide = {
  presetId: string;
  presetName: BilingualLabel;
  /** Model changes from the preset, in each language; empty for a preset as it is. */
  items: Record<Locale, ChangeItem[]>;
};

const SHARED = ['simulation.trials', 'simulation.seed'];

export function compareSide(
  presetId: string,
  presetName: BilingualLabel,
  changes: Readonly<Record<string, unknown>>,
  draft: unknown,
): CompareSide {
  return {
    presetId,
    presetName,
    items: {
      zh: changeItems(changes, draft, 'zh', SHARED),
      en: changeItems(changes, draft, 'en', SHARED),
    },
  };
}

/**
 * `long`: 当前方案（已修改 2 处：天使期让利比例 60%，早中期让利比例 20%）, or
 * 河北 2022 科技金融链（预设）; `short` leaves the changes out (legends, column headers).
 */
export function sideName(
  side: CompareSide,
  locale: Locale,
  form: 'long' | 'short' = 'long',
): string {
  const items = side.items[locale];
  const n = items.length;
  if (n === 0)
    return locale === 'zh' ? `${side.presetName.zh}（预设）` : `${side.presetName.en} (preset)`;
  if (locale === 'zh')
    return form === 'short'
      ? `当前方案（已修改 ${n} 处）`
      : `当前方案（已修改 ${n} 处：${joinItems(items, 'zh', 3)}）`;
  const changes = `${n} ${n === 1 ? 'change' : 'changes'}`;
  return form === 'short'
    ? `Current scenario (${changes})`
    : `Current scenario (${changes}: ${joinItems(items, 'en', 3)})`;
}

/** Both sides are the same model: one preset, neither changed (every difference is 0). */
export function sameSides(a: CompareSide, b: CompareSide): boolean {
  return a.presetId === b.presetId && a.items.en.length === 0 && b.items.en.length === 0;
}
