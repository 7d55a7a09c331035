/**
 * The catalog of every metric and series a run reports: its key (or a pattern of keys), unit,
 * label in both languages, which way is better, and its definition — with the denominator of
 * every ratio. The README's metric table is written from it, the command line formats by its
 * unit, and a test checks that a trial reports nothing the catalog does not define.
 *
 * Patterns: `<group>` is angelFunds, techFunds or bankLinkedFunds; `<class>` is guidanceFund,
 * privateLP or gp; `<id>` a sub-fund's id; `<use>` a use of fiscal money (fiscalBudget.ts). Labels
 * use `{group}`, `{class}`, `{id}` and `{use}`.
 */

import { FUND_RAISING_METRICS, FUND_RAISING_SERIES } from './fundRaisingCatalog.ts';

export type MetricUnit =
  | 'CNY'
  /** An annual rate as a fraction (0.08 = 8% a year). */
  | 'rate'
  /** A difference of two rates (0.01 = 1 percentage point). */
  | 'rateDifference'
  /** A ratio such as TVPI or leverage (×). */
  | 'multiple'
  /** A fraction of a stated whole (0.05 = 5%). */
  | 'share'
  | 'count'
  /** A quarter of the simulation (0 = the first). */
  | 'quarter'
  /** 1 or 0 in a trial; its mean over trials is a probability. */
  | 'indicator';

export type MetricEntry = {
  key: string;
  unit: MetricUnit;
  label: { zh: string; en: string };
  better: 'higher' | 'lower' | null;
  description: string;
  /** When the metric is undefined in a trial (NaN, counted as undefined); absent: never. */
  undefinedWhen?: string;
};

const GROUP_NAMES: Record<string, { zh: string; en: string }> = {
  angelFunds: { zh: '天使投资子基金', en: 'angel sub-funds' },
  techFunds: { zh: '科技投资子基金', en: 'tech sub-funds' },
  bankLinkedFunds: { zh: '投贷联动子基金', en: 'bank-linked sub-funds' },
};
const CLASS_NAMES: Record<string, { zh: string; en: string }> = {
  guidanceFund: { zh: '引导基金', en: 'guidance fund' },
  privateLP: { zh: '社会出资人', en: 'private LPs' },
  gp: { zh: '管理人（GP）', en: 'GP' },
};

const USE_NAMES: Record<string, { zh: string; en: string }> = {
  guidanceFund: { zh: '引导基金', en: 'guidance fund' },
  seedFund: { zh: '种子基金', en: 'seed fund' },
  riskPool: { zh: '风险补偿资金池', en: 'risk-compensation pool' },
  subsidies: { zh: '贴息与补贴', en: 'subsidies' },
  rewards: { zh: '投资奖励', en: 'investment rewards' },
  guarantees: { zh: '担保代偿', en: 'guarantee claims' },
};

/** The ILPA definitions every fund multiple keeps (stated once; each entry refers to it). */
export const ILPA_DEFINITION =
  'ILPA, gross flows: paid-in = every contribution; DPI = distributions before the horizon ÷ paid-in; RVPI = NAV at the horizon (stakes still held, at their latest round price) ÷ paid-in; TVPI = DPI + RVPI; IRR annualised from each quarter’s net flow. Undefined with nothing paid in';

/** IRR, TVPI, DPI, RVPI and paid-in of one investor (or investors together) in something. */
function ilpa(prefix: string, who: { zh: string; en: string }, whose: string): MetricEntry[] {
  const entry = (
    suffix: string,
    unit: MetricUnit,
    name: string,
    better: 'higher' | null,
    what: string,
  ): MetricEntry => ({
    key: `${prefix}.${suffix}`,
    unit,
    label: { zh: `${who.zh} ${name}`, en: `${who.en}: ${name}` },
    better,
    description: `${what} of ${whose} (ILPA, gross flows)`,
    undefinedWhen:
      suffix === 'irr'
        ? 'the flows have no IRR (no sign change, or nothing paid in)'
        : 'nothing was paid in',
  });
  return [
    entry('irr', 'rate', 'IRR', 'higher', 'Net IRR'),
    entry('tvpi', 'multiple', 'TVPI', 'higher', 'Total value to paid-in'),
    entry('dpi', 'multiple', 'DPI', 'higher', 'Distributions to paid-in'),
    entry('rvpi', 'multiple', 'RVPI', null, 'Residual value (NAV) to paid-in'),
    {
      key: `${prefix}.paidInCNY`,
      unit: 'CNY',
      label: { zh: `${who.zh} 实缴`, en: `${who.en}: paid-in` },
      better: null,
      description: `Paid-in capital of ${whose}: every contribution, gross`,
    },
  ];
}

