import type { Locale, Scenario } from '../../engine/index.ts';
import type { MetricGroupSpec } from '../charts/metricTableModel.ts';
import { formats } from './chartText.ts';

/**
 * The dashboard's metric tables: which catalog keys each shows, grouped, and in what order.
 * Labels and definitions come from the engine's catalog; only group titles and notes are here.
 */

/** What the fiscal money bought: the chain and the province-wide programmes, each on its own basis. */
export function fiscalOutcomeGroups(locale: Locale): MetricGroupSpec[] {
  const zh = locale === 'zh';
  return [
    {
      title: zh
        ? '基金链（引导基金、种子基金与投资奖励）'
        : 'The chain (guidance fund, seed fund, investment rewards)',
      rows: [
        { key: 'chain.fiscalSpentCNY' },
        { key: 'chain.privateCapitalCNY' },
        { key: 'bank.chainFirstLoans' },
        { key: 'bank.chainFirstLoansCNY' },
        { key: 'bank.chainNewCreditCNY' },
        { key: 'chain.leveragePrivate' },
        { key: 'chain.leverageBankCredit' },
        { key: 'chain.leverage' },
        { key: 'chain.netCostCashPVCNY' },
        { key: 'chain.netCostWithNavPVCNY' },
        { key: 'chain.madeNetGain' },
        { key: 'chain.netGainCNY' },
        // Undefined where the chain made money (chain.madeNetGain = 1): a gain is not a cost.
        {
          key: 'chain.costPerBackedFirmCNY',
          undefinedBecause: {
            reason: 'chainGain',
            indicator: 'chain.madeNetGain',
            otherwise: 'noBackedFirm',
          },
        },
        {
          key: 'chain.costPerBackedListingCNY',
          undefinedBecause: {
            reason: 'chainGain',
            indicator: 'chain.madeNetGain',
            otherwise: 'noBackedListing',
          },
        },
      ],
    },
    {
      title: zh
        ? '全省普惠政策（风险补偿资金池、担保代偿、补贴）'
        : 'Province-wide programmes (risk pool, guarantee claims, subsidies)',
      rows: [
        { key: 'programmes.fiscalSpentCNY' },
        { key: 'bank.programmeNewCreditCNY' },
        { key: 'programmes.leverageBankCredit' },
        { key: 'programmes.netCostPVCNY' },
        { key: 'programmes.firmsReached' },
        { key: 'programmes.costPerFirmReachedCNY' },
      ],
    },
  ];
}

/** The treasury's money: paid, returned unused, spent, cash back, NAV, and both net costs. */
export function treasuryGroups(): MetricGroupSpec[] {
  return [
    {
      title: '',
      rows: [
        { key: 'treasury.paidCNY' },
        { key: 'treasury.refundedCNY' },
        { key: 'treasury.spentCNY' },
        { key: 'treasury.receivedCNY' },
        { key: 'treasury.navCNY' },
        { key: 'treasury.netCostCashPVCNY' },
        { key: 'treasury.netCostWithNavPVCNY' },
      ],
    },
  ];
}

/** The guidance fund's budget: what it drew and committed, and what its capital could not cover. */
export function guidanceBudgetGroups(): MetricGroupSpec[] {
  return [
    {
      title: '',
      rows: [
        { key: 'guidanceFund.capitalDrawnCNY' },
        { key: 'guidanceFund.committedCNY' },
        { key: 'guidanceFund.commitmentsRefused' },
        { key: 'guidanceFund.commitmentsRefusedCNY' },
        { key: 'guidanceFund.purchasesRefused' },
        { key: 'guidanceFund.purchasesRefusedCNY' },
      ],
    },
  ];
}

/** Why the guidance fund refuses: its capital binds. With the run's own capital and budget share. */
export function guidanceBudgetNote(locale: Locale, scenario: Scenario | null): string {
  const f = formats(locale);
  const g = scenario?.funds.guidanceFund;
  if (locale === 'zh') {
    const size = g
      ? `引导基金规模 ${f.money(g.capitalCNY)}，其中 ${f.percent(g.stakePurchaseBudgetShare)}（${f.money(g.capitalCNY * g.stakePurchaseBudgetShare)}）预留用于收购天使子基金转让的股权，`
      : '引导基金的股权收购预算';
    return `引导基金的资金是硬约束：${size}管理费也先行预留，其余资金用于认缴子基金。未认缴资金不足时子基金无法设立，收购预算或资金不足时股权收购被拒绝，二者均在下表计数。`;
  }
  const size = g
    ? `of its ${f.money(g.capitalCNY)}, ${f.percent(g.stakePurchaseBudgetShare)} (${f.money(g.capitalCNY * g.stakePurchaseBudgetShare)}) is set aside to buy stakes from angel sub-funds and its manager’s fee is set aside too; the rest anchors sub-fund commitments.`
    : 'its stake-purchase budget and its manager’s fee are set aside; the rest anchors sub-fund commitments.';
  return `The guidance fund’s capital binds: ${size} A sub-fund the uncommitted capital cannot anchor never forms, and a stake purchase the budget or capital cannot cover is refused; both are counted below.`;
}

/** The bank's NPL measures and its renewals apart from new money. */
export function bankGroups(locale: Locale, scenario: Scenario | null): MetricGroupSpec[] {
  const minBook = scenario?.bank.reporting.minBookCNY;
  const book = minBook === undefined ? null : formats(locale).money(minBook);
  const note =
    book === null
      ? undefined
      : locale === 'zh'
        ? `只计贷款余额不低于 ${book}的季度。`
        : `Over quarters with a book of at least ${book}.`;
  // The catalog: the peak and median are undefined only when no quarter's book is large enough.
  const small = { reason: 'smallBook' } as const;
  return [
    {
      title: '',
      rows: [
        { key: 'bank.nplRatioExposureWeighted' },
        { key: 'bank.nplRatioPeak', undefinedBecause: small, ...(note ? { note } : {}) },
        { key: 'bank.nplRatioMedian', undefinedBecause: small, ...(note ? { note } : {}) },
        { key: 'bank.shareOfQuartersAboveTolerance' },
        { key: 'bank.renewalsCNY' },
        { key: 'bank.newMoneyLoansCNY' },
      ],
    },
  ];
}
