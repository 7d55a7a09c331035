import type { Locale, RunResult } from '../../engine/index.ts';
import type { BarGroup, BarItem } from '../charts/barChartModel.ts';
import { OKABE_ITO } from '../charts/palette.ts';

/** The uses of the treasury's yearly outlay, as `treasury.outlayByYear.<use>CNY` names them. */
export const OUTLAY_USES = [
  'guidanceFund',
  'seedFund',
  'riskPool',
  'subsidies',
  'rewards',
  'guarantees',
] as const;
export type OutlayUse = (typeof OUTLAY_USES)[number];

const USE_LABELS: Record<OutlayUse, { zh: string; en: string }> = {
  guidanceFund: { zh: '引导基金出资', en: 'Guidance fund' },
  seedFund: { zh: '种子基金出资', en: 'Seed fund' },
  riskPool: { zh: '风险补偿资金池', en: 'Risk pool' },
  subsidies: { zh: '贴息与补贴', en: 'Subsidies' },
  rewards: { zh: '投资奖励', en: 'Investment rewards' },
  guarantees: { zh: '担保代偿', en: 'Guarantee claims' },
};

const USE_COLORS: Record<OutlayUse, string> = {
  guidanceFund: OKABE_ITO.blue,
  seedFund: OKABE_ITO.skyBlue,
  riskPool: OKABE_ITO.orange,
  subsidies: OKABE_ITO.bluishGreen,
  rewards: OKABE_ITO.reddishPurple,
  guarantees: OKABE_ITO.vermillion,
};

/** The legend of the budget chart: every use the run paid anything for in some year's median. */
export function budgetGroups(result: Pick<RunResult, 'series'>, locale: Locale): BarGroup[] {
  return OUTLAY_USES.filter((use) =>
    (result.series[`treasury.outlayByYear.${use}CNY`]?.p50 ?? []).some((x) => x !== null && x > 0),
  ).map((use) => ({ key: use, label: USE_LABELS[use][locale], color: USE_COLORS[use] }));
}

/**
 * One stacked bar per year: the median outlay of each use laid end to end (so the bar's length is
 * the sum of the uses' medians, not the median of the total, which the label says), and a whisker
 * out to the P95 of the year's total outlay. Years run 1 … the horizon's.
 */
export function budgetItems(
  result: Pick<RunResult, 'series'>,
  groups: readonly BarGroup[],
  yearLabel: (year: number) => string,
  /** The row's label from the stack's sum and the P95 of the total (default: none given). */
  label?: (stackCNY: number, p95CNY: number | null) => string,
): BarItem[] {
  const total = result.series['treasury.outlayByYearCNY'];
  const years = total?.p50.length ?? 0;
  return Array.from({ length: years }, (_, i): BarItem => {
    const segments = groups.map((g) => ({
      group: g.key,
      value: result.series[`treasury.outlayByYear.${g.key}CNY`]?.p50[i] ?? null,
    }));
    const stack = segments.reduce((sum, s) => sum + (s.value ?? 0), 0);
    const high = total?.p95[i] ?? null;
    return {
      ...(label ? { valueText: label(stack, high) } : {}),
      key: `year-${i + 1}`,
      label: yearLabel(i + 1),
      value: stack,
      high,
      segments,
    };
  });
}