/** The public market equivalents of one investor (or investors together): trial/publicMarket.ts. */
function againstMarket(
  prefix: string,
  who: { zh: string; en: string },
  whose: string,
): MetricEntry[] {
  return [
    {
      key: `${prefix}.ksPme`,
      unit: 'multiple',
      label: { zh: `${who.zh} 公开市场等价倍数 PME`, en: `${who.en}: KS-PME` },
      better: 'higher',
      description: `Kaplan–Schoar PME of ${whose}: (Σ distributions × I_T/I_t + NAV) ÷ Σ contributions × I_T/I_t, I the trial’s public index (economy.publicMarket); above 1 it beat the index`,
      undefinedWhen: 'nothing was paid in',
    },
    {
      key: `${prefix}.directAlpha`,
      unit: 'rate',
      label: { zh: `${who.zh} 直接超额收益`, en: `${who.en}: Direct Alpha` },
      better: 'higher',
      description: `Direct Alpha (Gredil, Griffiths and Stucke 2014) of ${whose}: the IRR of its net flows carried to the horizon at the public index’s return, annualised (discrete); above 0 it beat the index`,
      undefinedWhen: 'the carried flows have no IRR (no sign change, or nothing paid in)',
    },
  ];
}

const m = (
  key: string,
  unit: MetricUnit,
  zh: string,
  en: string,
  better: 'higher' | 'lower' | null,
  description: string,
  undefinedWhen?: string,
): MetricEntry => ({
  key,
  unit,
  label: { zh, en },
  better,
  description,
  ...(undefinedWhen ? { undefinedWhen } : {}),
});

