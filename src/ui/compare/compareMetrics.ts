// The compare view's numbers: which metrics a user can pick (every metric of the comparison,
// grouped as the dashboard is), and for each picked one the row the table shows: A's and B's
// median (a probability for a 0/1 indicator), the mean paired difference A − B with its standard
// error at the precision the error allows, differences of rates in percentage points, and a note
// when the two sides are the same in every trial. Pure: tested without rendering.
import {
  describeMetric,
  METRIC_CATALOG,
  type ComparisonResult,
  type Locale,
  type MetricEntry,
  type MetricUnit,
} from '../../engine/index.ts';
import { isFiniteNumber, type ValueFormat } from '../charts/chartTypes.ts';
import { errorStep } from '../format/precision.ts';

/** What the compare view shows before the user picks: what a policymaker asks first. */
export const DEFAULT_COMPARE_PICKS: readonly string[] = [
  'treasury.netCostWithNavPVCNY',
  'treasury.netCostCashPVCNY',
  'treasury.paidCNY',
  'treasury.receivedCNY',
  'chain.privateCapitalCNY',
  'chain.leverage',
  // A fund-raising programme's answer (absent without one: the row is left out).
  'fundRaising.fundsClosed',
  'fundRaising.privateCapitalRaisedCNY',
  'firms.supported',
  'firms.supportedListed',
  'bank.chainNewCreditCNY',
  'guidanceFund.tvpi',
  'angelFunds.privateLP.irr',
  'angelFunds.privateLP.irrUpliftFromConcession',
  'concession.amountCNY',
  'bank.loansCNY',
  'bank.lossCNY',
  'bank.defaults',
  'bank.quartersAboveTolerance',
  'bank.nplRatioExposureWeighted',
];

/** The picker's groups, by the first part of a key. */
const GROUPS: ReadonlyArray<{ id: string; zh: string; en: string; test: RegExp }> = [
  { id: 'treasury', zh: '财政', en: 'Treasury', test: /^treasury\./ },
  {
    id: 'chain',
    zh: '基金链与普惠政策',
    en: 'Chain and programmes',
    test: /^(chain|programmes)\./,
  },
  {
    id: 'guidance',
    zh: '引导基金与种子基金',
    en: 'Guidance and seed funds',
    test: /^(guidanceFund|seedFund)\./,
  },
  {
    id: 'subFunds',
    zh: '子基金',
    en: 'Sub-funds',
    test: /^(angelFunds|techFunds|bankLinkedFunds|fund)\./,
  },
  {
    id: 'concession',
    zh: '让利与股权转让',
    en: 'Concession and transfers',
    test: /^(concession|transfers)\./,
  },
  {
    id: 'fundRaising',
    zh: '子基金募集计划',
    en: 'Fund-raising programme',
    test: /^fundRaising\./,
  },
  { id: 'firms', zh: '企业', en: 'Firms', test: /^firms\./ },
  { id: 'bank', zh: '银行', en: 'Bank', test: /^bank\./ },
];

export type PickerItem = { key: string; label: string };
export type PickerGroup = { id: string; title: string; items: PickerItem[] };

/** Names of sub-funds by id, for `fund.<id>.…` keys (labelled by the fund's name, not its id). */
export type FundNames = Readonly<Record<string, { zh: string; en: string }>>;

