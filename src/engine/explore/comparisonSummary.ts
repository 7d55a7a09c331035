import type { ComparisonResult } from '../run/runResult.ts';
import { flattenScenario } from '../scenario/flattenScenario.ts';
import type { Locale } from '../scenario/messages.ts';
import { PLAUSIBLE_RANGES } from '../scenario/plausibleRanges.ts';
import type { Scenario } from '../scenario/schema.ts';
import { withPerYuan } from './perYuanSentence.ts';
import { pointStats } from './pointStats.ts';
import { statisticDifference } from './statistic.ts';
import {
  SUMMARY_METRICS,
  summarySentence,
  type ParameterChange,
  type SummaryItem,
  type SummaryOptions,
} from './summary.ts';

/** Labels, not parameters: ids, names, descriptions and sources. */
const NOT_PARAMETERS =
  /^(\$schema|schemaVersion|id|name|description|sources)(\.|\[|$)|\.(id|name\.zh|name\.en)$/;

/** The catalog label of a concrete path: its own entry, or the `[*]` entry of its list. */
function labelOf(
  pathText: string,
  fieldLabel: SummaryOptions['fieldLabel'],
): { zh: string; en: string } {
  const exact = PLAUSIBLE_RANGES.find((r) => r.path === pathText);
  if (exact) return exact.label;
  const pattern = pathText.replace(/\[\d+\]/g, '[*]');
  const item = [...pathText.matchAll(/\[(\d+)\]/g)].map((m) => m[1]).join(',');
  const listed = PLAUSIBLE_RANGES.find((r) => r.path === pattern);
  return listed
    ? { zh: `${listed.label.zh} [${item}]`, en: `${listed.label.en} [${item}]` }
    : (fieldLabel?.(pathText) ?? { zh: pathText, en: pathText });
}

/** The parameters in which scenario `to` differs from `from`, leaf by leaf. */
export function scenarioDifferences(
  from: Scenario,
  to: Scenario,
  fieldLabel?: SummaryOptions['fieldLabel'],
): ParameterChange[] {
  const before = new Map(flattenScenario(from).map((leaf) => [leaf.pathText, leaf]));
  const changes: ParameterChange[] = [];
  for (const leaf of flattenScenario(to)) {
    if (NOT_PARAMETERS.test(leaf.pathText)) continue;
    const old = before.get(leaf.pathText);
    if (old && Object.is(old.value, leaf.value)) continue;
    changes.push({
      label: labelOf(leaf.pathText, fieldLabel),
      unit: leaf.meta?.unit ?? null,
      from: old?.value,
      to: leaf.value,
    });
  }
  return changes;
}

/**
 * A comparison's summary, read as going from b to a (the result's differences are a − b): the
 * parameters that differ (up to three, else how many) and each metric's paired difference;
 * then, where spending differs, what each extra yuan of it went with (perYuanSentence.ts).
 */
export function summarizeComparison(
  result: ComparisonResult,
  a: Scenario,
  b: Scenario,
  locale: Locale,
  options: SummaryOptions = {},
): string {
  const statistic = options.statistic ?? 'mean';
  const items = (options.metrics ?? SUMMARY_METRICS)
    .filter((key) => result.metrics[key])
    .map((key): SummaryItem => {
      const m = result.metrics[key]!;
      return {
        key,
        statistic,
        difference: statisticDifference(pointStats(m.a), pointStats(m.b), m.difference, statistic),
      };
    });
  const changes = scenarioDifferences(b, a, options.fieldLabel);
  const names = { from: b.name[locale], to: a.name[locale] };
  const zh = locale === 'zh';
  const lead =
    changes.length > 3
      ? zh
        ? `从「${names.from}」到「${names.to}」（${changes.length} 项参数不同）`
        : `From “${names.from}” to “${names.to}” (${changes.length} parameters differ)`
      : undefined;
  return withPerYuan(summarySentence(changes, items, locale, lead), result.perFiscalYuan, locale);
}