export const METRIC_CATALOG: readonly MetricEntry[] = [
  // Funds as investors
  ...ilpa(
    'guidanceFund',
    { zh: '引导基金', en: 'Guidance fund' },
    'the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded)',
  ),
  ...ilpa(
    'seedFund',
    { zh: '种子基金', en: 'Seed fund' },
    'the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in',
  ),
  ...ilpa(
    '<group>',
    { zh: '{group}', en: '{group}' },
    'a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds)',
  ),
  ...ilpa(
    '<group>.<class>',
    { zh: '{group}·{class}', en: '{group}, {class}' },
    'one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions',
  ),
  ...ilpa('fund.<id>', { zh: '{id}', en: '{id}' }, 'one sub-fund, all investors together'),
  m(
    'fund.<id>.commitmentCNY',
    'CNY',
    '{id} 认缴规模',
    '{id}: commitment',
    null,
    'What the sub-fund’s investors committed at its close (0 when it never formed: the guidance fund’s capital ran out)',
  ),
  m(
    'fund.<id>.carryCNY',
    'CNY',
    '{id} 业绩报酬',
    '{id}: carry',
    null,
    'Carried interest the sub-fund paid its GP over the trial (its mean over trials is the expected carry)',
  ),
  m(
    'fund.<id>.tvpiBelowOne',
    'indicator',
    '{id} TVPI < 1',
    '{id}: TVPI below 1',
    'lower',
    '1 when the sub-fund’s TVPI (all investors, ILPA) is below 1: investors got back less than they paid in; its mean is P(TVPI < 1)',
    'nothing was paid in',
  ),
  ...againstMarket('guidanceFund', { zh: '引导基金', en: 'Guidance fund' }, 'the guidance fund'),
  ...againstMarket('seedFund', { zh: '种子基金', en: 'Seed fund' }, 'the seed fund'),
  ...againstMarket('<group>', { zh: '{group}', en: '{group}' }, 'a group of sub-funds'),
  ...againstMarket('fund.<id>', { zh: '{id}', en: '{id}' }, 'one sub-fund, all investors together'),
  m(
    '<group>.carryCNY',
    'CNY',
    '{group} 业绩报酬',
    '{group}: carry',
    null,
    'Carried interest paid to the GPs of the group',
  ),
  m(
    '<group>.privateLP.irrWithoutConcession',
    'rate',
    '{group} 社会出资人 IRR（不含让利）',
    '{group}: private LPs’ IRR without the concession',
    null,
    'Private LPs’ IRR in the same trial less the conceded postings',
    'the flows have no IRR',
  ),
  m(
    '<group>.privateLP.tvpiWithoutConcession',
    'multiple',
    '{group} 社会出资人 TVPI（不含让利）',
    '{group}: private LPs’ TVPI without the concession',
    null,
    'Private LPs’ TVPI in the same trial less the conceded postings',
    'nothing was paid in',
  ),
  m(
    '<group>.privateLP.irrUpliftFromConcession',
    'rateDifference',
    '{group} 让利带来的 IRR 提升',
    '{group}: IRR uplift from the concession',
    'higher',
    'What 让利 adds to private LPs’ IRR: their IRR less their IRR without the conceded postings (percentage points)',
    'either IRR is undefined',
  ),
  // The guidance fund's budget
  m(
    'guidanceFund.capitalDrawnCNY',
    'CNY',
    '引导基金已用财政资金',
    'Guidance fund: capital drawn',
    null,
    'Fiscal money the guidance fund drew from the treasury (never above its capital); it spends its own receipts first',
  ),
  m(
    'guidanceFund.committedCNY',
    'CNY',
    '引导基金对子基金认缴',
    'Guidance fund: commitments made',
    null,
    'Commitments made to sub-funds at their first close',
  ),
  m(
    'guidanceFund.commitmentsRefused',
    'count',
    '引导基金无力认缴的子基金数',
    'Guidance fund: commitments refused',
    'lower',
    'Sub-funds that never formed because the guidance fund’s uncommitted capital (capital − fee reserve − stake-purchase budget − commitments) could not anchor them',
  ),
  m(
    'guidanceFund.commitmentsRefusedCNY',
    'CNY',
    '引导基金无力认缴金额',
    'Guidance fund: commitments refused (CNY)',
    'lower',
    'The guidance parts of the refused sub-funds',
  ),
  m(
    'guidanceFund.purchasesRefused',
    'count',
    '引导基金拒绝的股权收购',
    'Guidance fund: purchases refused',
    'lower',
    'Stake sales by angel sub-funds the guidance fund refused because its stake-purchase budget or capital could not cover them',
  ),
  m(
    'guidanceFund.purchasesRefusedCNY',
    'CNY',
    '引导基金拒绝的收购金额',
    'Guidance fund: purchases refused (CNY)',
    'lower',
    'Prices of the refused stake purchases',
  ),
  // The concession and stake transfers
  m(
    'concession.amountCNY',
    'CNY',
    '让利金额',
    'Concession',
    null,
    'The guidance fund’s gains conceded (让利) to private LPs and GPs',
  ),
  m(
    'concession.toPrivateLPsCNY',
    'CNY',
    '让利给社会出资人',
    'Concession to private LPs',
    null,
    'Conceded to private LPs',
  ),
  m('concession.toGpCNY', 'CNY', '让利给管理人', 'Concession to GPs', null, 'Conceded to GPs'),
  m(
    'transfers.seedToAngel.count',
    'count',
    '种子基金转让股权笔数',
    'Seed → angel transfers',
    null,
    'Stakes sold by the seed fund to angel sub-funds',
  ),
  m(
    'transfers.seedToAngel.amountCNY',
    'CNY',
    '种子基金转让金额',
    'Seed → angel transfers (CNY)',
    null,
    'Their prices',
  ),
  m(
    'transfers.angelToGuidance.count',
    'count',
    '天使子基金向引导基金转让笔数',
    'Angel → guidance transfers',
    null,
    'Stakes sold by angel sub-funds to the guidance fund',
  ),
  m(
    'transfers.angelToGuidance.amountCNY',
    'CNY',
    '天使子基金向引导基金转让金额',
    'Angel → guidance transfers (CNY)',
    null,
    'Their prices',
  ),
  // Firms
  m(
    'firms.arrived',
    'count',
    '进入企业数',
    'Firms arrived',
    null,
    'Firms that entered at POC, ANGEL or EARLY',
  ),
  m(
    'firms.supported',
    'count',
    '基金链支持企业数',
    'Firms backed by the chain',
    'higher',
    'Firms a fund of the chain invested in or bought a stake of',
  ),
  m(
    'firms.listed',
    'count',
    '上市企业数',
    'Firms listed',
    null,
    'Listings of all firms (NEEQ and exchanges)',
  ),
  m(
    'firms.supportedListed',
    'count',
    '基金链支持企业上市数',
    'Backed firms listed',
    'higher',
    'Listings of firms the chain backed',
  ),
  m('firms.sold', 'count', '并购退出企业数', 'Firms sold', null, 'Trade sales'),
  m('firms.failed', 'count', '失败企业数', 'Firms failed', null, 'Failures'),
  m(
    'firms.valuationsCapped',
    'count',
    '估值触及上限次数',
    'Valuations held at the cap',
    null,
    'Valuations (at entry, in a round or at an exit) that would have passed CNY 1 trillion and were held at it; nonzero only for extreme scenario values',
  ),
  // The treasury
  m(
    'treasury.paidCNY',
    'CNY',
    '财政支出（总额）',
    'Treasury: paid',
    null,
    'Every yuan out of the treasury, gross',
  ),
  m(
    'treasury.refundedCNY',
    'CNY',
    '未使用退回财政',
    'Treasury: returned unused',
    null,
    'Fiscal money returned unused (the risk pool’s unspent funding at the horizon)',
  ),
  m(
    'treasury.spentCNY',
    'CNY',
    '财政实际使用',
    'Treasury: spent',
    null,
    'Paid less returned unused: the denominator of every leverage figure on its basis',
  ),
  m(
    'treasury.receivedCNY',
    'CNY',
    '财政收回现金',
    'Treasury: cash received',
    'higher',
    'Cash back: the seed and guidance funds’ distributions and their cash at the horizon (NAV apart)',
  ),
  m(
    'treasury.navCNY',
    'CNY',
    '财政期末未实现净值',
    'Treasury: NAV at horizon',
    null,
    'Unrealised stakes of the seed and guidance funds at the horizon, at their latest round price (not cash)',
  ),
  m(
    'treasury.netCostCashPVCNY',
    'CNY',
    '财政净成本（现金，现值）',
    'Treasury net cost, cash (PV)',
    'lower',
    'PV(spent) − PV(cash received), discounting quarter t by (1 + r)^(t/4) at fiscal.discountRatePerYear; NAV not counted',
  ),
  m(
    'treasury.netCostWithNavPVCNY',
    'CNY',
    '财政净成本（含净值，现值）',
    'Treasury net cost with NAV (PV)',
    'lower',
    'Net cost on cash less PV(NAV) × (1 − fiscal.navHaircutShare)',
  ),
  m(
    'treasury.spent.guidanceFundCNY',
    'CNY',
    '引导基金出资',
    'Spent: guidance fund',
    null,
    'Fiscal money drawn by the guidance fund',
  ),
  m(
    'treasury.spent.seedFundCNY',
    'CNY',
    '种子基金出资',
    'Spent: seed fund',
    null,
    'Fiscal money drawn by the seed fund',
  ),
  m(
    'treasury.spent.riskPoolCNY',
    'CNY',
    '风险补偿资金池',
    'Spent: risk pool',
    null,
    'Funding of the risk-compensation pool less what came back unused',
  ),
  m(
    'treasury.spent.subsidiesCNY',
    'CNY',
    '贴息与补贴',
    'Spent: subsidies',
    null,
    'Unicorn interest subsidy, first-set insurance and listing subsidies',
  ),
  m(
    'treasury.spent.rewardsCNY',
    'CNY',
    '投资奖励',
    'Spent: investment rewards',
    null,
    'Equity investment rewards to sub-funds (passed to their non-government investors)',
  ),
  m(
    'treasury.spent.guaranteesCNY',
    'CNY',
    '担保代偿（政府分担）',
    'Spent: guarantee claims',
    null,
    'The government’s share of guaranteed loans’ losses',
  ),
  m(
    'treasury.peakAnnualOutlayCNY',
    'CNY',
    '年度财政支出峰值',
    'Peak annual outlay',
    'lower',
    'The largest year’s fiscal outlay (every yuan the treasury pays out in that year, gross; the horizon falls in the last year): the budget line a year must allow for',
  ),
  // What the money bought: the chain
  m(
    'chain.fiscalSpentCNY',
    'CNY',
    '基金链财政投入',
    'Chain: fiscal money spent',
    null,
    'Spent on the chain: fiscal money drawn by the guidance and seed funds, and investment rewards',
  ),
  m(
    'chain.receivedCNY',
    'CNY',
    '基金链收回现金',
    'Chain: cash back',
    'higher',
    'Cash the guidance and seed funds handed back',
  ),
  m(
    'chain.navCNY',
    'CNY',
    '基金链期末净值',
    'Chain: NAV at horizon',
    null,
    'Their unrealised stakes at the horizon',
  ),
  m(
    'chain.netCostCashPVCNY',
    'CNY',
    '基金链净成本（现金，现值）',
    'Chain net cost, cash (PV)',
    'lower',
    'PV(chain spent) − PV(chain cash back)',
  ),
  m(
    'chain.netCostWithNavPVCNY',
    'CNY',
    '基金链净成本（含净值，现值）',
    'Chain net cost with NAV (PV)',
    'lower',
    'Chain net cost on cash less PV(chain NAV) × (1 − haircut); negative when the chain made money',
  ),
  m(
    'chain.privateCapitalCNY',
    'CNY',
    '撬动社会资本',
    'Private capital mobilised',
    'higher',
    'Private LPs’ and GPs’ capital called by the chain’s sub-funds',
  ),
  m(
    'chain.leveragePrivate',
    'multiple',
    '每元财政撬动社会资本',
    'Private capital per chain fiscal yuan',
    'higher',
    'chain.privateCapitalCNY ÷ chain.fiscalSpentCNY',
    'the chain spent no fiscal money',
  ),
  m(
    'chain.leverageBankCredit',
    'multiple',
    '每元财政带动支持企业贷款',
    'Credit to backed firms per chain fiscal yuan',
    'higher',
    'bank.chainNewCreditCNY ÷ chain.fiscalSpentCNY',
    'the chain spent no fiscal money',
  ),
  m(
    'chain.leverage',
    'multiple',
    '基金链撬动倍数',
    'Chain leverage',
    'higher',
    '(chain.privateCapitalCNY + bank.chainNewCreditCNY) ÷ chain.fiscalSpentCNY',
    'the chain spent no fiscal money',
  ),
  m(
    'chain.costPerBackedFirmCNY',
    'CNY',
    '每家支持企业财政净成本',
    'Chain net cost per backed firm',
    'lower',
    'chain.netCostWithNavPVCNY ÷ firms.supported; undefined when the chain made money (see chain.netGainCNY) or backed no firm',
    'the chain made money (its gain is chain.netGainCNY) or backed no firm',
  ),
  m(
    'chain.costPerBackedListingCNY',
    'CNY',
    '每家支持企业上市财政净成本',
    'Chain net cost per backed listing',
    'lower',
    'chain.netCostWithNavPVCNY ÷ firms.supportedListed; undefined when the chain made money or no backed firm listed',
    'the chain made money or no firm it backed listed',
  ),
  m(
    'chain.netGainCNY',
    'CNY',
    '基金链财政净收益',
    'Chain net gain',
    'higher',
    'max(0, −chain.netCostWithNavPVCNY): what the chain earned the treasury when it made money',
  ),
  m(
    'chain.madeNetGain',
    'indicator',
    '基金链实现财政净收益',
    'Chain made a net gain',
    'higher',
    '1 when chain.netCostWithNavPVCNY < 0; its mean is the probability',
  ),
  // What the money bought: the province-wide programmes
  m(
    'programmes.fiscalSpentCNY',
    'CNY',
    '全省普惠政策财政投入',
    'Programmes: fiscal money spent',
    null,
    'Spent on the province-wide programmes: the risk pool (less unused), guarantee claims and subsidies',
  ),
  m(
    'programmes.netCostPVCNY',
    'CNY',
    '全省普惠政策成本（现值）',
    'Programmes cost (PV)',
    'lower',
    'PV of the programmes’ spending (they bring nothing back)',
  ),
  m(
    'programmes.leverageBankCredit',
    'multiple',
    '每元政策资金带动其他企业贷款',
    'Credit to other firms per programme yuan',
    'higher',
    'bank.programmeNewCreditCNY ÷ programmes.fiscalSpentCNY',
    'the programmes spent nothing',
  ),
  m(
    'programmes.firmsReached',
    'count',
    '政策覆盖企业数',
    'Firms the programmes reached',
    'higher',
    'Firms that borrowed from the tech book (which the pool stands behind) or received a subsidy',
  ),
  m(
    'programmes.costPerFirmReachedCNY',
    'CNY',
    '每家覆盖企业政策成本',
    'Programme cost per firm reached',
    'lower',
    'programmes.netCostPVCNY ÷ programmes.firmsReached',
    'the programmes reached no firm',
  ),
  // The bank
  m('bank.loansCount', 'count', '贷款笔数', 'Loans', null, 'Loans made, renewals included'),
  m(
    'bank.loansCNY',
    'CNY',
    '贷款发放额',
    'Loans made',
    null,
    'Principal of every loan made, renewals included',
  ),
  m(
    'bank.renewalsCNY',
    'CNY',
    '续贷金额',
    'Renewals',
    null,
    'Loans of the same product to the same firm in the quarter its previous one matured and was repaid (rollovers, not new money)',
  ),
  m(
    'bank.newMoneyLoansCNY',
    'CNY',
    '新增贷款（不含续贷）',
    'New-money loans',
    'higher',
    'bank.loansCNY − bank.renewalsCNY',
  ),
  m(
    'bank.chainFirstLoans',
    'count',
    '支持企业首贷笔数',
    'First loans to backed firms',
    'higher',
    'Firms’ first loans (首贷) made once a fund of the chain had backed them',
  ),
  m(
    'bank.chainFirstLoansCNY',
    'CNY',
    '支持企业首贷金额',
    'First loans to backed firms (CNY)',
    'higher',
    'Their principal',
  ),
  m(
    'bank.chainNewCreditCNY',
    'CNY',
    '支持企业新增贷款',
    'New credit to backed firms',
    'higher',
    'New-money loans (renewals excluded) to firms a fund of the chain had backed by signing',
  ),
  m(
    'bank.programmeNewCreditCNY',
    'CNY',
    '其他企业新增贷款',
    'New credit to other firms',
    null,
    'New-money loans to firms the chain had not backed (mostly points and IP-pledge loans)',
  ),
  m(
    'bank.firstTimeBorrowers',
    'count',
    '首贷企业数',
    'First-time borrowers',
    'higher',
    'Firms that got their first loan',
  ),
  m('bank.defaults', 'count', '违约贷款笔数', 'Defaults', 'lower', 'Loans that defaulted'),
  m(
    'bank.nplRatioExposureWeighted',
    'share',
    '不良贷款率（余额加权）',
    'NPL ratio, exposure-weighted',
    'lower',
    'Σ non-performing principal ÷ Σ book principal over the quarter-ends of the horizon',
    'the bank never had a book',
  ),
  m(
    'bank.nplRatioPeak',
    'share',
    '不良贷款率峰值',
    'Peak NPL ratio',
    'lower',
    'Highest quarter-end NPL ratio (non-performing ÷ book principal) over quarters whose book is at least bank.reporting.minBookCNY; undefined when none is',
    'no quarter’s book reached bank.reporting.minBookCNY',
  ),
  m(
    'bank.nplRatioMedian',
    'share',
    '不良贷款率中位数',
    'Median NPL ratio',
    'lower',
    'Median quarter-end NPL ratio over the same quarters',
    'no quarter’s book reached bank.reporting.minBookCNY',
  ),
  m(
    'bank.quartersAboveTolerance',
    'count',
    '不良率超容忍度季度数',
    'Quarters above τ',
    'lower',
    'Quarter-ends whose NPL ratio is above the tolerated level τ',
  ),
  m(
    'bank.shareOfQuartersAboveTolerance',
    'share',
    '超容忍度季度占比',
    'Share of quarters above τ',
    'lower',
    'bank.quartersAboveTolerance ÷ quarter-ends with a non-empty book',
    'the bank never had a book',
  ),
  m('bank.interestCNY', 'CNY', '利息收入', 'Interest', null, 'Interest the bank earned'),
  m(
    'bank.lossCNY',
    'CNY',
    '贷款损失',
    'Loan losses',
    'lower',
    'Written-off principal (each a `loss` posting to writeOffs)',
  ),
  m(
    'bank.lossBorneByBankCNY',
    'CNY',
    '银行承担损失',
    'Losses borne by the bank',
    'lower',
    'The bank’s part of the losses after compensation and guarantees',
  ),
  m(
    'bank.compensationCNY',
    'CNY',
    '风险补偿',
    'Risk compensation',
    null,
    'Paid by the risk-compensation pool',
  ),
  m(
    'bank.guarantorLossCNY',
    'CNY',
    '担保机构承担',
    'Guarantor’s losses',
    null,
    'Borne by the guarantor',
  ),
  m(
    'bank.reGuarantorLossCNY',
    'CNY',
    '再担保承担',
    'Re-guarantor’s losses',
    null,
    'Borne by the re-guarantor',
  ),
  m(
    'bank.governmentLossCNY',
    'CNY',
    '政府承担',
    'Government’s losses',
    null,
    'Borne by the government under guarantees',
  ),
  m(
    'bank.poolExhausted',
    'indicator',
    '资金池耗尽',
    'Risk pool ran dry',
    'lower',
    '1 when a compensation claim could not be paid in full; its mean is the probability',
  ),
  m(
    'bank.poolExhaustedQuarter',
    'quarter',
    '资金池首次耗尽季度',
    'Quarter the pool first ran dry',
    null,
    'Undefined when it never did',
    'the pool never ran dry',
  ),
  m(
    'bank.unpaidCompensationCNY',
    'CNY',
    '未获补偿金额',
    'Unpaid compensation',
    'lower',
    'Claims the pool could not pay',
  ),
  m(
    'bank.returnOnTechBookPerYear',
    'rate',
    '科技贷款年化收益率',
    'Return on the tech book',
    'higher',
    '(interest − bank-borne losses) per year ÷ average outstanding principal',
    'nothing was ever outstanding',
  ),
  ...FUND_RAISING_METRICS,
];

