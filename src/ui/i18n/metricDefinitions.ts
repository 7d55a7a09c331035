import { describeMetric, type Locale, type MetricEntry } from '../../engine/index.ts';

/**
 * Chinese definitions of the metrics the dashboard shows. The engine's catalog states each
 * definition in English only; each translation keeps the English it was made from, and a test
 * checks that the catalog still says the same, so a changed definition cannot leave a stale
 * translation behind. A metric with no translation shows the catalog's English.
 */
export type Translation = { source: string; zh: string };

export const METRIC_DEFINITIONS_ZH: Readonly<Record<string, Translation>> = {
  // The chain
  'chain.fiscalSpentCNY': {
    source:
      'Spent on the chain: fiscal money drawn by the guidance and seed funds, and investment rewards',
    zh: '用于基金链的财政资金：引导基金与种子基金从财政提取的资金，加上投资奖励',
  },
  'chain.privateCapitalCNY': {
    source: 'Private LPs’ and GPs’ capital called by the chain’s sub-funds',
    zh: '基金链各子基金中社会出资人和管理人（GP）的实缴出资',
  },
  'bank.chainFirstLoans': {
    source: 'Firms’ first loans (首贷) made once a fund of the chain had backed them',
    zh: '企业获基金链投资之后取得的首笔贷款（首贷）笔数',
  },
  'bank.chainFirstLoansCNY': { source: 'Their principal', zh: '上述首贷的本金' },
  'bank.chainNewCreditCNY': {
    source:
      'New-money loans (renewals excluded) to firms a fund of the chain had backed by signing',
    zh: '签约时已获基金链投资的企业取得的新增贷款（不含续贷）',
  },
  'chain.leveragePrivate': {
    source: 'chain.privateCapitalCNY ÷ chain.fiscalSpentCNY',
    zh: '撬动社会资本 ÷ 基金链财政投入',
  },
  'chain.leverageBankCredit': {
    source: 'bank.chainNewCreditCNY ÷ chain.fiscalSpentCNY',
    zh: '支持企业新增贷款 ÷ 基金链财政投入',
  },
  'chain.leverage': {
    source: '(chain.privateCapitalCNY + bank.chainNewCreditCNY) ÷ chain.fiscalSpentCNY',
    zh: '（撬动社会资本 ＋ 支持企业新增贷款）÷ 基金链财政投入',
  },
  'chain.netCostCashPVCNY': {
    source: 'PV(chain spent) − PV(chain cash back)',
    zh: '基金链财政投入的现值 − 基金链收回现金的现值',
  },
  'chain.netCostWithNavPVCNY': {
    source:
      'Chain net cost on cash less PV(chain NAV) × (1 − haircut); negative when the chain made money',
    zh: '基金链现金净成本 − 基金链期末净值的现值 ×（1 − 净值折扣）；基金链实现净收益时为负',
  },
  'chain.costPerBackedFirmCNY': {
    source:
      'chain.netCostWithNavPVCNY ÷ firms.supported; undefined when the chain made money (see chain.netGainCNY) or backed no firm',
    zh: '基金链净成本（含净值，现值）÷ 基金链支持企业数；基金链实现财政净收益（见“基金链财政净收益”）或未支持任何企业时无定义',
  },
  'chain.costPerBackedListingCNY': {
    source:
      'chain.netCostWithNavPVCNY ÷ firms.supportedListed; undefined when the chain made money or no backed firm listed',
    zh: '基金链净成本（含净值，现值）÷ 基金链支持企业上市数；基金链实现财政净收益或支持企业无一上市时无定义',
  },
  'chain.netGainCNY': {
    source:
      'max(0, −chain.netCostWithNavPVCNY): what the chain earned the treasury when it made money',
    zh: 'max(0, −基金链净成本（含净值，现值）)：基金链盈利时为财政赚取的金额，未盈利时为 0',
  },
  'chain.madeNetGain': {
    source: '1 when chain.netCostWithNavPVCNY < 0; its mean is the probability',
    zh: '基金链净成本（含净值，现值）< 0 时为 1，否则为 0；其均值即概率',
  },
  // The province-wide programmes
  'programmes.fiscalSpentCNY': {
    source:
      'Spent on the province-wide programmes: the risk pool (less unused), guarantee claims and subsidies',
    zh: '用于全省普惠政策的财政资金：风险补偿资金池（扣除未使用退回部分）、担保代偿和补贴',
  },
  'bank.programmeNewCreditCNY': {
    source: 'New-money loans to firms the chain had not backed (mostly points and IP-pledge loans)',
    zh: '基金链未投资企业取得的新增贷款（主要为积分贷和知识产权质押贷款）',
  },
  'programmes.leverageBankCredit': {
    source: 'bank.programmeNewCreditCNY ÷ programmes.fiscalSpentCNY',
    zh: '其他企业新增贷款 ÷ 全省普惠政策财政投入',
  },
  'programmes.firmsReached': {
    source:
      'Firms that borrowed from the tech book (which the pool stands behind) or received a subsidy',
    zh: '获得科技贷款（由风险补偿资金池兜底）或获得补贴的企业数',
  },
  'programmes.netCostPVCNY': {
    source: 'PV of the programmes’ spending (they bring nothing back)',
    zh: '全省普惠政策支出的现值（这些政策没有回收）',
  },
  'programmes.costPerFirmReachedCNY': {
    source: 'programmes.netCostPVCNY ÷ programmes.firmsReached',
    zh: '全省普惠政策成本（现值）÷ 政策覆盖企业数',
  },
  // The guidance fund's budget
  'guidanceFund.capitalDrawnCNY': {
    source:
      'Fiscal money the guidance fund drew from the treasury (never above its capital); it spends its own receipts first',
    zh: '引导基金从财政提取的资金（不超过其规模）；引导基金先用自身回收的资金',
  },
  'guidanceFund.committedCNY': {
    source: 'Commitments made to sub-funds at their first close',
    zh: '子基金首次交割时引导基金作出的认缴',
  },
  'guidanceFund.commitmentsRefused': {
    source:
      'Sub-funds that never formed because the guidance fund’s uncommitted capital (capital − fee reserve − stake-purchase budget − commitments) could not anchor them',
    zh: '因引导基金未认缴资金（规模 − 管理费预留 − 股权收购预算 − 已认缴）不足以出资而未能设立的子基金数',
  },
  'guidanceFund.commitmentsRefusedCNY': {
    source: 'The guidance parts of the refused sub-funds',
    zh: '上述未设立子基金中应由引导基金认缴的部分',
  },
  'guidanceFund.purchasesRefused': {
    source:
      'Stake sales by angel sub-funds the guidance fund refused because its stake-purchase budget or capital could not cover them',
    zh: '因股权收购预算或资金不足，引导基金拒绝的天使子基金股权转让笔数',
  },
  'guidanceFund.purchasesRefusedCNY': {
    source: 'Prices of the refused stake purchases',
    zh: '被拒绝的股权收购的价格合计',
  },
  // The treasury
  'treasury.paidCNY': {
    source: 'Every yuan out of the treasury, gross',
    zh: '财政拨出的全部资金（总额）',
  },
  'treasury.refundedCNY': {
    source: 'Fiscal money returned unused (the risk pool’s unspent funding at the horizon)',
    zh: '未使用而退回的财政资金（期末风险补偿资金池的结余）',
  },
  'treasury.spentCNY': {
    source: 'Paid less returned unused: the denominator of every leverage figure on its basis',
    zh: '拨出总额减未使用退回：各口径撬动倍数的分母',
  },
  'treasury.receivedCNY': {
    source:
      'Cash back: the seed and guidance funds’ distributions and their cash at the horizon (NAV apart)',
    zh: '收回的现金：种子基金与引导基金的分配及其期末现金（净值另计）',
  },
  'treasury.navCNY': {
    source:
      'Unrealised stakes of the seed and guidance funds at the horizon, at their latest round price (not cash)',
    zh: '期末种子基金与引导基金尚未退出的股权，按最近一轮融资价格估值（不是现金）',
  },
  'treasury.netCostCashPVCNY': {
    source:
      'PV(spent) − PV(cash received), discounting quarter t by (1 + r)^(t/4) at fiscal.discountRatePerYear; NAV not counted',
    zh: '实际使用的现值 − 收回现金的现值，第 t 季度按 (1 + r)^(t/4) 贴现，r 为财政资金贴现率；不计净值',
  },
  'treasury.netCostWithNavPVCNY': {
    source: 'Net cost on cash less PV(NAV) × (1 − fiscal.navHaircutShare)',
    zh: '现金净成本 − 期末净值的现值 ×（1 − 期末未实现净值折扣）',
  },
  // The bank
  'bank.nplRatioExposureWeighted': {
    source: 'Σ non-performing principal ÷ Σ book principal over the quarter-ends of the horizon',
    zh: '全期各季末不良贷款本金之和 ÷ 各季末贷款余额之和',
  },
  'bank.nplRatioPeak': {
    source:
      'Highest quarter-end NPL ratio (non-performing ÷ book principal) over quarters whose book is at least bank.reporting.minBookCNY; undefined when none is',
    zh: '贷款余额不低于“不良率统计最低贷款余额”的季度中，季末不良率（不良本金 ÷ 贷款余额）的最高值；没有这样的季度时无定义',
  },
  'bank.nplRatioMedian': {
    source: 'Median quarter-end NPL ratio over the same quarters',
    zh: '同样这些季度的季末不良率中位数',
  },
  'bank.shareOfQuartersAboveTolerance': {
    source: 'bank.quartersAboveTolerance ÷ quarter-ends with a non-empty book',
    zh: '不良率超容忍度季度数 ÷ 有贷款余额的季末数',
  },
  'bank.renewalsCNY': {
    source:
      'Loans of the same product to the same firm in the quarter its previous one matured and was repaid (rollovers, not new money)',
    zh: '同一企业在上一笔同类贷款到期还清的当季再获得的同类贷款（续贷，不是新增资金）',
  },
  'bank.newMoneyLoansCNY': {
    source: 'bank.loansCNY − bank.renewalsCNY',
    zh: '贷款发放额 − 续贷金额',
  },
};

