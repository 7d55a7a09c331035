import { describeMetric, type MetricUnit } from '../metrics/catalog.ts';
import type { Locale } from '../scenario/messages.ts';
import type { Unit } from '../scenario/units.ts';
import {
  distinguishable,
  statisticDifference,
  type Statistic,
  type StatisticDifference,
} from './statistic.ts';
import { withPerYuan } from './perYuanSentence.ts';
import { formatMetricDifference, formatParameterValue } from './summaryFormat.ts';
import type { SweepResult } from './sweep.ts';

/**
 * Plain-language summaries of a comparison, a sweep and a goal seek, in Chinese or English, built
 * from the numbers alone: what changed, and by how much each chosen metric moved with its
 * standard error. A difference within two standard errors is said to be not distinguishable from
 * zero. Labels and units come from the metric catalog and the plausible-range catalog. This file
 * holds the sentence and the sweep's summary; comparisonSummary.ts and seekSummary.ts the others.
 */

/** The metrics a summary reports when the caller names none: cost, private money, credit, losses. */
export const SUMMARY_METRICS: readonly string[] = [
  'treasury.netCostCashPVCNY',
  'angelFunds.privateLP.irr',
  'chain.privateCapitalCNY',
  'bank.loansCNY',
  'bank.lossCNY',
];

export type SummaryOptions = {
  metrics?: readonly string[];
  /** The statistic of every metric: the mean (default, a paired estimate) or a quantile. */
  statistic?: Statistic;
  /**
   * The label of a scenario field outside the plausible-range catalog (the app passes its editor's
   * labels); without it such a field is named by its path.
   */
  fieldLabel?: (pathText: string) => { zh: string; en: string } | null;
};

/** A parameter that differs between the two sides of a summary. */
export type ParameterChange = {
  label: { zh: string; en: string };
  unit: Unit | null;
  from: unknown;
  to: unknown;
};

/** One metric's line: its difference (null when no trial defined it on one side). */
export type SummaryItem = {
  key: string;
  statistic: Statistic;
  difference: StatisticDifference | null;
};

export const STAT_WORDS: Record<Statistic, { zh: string; en: string }> = {
  mean: { zh: '均值', en: 'mean' },
  p5: { zh: 'P5', en: 'P5' },
  p25: { zh: 'P25', en: 'P25' },
  p50: { zh: '中位数', en: 'median' },
  p75: { zh: 'P75', en: 'P75' },
  p95: { zh: 'P95', en: 'P95' },
};

/** Units whose change reads as a rise or a fall in Chinese (提高) rather than an amount (增加). */
const LEVEL_UNITS: ReadonlySet<MetricUnit> = new Set([
  'rate',
  'rateDifference',
  'share',
  'indicator',
  'multiple',
]);

/** Chinese text after a label that ends in Latin letters or digits reads better after a space. */
export const zhJoin = (label: string) => (/[A-Za-z0-9)τρ]$/.test(label) ? `${label} ` : label);

/** A label inside an English sentence: lower-case unless it starts with an acronym (IRR, NPL). */
export const enInline = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

function itemText(item: SummaryItem, locale: Locale): string {
  const entry = describeMetric(item.key);
  const label = entry?.label[locale] ?? item.key;
  const unit = entry?.unit ?? null;
  const zh = locale === 'zh';
  // 「财政净成本（现金，现值）均值」, 'the mean of treasury net cost, cash (PV)'.
  const what = zh
    ? `${zhJoin(label)}${STAT_WORDS[item.statistic].zh}`
    : `the ${STAT_WORDS[item.statistic].en} of ${enInline(label)}`;
  const d = item.difference;
  if (d === null)
    return zh
      ? `${what}无法比较（在一侧没有定义）`
      : `${what} has no estimate (undefined on one side)`;
  if (d.value === 0 && (d.stderr === null || d.stderr === 0))
    return zh ? `${what}不变` : `${what} is unchanged`;
  if (!distinguishable(d)) {
    const f = formatMetricDifference(unit, d.value, d.stderr, locale, true);
    const se = f.stderr ? (zh ? `，${f.stderr}` : ` ${f.stderr}`) : '';
    return zh
      ? `${what}的变化与零无法区分（${f.amount}${se}）`
      : `${what} is not distinguishable from zero (${f.amount}${se})`;
  }
  const f = formatMetricDifference(unit, d.value, d.stderr, locale);
  const up = d.value > 0;
  const level = unit !== null && LEVEL_UNITS.has(unit);
  const verb = zh
    ? level
      ? up
        ? '提高'
        : '降低'
      : up
        ? '增加'
        : '减少'
    : up
      ? 'rises by'
      : 'falls by';
  return zh
    ? `${what}${verb} ${f.amount}（${f.stderr}）`
    : `${what} ${verb} ${f.amount} (${f.stderr})`;
}