/** One fund's quarterly plan (run/fundSeries.ts): calls, distributions, fee, carry, NAV. */
function fundPlan(
  prefix: string,
  who: { zh: string; en: string },
  investors: string,
): MetricEntry[] {
  const row = (suffix: string, zh: string, en: string, what: string): MetricEntry =>
    m(
      `${prefix}.${suffix}`,
      'CNY',
      `${who.zh} ${zh}`,
      `${who.en}: ${en}`,
      null,
      `${what} (in a run that asks for per-fund series: --fund-series)`,
    );
  return [
    row(
      'calledCNY',
      '季度实缴',
      'capital called',
      `Each quarter: capital called from ${investors}`,
    ),
    row(
      'distributedCNY',
      '季度分配',
      'distributions',
      `Each quarter before the horizon: paid to ${investors} (distributions, concessions and rewards passed through); 0 at the horizon, whose payout is its NAV`,
    ),
    row('feesCNY', '季度管理费', 'management fee', 'Each quarter: the management fee it pays'),
    row('carryCNY', '季度业绩报酬', 'carry', 'Each quarter: the carried interest it pays its GP'),
    row(
      'navCNY',
      '季末净值',
      'NAV',
      'At each quarter’s end: its open stakes at the latest round price (from the positions: the ledger holds no valuation before the horizon); at the horizon, what the horizon’s valuation gives its investors (as RVPI counts it)',
    ),
  ];
}

