import {
  describeMetric,
  METRIC_CATALOG,
  type Locale,
  type MetricEntry,
} from '../../engine/index.ts';

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
  // A fund-raising programme (issue 9)
  'fundRaising.fundsOffered': {
    source:
      'Sub-funds the guidance fund offered under the fund-raising programme (perYear × offer years, every kind)',
    zh: '引导基金在子基金募集计划中发起的子基金数（每年发起数 × 发起年数，各类合计）',
  },
  'fundRaising.fundsClosed': {
    source:
      'Offered sub-funds that closed: private LPs subscribed at least the minimum close share of the target, and the year’s budget and the guidance fund’s capital could anchor at least that much',
    zh: '设立成功的子基金数：社会出资人认缴达到目标规模的最低募集比例，且当年预算与引导基金资本至少能匹配这一规模',
  },
  'fundRaising.privateCapitalRaisedCNY': {
    source:
      'Private LPs’ commitments to the programme’s sub-funds that closed (private share × size at close)',
    zh: '募集计划中设立成功的子基金里社会出资人的认缴额（社会出资比例 × 设立规模）',
  },
  'fundRaising.guidanceCommittedCNY': {
    source:
      'The guidance fund’s commitments to the programme’s sub-funds (guidance share × size at close); never above the budgets or its capital',
    zh: '引导基金对募集计划子基金的认缴额（引导基金出资比例 × 设立规模），不超过各年预算与其资本',
  },
  'fundRaising.angel.fundsOffered': {
    source: 'Offers of angel sub-funds under the programme',
    zh: '募集计划中发起的天使投资子基金数',
  },
  'fundRaising.angel.fundsClosed': {
    source: 'Offers of angel sub-funds that closed',
    zh: '募集计划中设立成功的天使投资子基金数',
  },
  'fundRaising.tech.fundsOffered': {
    source: 'Offers of tech sub-funds under the programme',
    zh: '募集计划中发起的科技投资子基金数',
  },
  'fundRaising.tech.fundsClosed': {
    source: 'Offers of tech sub-funds that closed',
    zh: '募集计划中设立成功的科技投资子基金数',
  },
  'fundRaising.bankLinked.fundsOffered': {
    source: 'Offers of bank-linked sub-funds under the programme',
    zh: '募集计划中发起的投贷联动子基金数',
  },
  'fundRaising.bankLinked.fundsClosed': {
    source: 'Offers of bank-linked sub-funds that closed',
    zh: '募集计划中设立成功的投贷联动子基金数',
  },
  'fundRaising.budgetUnspentCNY': {
    source:
      'Annual budget never committed: returned to the treasury year by year, or left at the end when it carries forward',
    zh: '从未认缴的年度预算：逐年退回财政，或在结转时于期末剩余',
  },
  'fundRaising.recycledCommittedCNY': {
    source:
      'Commitments beyond the guidance fund’s uncommitted capital, made from its own receipts (proceeds = fundLaterVintages); 0 when proceeds return to the treasury',
    zh: '超出引导基金未认缴资本、以其自身回收资金作出的认缴（回收资金“用于以后年份的子基金”时）；回收资金退回财政时为 0',
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

/**
 * Every other metric of the catalog, keyed as the catalog keys it (a pattern such as
 * `<group>.<class>.irr` stands for every group and class): the compare view can show any of them.
 */
export const MORE_METRIC_DEFINITIONS_ZH: Readonly<Record<string, Translation>> = {
  'guidanceFund.irr': {
    source:
      'Net IRR of the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded) (ILPA, gross flows)',
    zh: '引导基金作为出资人的净 IRR：其对子基金的实缴、股权收购和管理人费用为流出，分配、退出与期末净值为流入（不计其与财政之间的资金往来）（ILPA 口径，按总额现金流）',
  },
  'guidanceFund.tvpi': {
    source:
      'Total value to paid-in of the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded) (ILPA, gross flows)',
    zh: '引导基金作为出资人的总价值/实缴倍数（TVPI）：流出与流入口径同上（ILPA 口径，按总额现金流）',
  },
  'guidanceFund.dpi': {
    source:
      'Distributions to paid-in of the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded) (ILPA, gross flows)',
    zh: '引导基金作为出资人的已分配/实缴倍数（DPI）：流出与流入口径同上（ILPA 口径，按总额现金流）',
  },
  'guidanceFund.rvpi': {
    source:
      'Residual value (NAV) to paid-in of the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded) (ILPA, gross flows)',
    zh: '引导基金作为出资人的剩余价值（净值）/实缴倍数（RVPI）：流出与流入口径同上（ILPA 口径，按总额现金流）',
  },
  'guidanceFund.paidInCNY': {
    source:
      'Paid-in capital of the guidance fund as an investor: its calls to sub-funds, stake purchases and its manager’s fee out; distributions, exits and horizon NAV in (its flows with the treasury excluded): every contribution, gross',
    zh: '引导基金作为出资人的实缴：对子基金的实缴、股权收购和管理人费用的全部出资（总额）',
  },
  'seedFund.irr': {
    source:
      'Net IRR of the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in (ILPA, gross flows)',
    zh: '概念验证种子基金的净 IRR：项目投资为流出，股权转让价款、退出与期末净值为流入（ILPA 口径，按总额现金流）',
  },
  'seedFund.tvpi': {
    source:
      'Total value to paid-in of the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in (ILPA, gross flows)',
    zh: '概念验证种子基金的总价值/实缴倍数（TVPI）：口径同上（ILPA 口径，按总额现金流）',
  },
  'seedFund.dpi': {
    source:
      'Distributions to paid-in of the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in (ILPA, gross flows)',
    zh: '概念验证种子基金的已分配/实缴倍数（DPI）：口径同上（ILPA 口径，按总额现金流）',
  },
  'seedFund.rvpi': {
    source:
      'Residual value (NAV) to paid-in of the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in (ILPA, gross flows)',
    zh: '概念验证种子基金的剩余价值（净值）/实缴倍数（RVPI）：口径同上（ILPA 口径，按总额现金流）',
  },
  'seedFund.paidInCNY': {
    source:
      'Paid-in capital of the concept-validation seed fund: tickets out; transfer prices, exits and horizon NAV in: every contribution, gross',
    zh: '概念验证种子基金的实缴：全部项目投资（总额）',
  },
  '<group>.irr': {
    source:
      'Net IRR of a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds) (ILPA, gross flows)',
    zh: '一组子基金全体出资人合计的净 IRR，已扣除管理费与业绩报酬（各基金的总额现金流相加，基金之间不相互抵减）（ILPA 口径，按总额现金流）',
  },
  '<group>.tvpi': {
    source:
      'Total value to paid-in of a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds) (ILPA, gross flows)',
    zh: '一组子基金全体出资人合计的总价值/实缴倍数（TVPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.dpi': {
    source:
      'Distributions to paid-in of a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds) (ILPA, gross flows)',
    zh: '一组子基金全体出资人合计的已分配/实缴倍数（DPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.rvpi': {
    source:
      'Residual value (NAV) to paid-in of a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds) (ILPA, gross flows)',
    zh: '一组子基金全体出资人合计的剩余价值（净值）/实缴倍数（RVPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.paidInCNY': {
    source:
      'Paid-in capital of a group of sub-funds, all investors together, net of fees and carry (the funds’ gross flows added; nothing nets across funds): every contribution, gross',
    zh: '一组子基金全体出资人的实缴：全部出资（总额）',
  },
  '<group>.<class>.irr': {
    source:
      'Net IRR of one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions (ILPA, gross flows)',
    zh: '一组子基金中某一类出资人的净 IRR；GP 的数字只计其认缴出资（业绩报酬与管理费另计）；让利与投资奖励计为分配（ILPA 口径，按总额现金流）',
  },
  '<group>.<class>.tvpi': {
    source:
      'Total value to paid-in of one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions (ILPA, gross flows)',
    zh: '一组子基金中某一类出资人的总价值/实缴倍数（TVPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.<class>.dpi': {
    source:
      'Distributions to paid-in of one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions (ILPA, gross flows)',
    zh: '一组子基金中某一类出资人的已分配/实缴倍数（DPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.<class>.rvpi': {
    source:
      'Residual value (NAV) to paid-in of one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions (ILPA, gross flows)',
    zh: '一组子基金中某一类出资人的剩余价值（净值）/实缴倍数（RVPI），口径同上（ILPA 口径，按总额现金流）',
  },
  '<group>.<class>.paidInCNY': {
    source:
      'Paid-in capital of one investor class of a group of sub-funds; the GP’s figures are its commitment’s (carry and fees apart); concessions and investment rewards count as distributions: every contribution, gross',
    zh: '一组子基金中某一类出资人的实缴：全部出资（总额）；GP 只计其认缴出资',
  },
  'fund.<id>.irr': {
    source: 'Net IRR of one sub-fund, all investors together (ILPA, gross flows)',
    zh: '一支子基金全体出资人合计的净 IRR（ILPA 口径，按总额现金流）',
  },
  'fund.<id>.tvpi': {
    source: 'Total value to paid-in of one sub-fund, all investors together (ILPA, gross flows)',
    zh: '一支子基金全体出资人合计的总价值/实缴倍数（TVPI）（ILPA 口径，按总额现金流）',
  },
  'fund.<id>.dpi': {
    source: 'Distributions to paid-in of one sub-fund, all investors together (ILPA, gross flows)',
    zh: '一支子基金全体出资人合计的已分配/实缴倍数（DPI）（ILPA 口径，按总额现金流）',
  },
  'fund.<id>.rvpi': {
    source:
      'Residual value (NAV) to paid-in of one sub-fund, all investors together (ILPA, gross flows)',
    zh: '一支子基金全体出资人合计的剩余价值（净值）/实缴倍数（RVPI）（ILPA 口径，按总额现金流）',
  },
  'fund.<id>.paidInCNY': {
    source: 'Paid-in capital of one sub-fund, all investors together: every contribution, gross',
    zh: '一支子基金全体出资人的实缴：全部出资（总额）',
  },
  '<group>.carryCNY': {
    source: 'Carried interest paid to the GPs of the group',
    zh: '支付给该组子基金管理人（GP）的业绩报酬',
  },
  '<group>.privateLP.irrWithoutConcession': {
    source: 'Private LPs’ IRR in the same trial less the conceded postings',
    zh: '同一次模拟中社会出资人扣除让利所得后的 IRR',
  },
  '<group>.privateLP.tvpiWithoutConcession': {
    source: 'Private LPs’ TVPI in the same trial less the conceded postings',
    zh: '同一次模拟中社会出资人扣除让利所得后的 TVPI',
  },
  '<group>.privateLP.irrUpliftFromConcession': {
    source:
      'What 让利 adds to private LPs’ IRR: their IRR less their IRR without the conceded postings (percentage points)',
    zh: '让利为社会出资人 IRR 带来的提升：其 IRR 减去扣除让利所得后的 IRR（个百分点）',
  },
  'concession.amountCNY': {
    source: 'The guidance fund’s gains conceded (让利) to private LPs and GPs',
    zh: '引导基金让渡给社会出资人和管理人（GP）的收益（让利）',
  },
  'concession.toPrivateLPsCNY': {
    source: 'Conceded to private LPs',
    zh: '让渡给社会出资人的部分',
  },
  'concession.toGpCNY': {
    source: 'Conceded to GPs',
    zh: '让渡给管理人（GP）的部分',
  },
  'transfers.seedToAngel.count': {
    source: 'Stakes sold by the seed fund to angel sub-funds',
    zh: '种子基金转让给天使子基金的股权笔数',
  },
  'transfers.seedToAngel.amountCNY': {
    source: 'Their prices',
    zh: '上述转让的价格合计',
  },
  'transfers.angelToGuidance.count': {
    source: 'Stakes sold by angel sub-funds to the guidance fund',
    zh: '天使子基金转让给引导基金的股权笔数',
  },
  'transfers.angelToGuidance.amountCNY': {
    source: 'Their prices',
    zh: '上述转让的价格合计',
  },
  'firms.arrived': {
    source: 'Firms that entered at POC, ANGEL or EARLY',
    zh: '在概念验证、天使期或早中期进入的企业数',
  },
  'firms.supported': {
    source: 'Firms a fund of the chain invested in or bought a stake of',
    zh: '基金链中任一基金投资过或收购过其股权的企业数',
  },
  'firms.listed': {
    source: 'Listings of all firms (NEEQ and exchanges)',
    zh: '全部企业的上市（含新三板挂牌与交易所上市）数',
  },
  'firms.supportedListed': {
    source: 'Listings of firms the chain backed',
    zh: '基金链支持企业的上市数',
  },
  'firms.sold': {
    source: 'Trade sales',
    zh: '被并购退出的企业数',
  },
  'firms.failed': {
    source: 'Failures',
    zh: '失败的企业数',
  },
  'firms.valuationsCapped': {
    source:
      'Valuations (at entry, in a round or at an exit) that would have passed CNY 1 trillion and were held at it; nonzero only for extreme scenario values',
    zh: '企业估值（进入时、融资轮次或退出时）将超过 1 万亿元而被限定在 1 万亿元的次数；只有参数取极端值时才不为 0',
  },
  'treasury.spent.guidanceFundCNY': {
    source: 'Fiscal money drawn by the guidance fund',
    zh: '引导基金从财政提取的资金',
  },
  'treasury.spent.seedFundCNY': {
    source: 'Fiscal money drawn by the seed fund',
    zh: '种子基金从财政提取的资金',
  },
  'treasury.spent.riskPoolCNY': {
    source: 'Funding of the risk-compensation pool less what came back unused',
    zh: '对风险补偿资金池的注资，扣除未使用而退回的部分',
  },
  'treasury.spent.subsidiesCNY': {
    source: 'Unicorn interest subsidy, first-set insurance and listing subsidies',
    zh: '独角兽贴息、首台(套)保险补贴与上市补助',
  },
  'treasury.spent.rewardsCNY': {
    source: 'Equity investment rewards to sub-funds (passed to their non-government investors)',
    zh: '给子基金的股权投资奖励（转给其非政府出资人）',
  },
  // Against the public market, a fund's risk, the budget line (issue 12)
  'fund.<id>.commitmentCNY': {
    source:
      'What the sub-fund’s investors committed at its close (0 when it never formed: the guidance fund’s capital ran out)',
    zh: '子基金关闭时各出资人的认缴总额（引导基金资本用尽、子基金未能设立时为 0）',
  },
  'fund.<id>.carryCNY': {
    source:
      'Carried interest the sub-fund paid its GP over the trial (its mean over trials is the expected carry)',
    zh: '子基金在整个模拟期内向管理人（GP）支付的业绩报酬（其各次模拟的均值即预期业绩报酬）',
  },
  'fund.<id>.tvpiBelowOne': {
    source:
      '1 when the sub-fund’s TVPI (all investors, ILPA) is below 1: investors got back less than they paid in; its mean is P(TVPI < 1)',
    zh: '子基金 TVPI（全体出资人，ILPA 口径）低于 1 时为 1：出资人收回的少于实缴；其均值即 P(TVPI < 1)',
  },
  'guidanceFund.ksPme': {
    source:
      'Kaplan–Schoar PME of the guidance fund: (Σ distributions × I_T/I_t + NAV) ÷ Σ contributions × I_T/I_t, I the trial’s public index (economy.publicMarket); above 1 it beat the index',
    zh: '引导基金的 Kaplan–Schoar PME：(Σ 分配 × I_T/I_t + 净值) ÷ Σ 出资 × I_T/I_t，I 为该次模拟的公开市场指数（economy.publicMarket）；大于 1 表示跑赢指数',
  },
  'guidanceFund.directAlpha': {
    source:
      'Direct Alpha (Gredil, Griffiths and Stucke 2014) of the guidance fund: the IRR of its net flows carried to the horizon at the public index’s return, annualised (discrete); above 0 it beat the index',
    zh: '引导基金的直接超额收益（Direct Alpha，Gredil、Griffiths 与 Stucke 2014）：按公开市场指数收益折算至期末的净现金流的内部收益率，年化（离散）；大于 0 表示跑赢指数',
  },
  'seedFund.ksPme': {
    source:
      'Kaplan–Schoar PME of the seed fund: (Σ distributions × I_T/I_t + NAV) ÷ Σ contributions × I_T/I_t, I the trial’s public index (economy.publicMarket); above 1 it beat the index',
    zh: '种子基金的 Kaplan–Schoar PME：(Σ 分配 × I_T/I_t + 净值) ÷ Σ 出资 × I_T/I_t，I 为该次模拟的公开市场指数（economy.publicMarket）；大于 1 表示跑赢指数',
  },
  'seedFund.directAlpha': {
    source:
      'Direct Alpha (Gredil, Griffiths and Stucke 2014) of the seed fund: the IRR of its net flows carried to the horizon at the public index’s return, annualised (discrete); above 0 it beat the index',
    zh: '种子基金的直接超额收益（Direct Alpha，Gredil、Griffiths 与 Stucke 2014）：按公开市场指数收益折算至期末的净现金流的内部收益率，年化（离散）；大于 0 表示跑赢指数',
  },
  '<group>.ksPme': {
    source:
      'Kaplan–Schoar PME of a group of sub-funds: (Σ distributions × I_T/I_t + NAV) ÷ Σ contributions × I_T/I_t, I the trial’s public index (economy.publicMarket); above 1 it beat the index',
    zh: '一组子基金的 Kaplan–Schoar PME：(Σ 分配 × I_T/I_t + 净值) ÷ Σ 出资 × I_T/I_t，I 为该次模拟的公开市场指数（economy.publicMarket）；大于 1 表示跑赢指数',
  },
  '<group>.directAlpha': {
    source:
      'Direct Alpha (Gredil, Griffiths and Stucke 2014) of a group of sub-funds: the IRR of its net flows carried to the horizon at the public index’s return, annualised (discrete); above 0 it beat the index',
    zh: '一组子基金的直接超额收益（Direct Alpha，Gredil、Griffiths 与 Stucke 2014）：按公开市场指数收益折算至期末的净现金流的内部收益率，年化（离散）；大于 0 表示跑赢指数',
  },
  'fund.<id>.ksPme': {
    source:
      'Kaplan–Schoar PME of one sub-fund, all investors together: (Σ distributions × I_T/I_t + NAV) ÷ Σ contributions × I_T/I_t, I the trial’s public index (economy.publicMarket); above 1 it beat the index',
    zh: '单只子基金（全体出资人）的 Kaplan–Schoar PME：(Σ 分配 × I_T/I_t + 净值) ÷ Σ 出资 × I_T/I_t，I 为该次模拟的公开市场指数（economy.publicMarket）；大于 1 表示跑赢指数',
  },
  'fund.<id>.directAlpha': {
    source:
      'Direct Alpha (Gredil, Griffiths and Stucke 2014) of one sub-fund, all investors together: the IRR of its net flows carried to the horizon at the public index’s return, annualised (discrete); above 0 it beat the index',
    zh: '单只子基金（全体出资人）的直接超额收益（Direct Alpha，Gredil、Griffiths 与 Stucke 2014）：按公开市场指数收益折算至期末的净现金流的内部收益率，年化（离散）；大于 0 表示跑赢指数',
  },
  'treasury.peakAnnualOutlayCNY': {
    source:
      'The largest year’s fiscal outlay (every yuan the treasury pays out in that year, gross; the horizon falls in the last year): the budget line a year must allow for',
    zh: '支出最多一年的财政支出（该年财政付出的全部资金，按总额计；期末计入最后一年）：每年预算须预留的额度',
  },

  'treasury.spent.guaranteesCNY': {
    source: 'The government’s share of guaranteed loans’ losses',
    zh: '政府分担的担保贷款损失',
  },
  'chain.receivedCNY': {
    source: 'Cash the guidance and seed funds handed back',
    zh: '引导基金与种子基金交回财政的现金',
  },
  'chain.navCNY': {
    source: 'Their unrealised stakes at the horizon',
    zh: '二者在期末尚未退出的股权价值',
  },
  'bank.loansCount': {
    source: 'Loans made, renewals included',
    zh: '发放的贷款笔数（含续贷）',
  },
  'bank.loansCNY': {
    source: 'Principal of every loan made, renewals included',
    zh: '发放的全部贷款本金（含续贷）',
  },
  'bank.firstTimeBorrowers': {
    source: 'Firms that got their first loan',
    zh: '首次获得贷款的企业数',
  },
  'bank.defaults': {
    source: 'Loans that defaulted',
    zh: '违约的贷款笔数',
  },
  'bank.quartersAboveTolerance': {
    source: 'Quarter-ends whose NPL ratio is above the tolerated level τ',
    zh: '季末不良率超过容忍度 τ 的季度数',
  },
  'bank.interestCNY': {
    source: 'Interest the bank earned',
    zh: '银行取得的利息收入',
  },
  'bank.lossCNY': {
    source: 'Written-off principal (each a `loss` posting to writeOffs)',
    zh: '核销的贷款本金',
  },
  'bank.lossBorneByBankCNY': {
    source: 'The bank’s part of the losses after compensation and guarantees',
    zh: '扣除风险补偿与担保分担后，银行承担的损失',
  },
  'bank.compensationCNY': {
    source: 'Paid by the risk-compensation pool',
    zh: '风险补偿资金池支付的补偿',
  },
  'bank.guarantorLossCNY': {
    source: 'Borne by the guarantor',
    zh: '担保机构承担的损失',
  },
  'bank.reGuarantorLossCNY': {
    source: 'Borne by the re-guarantor',
    zh: '再担保机构承担的损失',
  },
  'bank.governmentLossCNY': {
    source: 'Borne by the government under guarantees',
    zh: '政府在担保中承担的损失',
  },
  'bank.poolExhausted': {
    source: '1 when a compensation claim could not be paid in full; its mean is the probability',
    zh: '补偿申请未能全额支付时为 1，否则为 0；其均值即概率',
  },
  'bank.poolExhaustedQuarter': {
    source: 'Undefined when it never did',
    zh: '资金池首次耗尽的季度；从未耗尽时无定义',
  },
  'bank.unpaidCompensationCNY': {
    source: 'Claims the pool could not pay',
    zh: '资金池未能支付的补偿金额',
  },
  'bank.returnOnTechBookPerYear': {
    source: '(interest − bank-borne losses) per year ÷ average outstanding principal',
    zh: '（利息收入 − 银行承担的损失）按年计 ÷ 平均贷款余额',
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
    const zh = chineseDefinition(entry, kind);
    // A translation of an older definition is not shown: the catalog's English is the truth.
    if (zh && zh.source === entry.description) return zh.zh;
  }
  return readableDefinition(entry.description, describe);
}

/**
 * The translation of a metric's definition: by its own key, or by the catalog pattern it is an
 * instance of (`angelFunds.privateLP.irr` is `<group>.<class>.irr`), or undefined.
 */
export function chineseDefinition(
  entry: MetricEntry,
  kind: 'metric' | 'series' = 'metric',
): Translation | undefined {
  const own = kind === 'metric' ? METRIC_DEFINITIONS_ZH : SERIES_DEFINITIONS_ZH;
  if (Object.hasOwn(own, entry.key)) return own[entry.key];
  if (kind === 'series') return undefined;
  const pattern = METRIC_CATALOG.find(
    (e) => e.description === entry.description && e.unit === entry.unit,
  )?.key;
  return pattern && Object.hasOwn(MORE_METRIC_DEFINITIONS_ZH, pattern)
    ? MORE_METRIC_DEFINITIONS_ZH[pattern]
    : undefined;
}
