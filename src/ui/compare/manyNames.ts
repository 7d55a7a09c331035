// Names of the scenarios in a many-way comparison: what each is (the current scenario with its
// changes, a preset, a save), and scenarios that would read the same told apart.
import type { Locale } from '../../engine/index.ts';

/**
 * The names as given, except that a repeated one gets what tells it apart: 「河北 2022（已修改）」
 * for an edited copy (a save or the current scenario from the same preset), then a count.
 */
export function distinctNames(
  names: readonly { text: string; edited: boolean }[],
  locale: Locale,
): string[] {
  const zh = locale === 'zh';
  const first = names.map((n) =>
    names.filter((m) => m.text === n.text).length > 1 && n.edited
      ? zh
        ? `${n.text}（已修改）`
        : `${n.text} (edited copy)`
      : n.text,
  );
  // Still the same (the same preset twice): numbered in order.
  return first.map((text, i) => {
    const same = first.filter((t) => t === text).length;
    if (same < 2) return text;
    const k = first.slice(0, i + 1).filter((t) => t === text).length;
    return zh ? `${text}（第 ${k} 个）` : `${text} (${k})`;
  });
}