function changeText(change: ParameterChange, locale: Locale, first: boolean): string {
  const from = formatParameterValue(change.unit, change.from, locale);
  const to = formatParameterValue(change.unit, change.to, locale);
  const label = change.label[locale];
  const numeric = typeof change.from === 'number' && typeof change.to === 'number';
  const up = numeric && (change.to as number) > (change.from as number);
  if (locale === 'zh')
    return `${zhJoin(label)}从 ${from} ${numeric ? (up ? '提高到' : '降低到') : '改为'} ${to}`;
  const verb = numeric ? (up ? 'raising' : 'lowering') : 'changing';
  // A label that is a bare path (no catalog entry) takes no article.
  const what = /\s/.test(label) ? `the ${enInline(label)}` : label;
  return `${first ? verb[0]!.toUpperCase() + verb.slice(1) : verb} ${what} from ${from} to ${to}`;
}

/** One sentence: the change, then each metric's difference. */
export function summarySentence(
  changes: readonly ParameterChange[],
  items: readonly SummaryItem[],
  locale: Locale,
  lead?: string,
): string {
  const zh = locale === 'zh';
  const what =
    lead ??
    (changes.length === 0
      ? zh
        ? '两者参数相同'
        : 'With the same parameters'
      : changes.map((c, i) => changeText(c, locale, i === 0)).join(zh ? '，' : ' and '));
  const lines = items.map((i) => itemText(i, locale));
  return zh ? `${what}：${lines.join('，')}。` : `${what}: ${lines.join('; ')}.`;
}

// Sweeps ----------------------------------------------------------------------------------------

/**
 * A sweep's summary: one sentence for each move from the base point to the far end of each
 * parameter (both ends when the base lies between them), the other parameter held at the base.
 */
export function summarizeSweep(
  result: SweepResult,
  locale: Locale,
  options: SummaryOptions = {},
): string[] {
  const statistic = options.statistic ?? 'mean';
  const base = result.points.find((p) => p.index === result.baseIndex);
  if (!base) return [];
  const keys = (options.metrics ?? SUMMARY_METRICS).filter((k) => base.metrics[k]);
  const targets: number[] = [];
  result.parameters.forEach((parameter, i) => {
    const at = parameter.values.findIndex((v) => v === base.values[i]);
    const ends = [0, parameter.values.length - 1].filter((e) => e !== at);
    // An end on each side when the base is inside; the far end when it is at one.
    for (const end of at > 0 && at < parameter.values.length - 1 ? ends : ends.slice(-1)) {
      const values = base.values.map((v, j) => (j === i ? parameter.values[end]! : v));
      const point = result.points.find((p) => p.values.every((v, j) => v === values[j]));
      if (point && !targets.includes(point.index)) targets.push(point.index);
    }
  });
  return targets.map((index) => {
    const point = result.points.find((p) => p.index === index)!;
    const changes: ParameterChange[] = result.parameters
      .map((parameter, i) => ({
        label: parameter.label,
        unit: parameter.unit,
        from: base.values[i],
        to: point.values[i],
      }))
      .filter((c) => c.from !== c.to);
    const items = keys.map((key): SummaryItem => {
      const at = point.metrics[key];
      const from = base.metrics[key]!;
      return {
        key,
        statistic,
        difference: at ? statisticDifference(at.stats, from.stats, at.difference, statistic) : null,
      };
    });
    return withPerYuan(summarySentence(changes, items, locale), point.perFiscalYuan, locale);
  });
}
