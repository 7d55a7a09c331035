import type { MetricEntry, MetricUnit } from './catalog.ts';

/**
 * Catalog entries of a fund-raising programme (chain/fundRaising.ts): reported only by scenarios
 * that have one. Kinds of offer: angel, tech and bank-linked sub-funds.
 */
const KINDS = [
  ['angel', '天使投资子基金', 'angel sub-funds'],
  ['tech', '科技投资子基金', 'tech sub-funds'],
  ['bankLinked', '投贷联动子基金', 'bank-linked sub-funds'],
] as const;

const entry = (
  key: string,
  unit: MetricUnit,
  zh: string,
  en: string,
  better: 'higher' | 'lower' | null,
  description: string,
): MetricEntry => ({ key, unit, label: { zh, en }, better, description });

export const FUND_RAISING_METRICS: readonly MetricEntry[] = [
  entry(
    'fundRaising.fundsOffered',
    'count',
    '募集计划：发起子基金数',
    'Programme: sub-funds offered',
    null,
    'Sub-funds the guidance fund offered under the fund-raising programme (perYear × offer years, every kind)',
  ),
  entry(
    'fundRaising.fundsClosed',
    'count',
    '募集计划：设立子基金数',
    'Programme: sub-funds closed',
    'higher',
    'Offered sub-funds that closed: private LPs subscribed at least the minimum close share of the target, and the year’s budget and the guidance fund’s capital could anchor at least that much',
  ),
  ...KINDS.flatMap(([kind, zh, en]) => [
    entry(
      `fundRaising.${kind}.fundsOffered`,
      'count',
      `募集计划：发起${zh}数`,
      `Programme: ${en} offered`,
      null,
      `Offers of ${en} under the programme`,
    ),
    entry(
      `fundRaising.${kind}.fundsClosed`,
      'count',
      `募集计划：设立${zh}数`,
      `Programme: ${en} closed`,
      'higher',
      `Offers of ${en} that closed`,
    ),
  ]),
  entry(
    'fundRaising.privateCapitalRaisedCNY',
    'CNY',
    '募集计划：募集社会资本',
    'Programme: private capital raised',
    'higher',
    'Private LPs’ commitments to the programme’s sub-funds that closed (private share × size at close)',
  ),
  entry(
    'fundRaising.guidanceCommittedCNY',
    'CNY',
    '募集计划：引导基金认缴',
    'Programme: guidance-fund commitments',
    null,
    'The guidance fund’s commitments to the programme’s sub-funds (guidance share × size at close); never above the budgets or its capital',
  ),
  entry(
    'fundRaising.budgetUnspentCNY',
    'CNY',
    '募集计划：未使用预算',
    'Programme: budget unspent',
    null,
    'Annual budget never committed: returned to the treasury year by year, or left at the end when it carries forward',
  ),
  entry(
    'fundRaising.recycledCommittedCNY',
    'CNY',
    '募集计划：回收资金再认缴',
    'Programme: recycled receipts committed',
    null,
    'Commitments beyond the guidance fund’s uncommitted capital, made from its own receipts (proceeds = fundLaterVintages); 0 when proceeds return to the treasury',
  ),
];

export const FUND_RAISING_SERIES: readonly MetricEntry[] = [
  ...KINDS.flatMap(([kind, zh, en]) => [
    entry(
      `fundRaising.offeredByYear.${kind}`,
      'count',
      `年度发起${zh}数`,
      `${en} offered by year`,
      null,
      `Each year: offers of ${en} under the programme`,
    ),
    entry(
      `fundRaising.closedByYear.${kind}`,
      'count',
      `年度设立${zh}数`,
      `${en} closed by year`,
      'higher',
      `Each year: offers of ${en} that closed`,
    ),
  ]),
  entry(
    'fundRaising.privateCapitalRaisedByYearCNY',
    'CNY',
    '年度募集社会资本',
    'Private capital raised by year',
    'higher',
    'Each year: private LPs’ commitments to the programme’s sub-funds that closed',
  ),
  entry(
    'fundRaising.guidanceCommittedByYearCNY',
    'CNY',
    '年度引导基金认缴',
    'Guidance-fund commitments by year',
    null,
    'Each year: the guidance fund’s commitments to the programme’s sub-funds; compare with its budget',
  ),
  entry(
    'fundRaising.guidanceBudgetByYearCNY',
    'CNY',
    '年度引导基金认缴预算',
    'Guidance-fund budget by year',
    null,
    'Each programme year: the commitment budget it had (the annual budget, plus what earlier years carried forward); 0 in other years',
  ),
];