export const SERIES_CATALOG: readonly MetricEntry[] = [
  m(
    'firms.<stage>',
    'count',
    '各阶段企业数',
    'Firms by stage',
    null,
    'Firms in each stage at each quarter-end; LISTED, SOLD and FAILED are cumulative',
  ),
  m(
    'bank.nplRatio',
    'share',
    '季末不良贷款率',
    'Quarter-end NPL ratio',
    'lower',
    'Non-performing ÷ book principal at each quarter-end (0 with no book)',
  ),
  m(
    'bank.nplRatioByYear',
    'share',
    '年度不良贷款率（余额加权）',
    'NPL ratio by year',
    'lower',
    'Each year: Σ non-performing ÷ Σ book principal over its four quarter-ends',
  ),
  m(
    'jcurve.<group>',
    'CNY',
    '{group} J 曲线',
    '{group}: J-curve',
    null,
    'Investors’ cumulative net cash flow; the last quarter is the horizon’s NAV',
  ),
  m(
    'jcurve.guidanceFund',
    'CNY',
    '引导基金 J 曲线',
    'Guidance fund: J-curve',
    null,
    'Its cumulative net cash flow as an investor',
  ),
  m(
    'jcurve.seedFund',
    'CNY',
    '种子基金 J 曲线',
    'Seed fund: J-curve',
    null,
    'Its cumulative net cash flow as an investor',
  ),
  ...fundPlan('fund.<id>', { zh: '{id}', en: '{id}' }, 'its investors'),
  m(
    'fund.<id>.dpiAtLeastOne',
    'indicator',
    '{id} DPI ≥ 1',
    '{id}: DPI at least 1',
    'higher',
    '1 at each quarter by whose end the sub-fund’s distributions so far have reached the capital paid in so far (DPI ≥ 1, all investors; 0 while nothing is paid in); its mean is P(DPI ≥ 1 by then)',
  ),
  m(
    'fund.<id>.jcurve.<class>',
    'CNY',
    '{id}·{class} J 曲线',
    '{id}, {class}: J-curve',
    null,
    'One investor class’s cumulative net cash flow with one sub-fund; the last quarter is the horizon’s NAV. Summed over a group’s funds and classes: jcurve.<group>',
  ),
  ...fundPlan(
    'fund.guidanceFund',
    { zh: '引导基金', en: 'Guidance fund' },
    'the treasury (fiscal money drawn)',
  ),
  ...fundPlan(
    'fund.seedFund',
    { zh: '种子基金', en: 'Seed fund' },
    'the treasury (fiscal money drawn)',
  ),
  m(
    'treasury.outlayByYearCNY',
    'CNY',
    '年度财政支出',
    'Fiscal outlay by year',
    'lower',
    'Each year: every yuan the treasury pays out (gross, before anything comes back); the horizon falls in the last year',
  ),
  m(
    'treasury.outlayByYear.<use>CNY',
    'CNY',
    '年度财政支出：{use}',
    'Fiscal outlay by year: {use}',
    null,
    'Each year: the treasury’s payments for one use — guidanceFund (fiscal money the guidance fund draws for its commitments and stake purchases), seedFund, riskPool (funding of the risk-compensation pool), subsidies, rewards, guarantees (claims on guaranteed loans); the uses sum to the year’s outlay',
  ),
  m(
    'treasury.receiptsByYearCNY',
    'CNY',
    '年度财政收回',
    'Fiscal receipts by year',
    'higher',
    'Each year: cash back to the treasury — fund distributions, the seed and guidance funds’ cash at the horizon, pool money returned unused; not the NAV of stakes handed over (no cash)',
  ),
  m(
    'treasury.cumulativeNetCNY',
    'CNY',
    '财政累计净现金流',
    'Treasury: cumulative net flow',
    null,
    'Cumulative cash in − out (NAV at the horizon included in the last quarter)',
  ),
  ...FUND_RAISING_SERIES,
];