export const SERIES_DEFINITIONS_ZH: Readonly<Record<string, Translation>> = {
  'bank.nplRatioByYear': {
    source: 'Each year: Σ non-performing ÷ Σ book principal over its four quarter-ends',
    zh: '每年：四个季末不良本金之和 ÷ 四个季末贷款余额之和',
  },
};

// Dotted words that may be metric keys, e.g. `chain.leverage` or `bank.chainNewCreditCNY`.
const KEY_LIKE = /\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+\b/g;

/**
 * The catalog's English with metric keys replaced by their labels, so a reader sees
 * 'Private capital mobilised ÷ Chain: fiscal money spent' rather than two keys. Dotted words
 * that are not metrics (scenario fields such as fiscal.navHaircutShare) stay as they are.
 */
export function readableDefinition(
  description: string,
  describe: (key: string) => MetricEntry | null = describeMetric,
): string {
  return description.replace(KEY_LIKE, (word) => describe(word)?.label.en ?? word);
}

/** A metric's (or series') definition in the reader's language. */
export function metricDefinition(
  entry: MetricEntry,
  locale: Locale,
  kind: 'metric' | 'series' = 'metric',
  describe: (key: string) => MetricEntry | null = describeMetric,
): string {
  if (locale === 'zh') {
    const zh = (kind === 'metric' ? METRIC_DEFINITIONS_ZH : SERIES_DEFINITIONS_ZH)[entry.key];
    // A translation of an older definition is not shown: the catalog's English is the truth.
    if (zh && zh.source === entry.description) return zh.zh;
  }
  return readableDefinition(entry.description, describe);
}
