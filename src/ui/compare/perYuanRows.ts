// "What each extra fiscal yuan bought" in the compare view: per cost basis (treasury spending,
// net cost), a heading with the cost difference A − B, and each outcome's difference per yuan of
// it with its standard error — money per yuan, counts per 100 million yuan. Pure: tested alone.
import {
  describeMetric,
  perYuanScaleCNY,
  type ComparisonResult,
  type Locale,
  type PerYuanBasis,
} from '../../engine/index.ts';
import { formats } from '../dashboard/chartText.ts';
import { errorStep } from '../format/precision.ts';

export type PerYuanRow = { key: string; label: string; value: string; stderr: string };
export type PerYuanSection = {
  costKey: PerYuanBasis['costKey'];
  heading: string;
  /** Why no ratio is shown (the cost does not differ distinguishably), or null. */
  none: string | null;
  rows: PerYuanRow[];
};

const TEXT = {
  zh: {
    basis: {
      'treasury.spentCNY': '财政支出',
      'treasury.netCostCashPVCNY': '财政净成本（现金，现值）',
    },
    heading: (basis: string, cost: string) => `按${basis}差额计（A − B：${cost}），每 1 元换来：`,
    same: '两方案的该项成本在每次模拟中都相同，无法计算每元效果。',
    noisy: '该项成本差额在两个标准误之内，与零无法区分，不计算每元效果。',
    money: '元/元',
    count: '/亿元',
  },
  en: {
    basis: {
      'treasury.spentCNY': 'treasury spending',
      'treasury.netCostCashPVCNY': 'treasury net cost (cash, PV)',
    },
    heading: (basis: string, cost: string) =>
      `Per yuan of difference in ${basis} (A − B: ${cost}):`,
    same: 'This cost is the same for both scenarios in every trial: no ratio.',
    noisy: 'This cost difference is within two standard errors of zero: no ratio.',
    money: 'CNY per CNY',
    count: 'per CNY 100m',
  },
} as const;

/**
 * The sections, one per cost basis; none when no cost differs in any trial (the same scenario on
 * both sides, or a change that touches no fiscal money): there is nothing to divide by.
 */
export function perYuanSections(result: ComparisonResult, locale: Locale): PerYuanSection[] {
  const text = TEXT[locale];
  const f = formats(locale);
  const bases = result.perFiscalYuan ?? [];
  if (bases.every((b) => b.status === 'noCostDifference')) return [];
  return bases.map((basis) => {
    const { mean, stderr } = basis.cost;
    const step = stderr === null ? undefined : errorStep(stderr);
    const cost =
      mean === null
        ? '–'
        : `${mean > 0 ? '+' : ''}${f.money(mean, step)} ±${stderr === null ? '–' : f.money(stderr, step)}`;
    const rows = Object.entries(basis.outcomes).map(([key, o]): PerYuanRow => {
      const scale = perYuanScaleCNY(key);
      const money = scale === 1;
      const se = o.stderr === null ? null : o.stderr * scale;
      const s = se === null ? undefined : errorStep(se);
      const unit = money ? text.money : text.count;
      return {
        key,
        label: describeMetric(key)?.label[locale] ?? key,
        value: o.perYuan === null ? '–' : `${f.count(o.perYuan * scale, s)} ${unit}`,
        stderr: se === null ? '–' : `±${f.count(se, s)}`,
      };
    });
    return {
      costKey: basis.costKey,
      heading: text.heading(text.basis[basis.costKey], cost),
      none:
        basis.status === 'noCostDifference'
          ? text.same
          : basis.status === 'costNotDistinguishable'
            ? text.noisy
            : null,
      rows,
    };
  });
}