const PLACEHOLDERS: Record<string, string> = {
  '<group>': '(angelFunds|techFunds|bankLinkedFunds)',
  '<class>': '(guidanceFund|privateLP|gp)',
  '<id>': '([a-z][a-z0-9-]*)',
  '<stage>': '(POC|ANGEL|EARLY|GROWTH|LISTED|SOLD|FAILED)',
  '<use>': '(guidanceFund|seedFund|riskPool|subsidies|rewards|guarantees)',
};

type Compiled = { entry: MetricEntry; pattern: RegExp; slots: string[] };

function compile(entries: readonly MetricEntry[]): Compiled[] {
  return entries.map((entry) => {
    const slots: string[] = [];
    const source = entry.key
      .split(/(<group>|<class>|<id>|<stage>|<use>)/)
      .map((part) => {
        if (part in PLACEHOLDERS) {
          slots.push(part);
          return PLACEHOLDERS[part];
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return { entry, pattern: new RegExp(`^${source}$`), slots };
  });
}

const METRICS = compile(METRIC_CATALOG);
const SERIES = compile(SERIES_CATALOG);

/** The catalog entry of a metric (or series) key, with `{group}`, `{class}`, `{id}` filled in. */
export function describeMetric(
  key: string,
  kind: 'metric' | 'series' = 'metric',
): MetricEntry | null {
  for (const { entry, pattern, slots } of kind === 'metric' ? METRICS : SERIES) {
    const match = pattern.exec(key);
    if (!match) continue;
    const fill = (text: string, locale: 'zh' | 'en') =>
      slots.reduce((out, slot, i) => {
        const value = match[i + 1]!;
        const name =
          slot === '<group>'
            ? GROUP_NAMES[value]?.[locale]
            : slot === '<class>'
              ? CLASS_NAMES[value]?.[locale]
              : slot === '<use>'
                ? USE_NAMES[value]?.[locale]
                : value;
        return out.replace(`{${slot.slice(1, -1)}}`, name ?? value);
      }, text);
    return {
      ...entry,
      key,
      label: { zh: fill(entry.label.zh, 'zh'), en: fill(entry.label.en, 'en') },
    };
  }
  return null;
}