/** A metric's label in `locale`; a sub-fund's metric by the fund's name. */
export function metricLabel(key: string, locale: Locale, funds: FundNames = {}): string {
  const entry = describeMetric(key);
  const fund = /^fund\.([a-z][a-z0-9-]*)\./.exec(key)?.[1];
  const name = fund ? funds[fund]?.[locale] : undefined;
  const label = entry && name ? entry.label[locale].replace(fund!, name) : entry?.label[locale];
  if (!label) return key;
  // The catalog writes some English labels as phrases ("angel sub-funds, private LPs: IRR"): a
  // table row starts with a capital.
  return locale === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** Catalog order: the position of a key's catalog entry (pattern), then the key. */
function catalogRank(key: string): number {
  const entry = describeMetric(key);
  if (!entry) return METRIC_CATALOG.length;
  const i = METRIC_CATALOG.findIndex(
    (e) => e.description === entry.description && e.unit === entry.unit,
  );
  return i < 0 ? METRIC_CATALOG.length : i;
}

/** Every metric of a comparison, grouped and in catalog order, filtered by `query` (labels and keys). */
export function pickerGroups(
  keys: readonly string[],
  locale: Locale,
  funds: FundNames = {},
  query = '',
): PickerGroup[] {
  const q = query.trim().toLowerCase();
  const items = keys
    .map((key) => ({ key, label: metricLabel(key, locale, funds), rank: catalogRank(key) }))
    .filter((i) => !q || i.label.toLowerCase().includes(q) || i.key.toLowerCase().includes(q))
    .sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
  const groups: PickerGroup[] = GROUPS.map((g) => ({ id: g.id, title: g[locale], items: [] }));
  const other: PickerGroup = { id: 'other', title: locale === 'zh' ? '其他' : 'Other', items: [] };
  for (const { key, label } of items) {
    const i = GROUPS.findIndex((g) => g.test.test(key));
    (i < 0 ? other : groups[i]!).items.push({ key, label });
  }
  return [...groups, other].filter((g) => g.items.length > 0);
}

/** Metrics whose every value is set by fund sizes, which the model holds fixed. */
const FIXED_BY_FUND_SIZES = [
  /^chain\.privateCapitalCNY$/,
  /^guidanceFund\.committedCNY$/,
  /^(angelFunds|techFunds|bankLinkedFunds)(\.(guidanceFund|privateLP|gp))?\.paidInCNY$/,
  /^fund\.[a-z][a-z0-9-]*\.paidInCNY$/,
];

export function fixedByFundSizes(key: string): boolean {
  return FIXED_BY_FUND_SIZES.some((re) => re.test(key));
}

export interface CompareRow {
  key: string;
  label: string;
  unit: MetricUnit;
  /** A's and B's median, or for an indicator its mean (a probability). */
  a: string;
  b: string;
  kind: 'median' | 'probability';
  /** Mean paired difference A − B, signed, and its standard error, at the error's precision. */
  difference: string | null;
  stderr: string | null;
  /** |difference| > 1.96 standard errors. */
  significant: boolean;
  tone: 'good' | 'bad' | 'neutral';
  /** The same in every trial of both sides (a difference of exactly 0 with no spread). */
  identical: boolean;
  /** Why it is identical, when the model holds what sets it fixed. */
  fixed: boolean;
}

export interface CompareFormats {
  /** By unit, for A's and B's medians. */
  value: Readonly<Record<MetricUnit, ValueFormat>>;
  /** By unit, for differences (percentage points for rates and shares). */
  difference: Readonly<Record<MetricUnit, ValueFormat>>;
  missing?: string;
}

const MINUS = '\u2212';

export function compareRows(
  comparison: Pick<ComparisonResult, 'metrics'>,
  picks: readonly string[],
  locale: Locale,
  formats: CompareFormats,
  funds: FundNames = {},
  describe: (key: string) => MetricEntry | null = describeMetric,
): CompareRow[] {
  const missing = formats.missing ?? '—';
  const rows: CompareRow[] = [];
  for (const key of picks) {
    const m = comparison.metrics[key];
    if (!m) continue;
    const entry = describe(key);
    const unit: MetricUnit = entry?.unit ?? 'count';
    const indicator = unit === 'indicator';
    const value = formats.value[unit];
    const side = (s: typeof m.a) => {
      const v = indicator ? s.mean : s.p50;
      return isFiniteNumber(v) ? value(v) : missing;
    };
    const d = m.difference;
    const fmt = formats.difference[unit];
    let difference: string | null = null;
    let stderr: string | null = null;
    let significant = false;
    let tone: CompareRow['tone'] = 'neutral';
    const identical = d.mean === 0 && d.stderr === 0;
    if (isFiniteNumber(d.mean)) {
      const se = isFiniteNumber(d.stderr) ? Math.abs(d.stderr) : null;
      // Shown at the error's precision: two significant digits of the standard error.
      const step = se !== null && se > 0 ? errorStep(se) : undefined;
      const abs = fmt(Math.abs(d.mean), step);
      difference =
        identical || abs === fmt(0, step) ? fmt(0, step) : `${d.mean > 0 ? '+' : MINUS}${abs}`;
      stderr = se === null ? null : fmt(se, step);
      significant = se !== null && Math.abs(d.mean) > 1.96 * se;
      const better = entry?.better ?? null;
      if (significant && better) tone = d.mean > 0 === (better === 'higher') ? 'good' : 'bad';
    }
    rows.push({
      key,
      label: metricLabel(key, locale, funds),
      unit,
      a: side(m.a),
      b: side(m.b),
      kind: indicator ? 'probability' : 'median',
      difference,
      stderr,
      significant,
      tone,
      identical,
      fixed: identical && fixedByFundSizes(key),
    });
  }
  return rows;
}
