import { parseScenarioPath, type LiveStage, type Locale } from '../../engine/index.ts';

/** A text in both languages of the app. */
export type BilingualLabel = { zh: string; en: string };

/** A position in a scenario: object keys and array indices. */
export type FieldPath = readonly (string | number)[];

/** A group of the scenario editor: the fields of one institution. */
export type EditorGroup = {
  id: string;
  label: BilingualLabel;
  /**
   * Dotted path prefixes of the fields in the group, matched segment by segment; `*` stands for
   * any array index (`funds.angelFunds.*` is every field of every angel sub-fund).
   */
  prefixes: readonly string[];
};

/** The editor's groups, in the order it shows them: one per institution of the chain. */
export const EDITOR_GROUPS: readonly EditorGroup[] = [
  {
    id: 'simulation',
    label: { zh: '模拟与宏观', en: 'Simulation and economy' },
    prefixes: ['simulation', 'economy'],
  },
  { id: 'firms', label: { zh: '企业', en: 'Firms' }, prefixes: ['firms'] },
  {
    id: 'seedFund',
    label: { zh: '概念验证种子基金', en: 'Concept-validation seed fund' },
    prefixes: ['funds.seedFund'],
  },
  {
    id: 'angelFunds',
    label: { zh: '天使投资子基金', en: 'Angel sub-funds' },
    prefixes: ['funds.angelFunds.*'],
  },
  {
    id: 'techFunds',
    label: { zh: '科技投资子基金', en: 'Tech sub-funds' },
    prefixes: ['funds.techFunds.*'],
  },
  {
    id: 'bankLinkedFunds',
    label: { zh: '投贷联动子基金', en: 'Bank-linked sub-fund' },
    prefixes: ['funds.bankLinkedFunds.*'],
  },
  {
    // 让利 is the guidance fund's concession of its own gains, so it is edited with the fund.
    id: 'guidanceFund',
    label: { zh: '科技投资引导基金', en: 'Guidance fund' },
    prefixes: ['funds.guidanceFund', 'concession'],
  },
  {
    // Sub-funds offered year by year within a budget; absent by default (the editor offers to add one).
    id: 'fundRaising',
    label: { zh: '子基金募集计划', en: 'Fund-raising programme' },
    prefixes: ['fundRaising'],
  },
  { id: 'bank', label: { zh: '银行', en: 'Bank' }, prefixes: ['bank'] },
  { id: 'fiscal', label: { zh: '财政', en: 'Treasury' }, prefixes: ['fiscal'] },
];

/** Top-level fields that describe the scenario file rather than the chain: in no group. */
const EXCLUDED_TOP_LEVEL = new Set([
  '$schema',
  'schemaVersion',
  'id',
  'name',
  'description',
  'sources',
]);

/** Whether `path` lies under the dotted `prefix` (`*` matches any array index). */
export function pathHasPrefix(path: FieldPath, prefix: string): boolean {
  const parts = prefix.split('.');
  if (parts.length > path.length) return false;
  return parts.every((part, i) => {
    const segment = path[i];
    if (part === '*') return typeof segment === 'number' || /^\d+$/.test(String(segment));
    return String(segment) === part;
  });
}

/** Id of the editor group a field belongs to; null for the file's own fields (id, name, sources…). */
export function groupOf(path: FieldPath): string | null {
  const head = path[0];
  if (head === undefined || EXCLUDED_TOP_LEVEL.has(String(head))) return null;
  const group = EDITOR_GROUPS.find((g) => g.prefixes.some((p) => pathHasPrefix(path, p)));
  return group?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Labels by field name. A field is labelled by its own name, looked up first as
// `context.name` (the nearest enclosing object, e.g. `round.raisedShareOfPostMoney`), then as
// `kind.name` (the kind of that object, e.g. `loan.enabled` for any loan product), then by the
// bare name. Enclosing stages, loan products, incentives and array elements add a prefix
// (天使期·…, 投贷联动贷款·…, 第2段…).

type LeafLabel = BilingualLabel & {
  /** The label already names its incentive: an optional context prefix is left out. */
  standalone?: boolean;
};

const STAGE_NAMES: Record<LiveStage, BilingualLabel> = {
  POC: { zh: '概念验证', en: 'POC' },
  ANGEL: { zh: '天使期', en: 'ANGEL' },
  EARLY: { zh: '早中期', en: 'EARLY' },
  GROWTH: { zh: '成长期', en: 'GROWTH' },
};

const LOAN_NAMES: Record<string, BilingualLabel> = {
  linkageLoan: { zh: '投贷联动贷款', en: 'Linkage loan' },
  innovationPointsLoan: { zh: '创新积分贷', en: 'Points loan' },
  ipPledgeLoan: { zh: '知识产权质押贷', en: 'IP-pledge loan' },
  convertibleLoan: { zh: '可转贷', en: 'Convertible loan' },
};

const INCENTIVE_NAMES: Record<string, BilingualLabel> = {
  riskCompensation: { zh: '贷款风险补偿', en: 'Risk compensation' },
  guarantee: { zh: '融资担保', en: 'Guarantee' },
  unicornInterestSubsidy: { zh: '独角兽贴息', en: 'Unicorn subsidy' },
  firstSetInsurance: { zh: '首台(套)保险', en: 'First-set insurance' },
  investmentReward: { zh: '股权投资奖励', en: 'Investment reward' },
  listingSubsidy: { zh: '上市补助', en: 'Listing subsidy' },
};

/** The programme's offers: a prefix that tells an offer's terms from a listed sub-fund's fields. */
export const OFFER_NAMES: Record<'angel' | 'tech' | 'bankLinked', BilingualLabel> = {
  angel: { zh: '天使子基金发起', en: 'Angel offer' },
  tech: { zh: '科技子基金发起', en: 'Tech offer' },
  bankLinked: { zh: '投贷联动子基金发起', en: 'Bank-linked offer' },
};

const isOffer = (s: string): s is keyof typeof OFFER_NAMES => Object.hasOwn(OFFER_NAMES, s);

const FIELD_LABELS: Record<string, LeafLabel> = {
  // The file itself (outside the editor's groups, but labelled for viewers)
  $schema: { zh: '格式地址', en: 'Schema address' },
  schemaVersion: { zh: '格式版本', en: 'Format version' },
  id: { zh: '标识', en: 'ID' },
  'description.zh': { zh: '中文说明', en: 'Chinese description' },
  'description.en': { zh: '英文说明', en: 'English description' },
  fields: { zh: '所设字段', en: 'field' },
  document: { zh: '文件', en: 'document' },
  clause: { zh: '条款', en: 'clause' },
  quote: { zh: '原文', en: 'quote' },

  // Simulation
  trials: { zh: '模拟次数', en: 'Trials' },
  seed: { zh: '随机种子', en: 'Random seed' },
  years: { zh: '模拟年限', en: 'Horizon (years)' },

  // Economy
  persistence: { zh: '经济周期持续性', en: 'Cycle persistence' },
  exitValuationBeta: { zh: '周期对退出估值的影响', en: 'Cycle effect on exit valuations' },
  fromQuarter: { zh: '起始季度', en: 'from quarter' },
  'lprStep.ratePerYear': { zh: '年利率', en: 'rate per year' },
  returnPerYear: { zh: '股票指数年化收益率', en: 'Index return per year' },
  volatilityPerYear: { zh: '股票指数年化波动率', en: 'Index volatility per year' },
  cycleLoading: { zh: '股票指数与周期相关系数', en: 'Index correlation with the cycle' },

  // Firms: arrivals
  meanPerQuarter: { zh: '季度新进入企业数', en: 'new firms per quarter' },
  'entryPostMoney.medianCNY': { zh: '进入时投后估值中位数', en: 'median entry post-money' },
  'entryPostMoney.sigmaLog': { zh: '进入估值对数标准差', en: 'entry post-money log SD' },
  'arrival.raisedShareOfPostMoney': {
    zh: '进入轮融资占投后估值',
    en: 'raised at entry / post-money',
  },
  meanAgeYears: { zh: '进入时平均企龄', en: 'mean age at entry' },
  inProvinceShare: { zh: '省内企业占比', en: 'In-province share' },

  // Firms: industries
  'industries.id': { zh: '代码', en: 'ID' },
  weight: { zh: '权重', en: 'weight' },
  graduationMultiplier: { zh: '晋级概率乘数', en: 'graduation multiplier' },
  failureMultiplier: { zh: '失败概率乘数', en: 'failure multiplier' },

  // Firms: stages and rounds
  graduationPerQuarter: { zh: '季度晋级概率', en: 'graduation per quarter' },
  'GROWTH.graduationPerQuarter': { zh: '季度上市(IPO)概率', en: 'IPO per quarter' },
  failurePerQuarter: { zh: '季度失败概率', en: 'failure per quarter' },
  tradeSalePerQuarter: { zh: '季度并购退出概率', en: 'trade sale per quarter' },
  graduationQualityEffect: { zh: '质量对晋级的影响', en: 'quality effect on graduation' },
  failureQualityEffect: { zh: '质量对失败的影响', en: 'quality effect on failure' },
  tradeSaleQualityEffect: { zh: '质量对并购退出的影响', en: 'quality effect on trade sale' },
  minQuartersInStage: { zh: '最短停留季度数', en: 'min quarters in stage' },
  stepUpMedian: { zh: '晋级轮估值倍数中位数', en: 'round step-up median' },
  stepUpSigmaLog: { zh: '晋级轮估值倍数对数标准差', en: 'round step-up log SD' },
  stepUpQualityEffect: { zh: '质量对估值倍数的影响', en: 'quality effect on step-up' },
  'round.raisedShareOfPostMoney': {
    zh: '晋级轮融资占投后估值',
    en: 'round raised / post-money',
  },

  // Firms: exits, failures, screening
  ipoMultipleMedian: { zh: 'IPO估值倍数中位数', en: 'IPO multiple median' },
  ipoMultipleSigmaLog: { zh: 'IPO估值倍数对数标准差', en: 'IPO multiple log SD' },
  tradeSaleMultipleMedian: { zh: '并购退出倍数中位数', en: 'Trade-sale multiple median' },
  tradeSaleMultipleSigmaLog: { zh: '并购退出倍数对数标准差', en: 'Trade-sale multiple log SD' },
  failureCorrelation: { zh: '企业失败资产相关系数', en: 'Failure asset correlation' },
  accuracy: { zh: '创新积分筛选准确度', en: 'Innovation-points accuracy' },

  // Names and ids of funds and industries
  'name.zh': { zh: '中文名称', en: 'Chinese name' },
  'name.en': { zh: '英文名称', en: 'English name' },
  'subFund.id': { zh: '基金代码', en: 'Fund ID' },

  // Sub-funds
  commitmentCNY: { zh: '认缴规模', en: 'Commitment' },
  'seedFund.commitmentCNY': { zh: '财政出资规模', en: 'Fiscal commitment' },
  guidanceFundShare: { zh: '引导基金出资比例', en: 'Guidance fund share' },
  gpShare: { zh: '管理人(GP)出资比例', en: 'GP commitment share' },
  vintageQuarter: { zh: '首次交割季度', en: 'Vintage quarter' },
  investmentPeriodYears: { zh: '投资期（年）', en: 'Investment period (years)' },
  lifeYears: { zh: '存续期（年）', en: 'Fund life (years)' },
  secondaryDiscountShare: { zh: '到期二手转让折价', en: 'End-of-life secondary discount' },
  investmentPeriodRatePerYear: { zh: '投资期管理费率', en: 'Management fee, investment period' },
  afterRatePerYear: { zh: '投资期后管理费率', en: 'Management fee after investment period' },
  type: { zh: '收益分配方式', en: 'Waterfall type' },
  hurdleRatePerYear: { zh: '门槛收益率', en: 'Hurdle rate' },
  catchUpShare: { zh: 'GP追补比例', en: 'GP catch-up share' },
  carryShare: { zh: '业绩报酬(附带权益)比例', en: 'Carried interest' },
  stageFocus: { zh: '投资阶段', en: 'Stage focus' },
  ticketCNY: { zh: '单笔首投金额', en: 'First-investment ticket' },
  'seedFund.ticketCNY': { zh: '单个项目投资额', en: 'Ticket per project' },
  ownershipCapShare: { zh: '单家企业持股上限', en: 'Ownership cap' },
  followOnReserveShare: { zh: '后续投资预留比例', en: 'Follow-on reserve share' },
  minPoints: { zh: '最低创新积分', en: 'Minimum innovation points' },
  localReinvestmentMultiple: { zh: '返投倍数', en: 'Local reinvestment multiple' },
  industryFocus: { zh: '投资行业', en: 'Industry focus' },
  listingPrepIpoMultiplier: { zh: '上市培育IPO概率乘数', en: 'Listing-prep IPO multiplier' },
  'saleToGuidanceFund.enabled': { zh: '向引导基金转让股权', en: 'Sell stakes to guidance fund' },
  trigger: { zh: '转让触发阶段', en: 'Sale trigger stage' },
  shareSold: { zh: '转让持股比例', en: 'Share of stake sold' },
  'pricing.rule': { zh: '转让定价规则', en: 'Transfer pricing rule' },
  'pricing.interestRatePerYear': { zh: '转让加计年利率', en: 'Transfer interest per year' },
  'pricing.discountShare': { zh: '转让价格折扣', en: 'Transfer price discount' },

  // Seed fund and guidance fund
  'seedFund.enabled': { zh: '设立种子基金', en: 'Seed fund on' },
  evergreen: { zh: '常青（转让收入回流）', en: 'Evergreen (proceeds recycled)' },
  capitalCNY: { zh: '引导基金规模', en: 'Guidance fund capital' },
  stakePurchaseBudgetShare: { zh: '股权收购预算比例', en: 'Stake-purchase budget share' },
  managementFeeRatePerYear: { zh: '管理费率', en: 'Management fee rate' },

  // 让利
  'concession.enabled': { zh: '实行让利', en: 'Concession on' },
  angelStageShare: { zh: '天使期让利比例', en: 'Concession share, angel stage' },
  earlyStageShare: { zh: '早中期让利比例', en: 'Concession share, early stage' },
  'concession.inProvinceOnly': { zh: '仅对省内企业让利', en: 'Concession in-province only' },
  toGpShare: { zh: '让利归GP比例', en: 'Concession share to GP' },

  // The fund-raising programme
  offerYears: { zh: '发起年份', en: 'Offer year' },
  'offer.perYear': { zh: '每年支数', en: 'Funds per year' },
  // An offer's terms are a sub-fund's, but its id is the prefix of the offered funds' ids, its
  // commitment the target, and its vintage the quarter within each offer year.
  'terms.id': { zh: '基金代码前缀', en: 'Fund ID prefix' },
  'terms.commitmentCNY': { zh: '目标认缴规模', en: 'Target size' },
  'terms.vintageQuarter': { zh: '年内发起季度', en: 'Quarter within the year' },
  annualBudgetCNY: { zh: '年度认缴预算', en: 'Annual budget' },
  unspentBudget: { zh: '未用预算的处理', en: 'Unspent budget' },
  proceeds: { zh: '引导基金回收资金', en: 'Guidance fund proceeds' },
  'lpResponse.grossMultiple': { zh: '预期总回报倍数', en: 'Expected gross multiple' },
  'lpResponse.holdingYears': { zh: '回报实现年限', en: 'Years to earn the multiple' },
  'lpResponse.concessionEligibleShare': {
    zh: '预期可享让利收益比例',
    en: 'Gains eligible for the concession',
  },
  'lpResponse.localRequirementCostPerYear': {
    zh: '返投要求的年化成本',
    en: 'Cost of local reinvestment',
  },
  'lpResponse.requiredReturnPerYear': { zh: '要求年化净收益率', en: 'Required net return' },
  'lpResponse.requiredReturnSpreadPerYear': {
    zh: '要求收益的离散度',
    en: 'Spread of required returns',
  },
  'lpResponse.cycleReturnPerSd': {
    zh: '经济周期对预期收益的影响',
    en: 'Cycle effect on expected return',
  },
  'lpResponse.minCloseShare': { zh: '最低募集比例', en: 'Minimum close share' },
  'lpResponse.trackRecordMinAgeYears': {
    zh: '计入业绩的最短年限',
    en: 'Track record: min fund age',
  },
  'lpResponse.trackRecordCredibilityFunds': {
    zh: '业绩可信度基金数',
    en: 'Track record credibility (funds)',
  },

  // Bank
  'bank.enabled': { zh: '银行放贷', en: 'Bank lends' },
  whiteListAllGovernmentBacked: {
    zh: '白名单含全部政府基金被投企业',
    en: 'White list: all government-backed',
  },
  'loan.enabled': { zh: '启用', en: 'offered' },
  eligibleStages: { zh: '适用阶段', en: 'eligible stage' },
  termYears: { zh: '贷款期限（年）', en: 'term (years)' },
  amortising: { zh: '分期还本', en: 'amortising' },
  spreadOverLprPerYear: { zh: 'LPR加点', en: 'spread over LPR' },
  lossGivenDefaultShare: { zh: '违约损失率', en: 'loss given default' },
  'loan.maxPerFirmCNY': { zh: '单户贷款上限', en: 'max per firm' },
  'loan.minPoints': { zh: '最低创新积分', en: 'min innovation points' },
  creditLineMultipleOfEquity: { zh: '授信额度/股权融资', en: 'credit line / equity' },
  preferentialDiscountPerYear: { zh: '利率优惠', en: 'preferential discount' },
  'band.minPoints': { zh: '最低积分', en: 'min points' },
  amountCNY: { zh: '金额', en: 'amount' },
  conversionShare: { zh: '转股比例', en: 'conversion share' },
  independentDefaultPerQuarter: { zh: '季度独立违约概率', en: 'Independent default per quarter' },
  nplToleranceShare: { zh: '不良贷款率容忍度', en: 'NPL tolerance' },
  dueDiligenceExemptionShare: { zh: '尽职免责附加容忍度', en: 'Due-diligence exemption margin' },
  responseCutsRenewals: { zh: '超限时也压降续贷', en: 'Response cuts renewals' },
  'reporting.minBookCNY': { zh: '不良率统计最低贷款余额', en: 'Min book for NPL peak' },
  nonPerformingQuarters: { zh: '不良贷款核销前季度数', en: 'Quarters before write-off' },
  'response.rule': { zh: '超容忍度审批规则', en: 'Approval response rule' },
  cutShare: { zh: '审批压降比例', en: 'Approval cut share' },
  sensitivity: { zh: '审批压降敏感度', en: 'Approval cut sensitivity' },
  approvalShare: { zh: '审批通过率', en: 'Approval share' },

  // Treasury
  discountRatePerYear: { zh: '财政资金贴现率', en: 'Fiscal discount rate' },
  navHaircutShare: { zh: '期末未实现净值折扣', en: 'NAV haircut at horizon' },
  'incentive.enabled': { zh: '启用', en: 'on' },
  annualFundingCNY: { zh: '年度资金池注资', en: 'annual funding' },
  coverageShare: { zh: '损失补偿比例', en: 'coverage share' },
  eligibleProducts: { zh: '适用贷款产品', en: 'eligible product' },
  guarantorShare: { zh: '担保机构分担比例', en: 'Guarantor loss share', standalone: true },
  reGuarantorShare: { zh: '再担保分担比例', en: 'Re-guarantor loss share', standalone: true },
  bankShare: { zh: '银行分担比例', en: 'Bank loss share', standalone: true },
  governmentShare: { zh: '政府分担比例', en: 'Government loss share', standalone: true },
  'guarantee.feeRatePerYear': { zh: '担保费率', en: 'Guarantee fee rate', standalone: true },
  'guarantee.maxPerFirmCNY': { zh: '单户担保余额上限', en: 'max balance per firm' },
  'guarantee.products': { zh: '担保贷款产品', en: 'guaranteed product' },
  maxAgeYears: { zh: '最长成立年限', en: 'max age (years)' },
  minValuationUSD: { zh: '最低估值（美元）', en: 'min valuation (USD)' },
  usdCnyRate: { zh: '美元兑人民币汇率', en: 'USD/CNY rate', standalone: true },
  lprShare: { zh: '贴息占LPR比例', en: 'share of LPR' },
  capPerFirmPerYearCNY: { zh: '单户年度上限', en: 'cap per firm per year' },
  premiumRate: { zh: '保险费率', en: 'premium rate' },
  premiumRateCap: { zh: '补贴费率上限', en: 'subsidised rate cap' },
  subsidyShare: { zh: '保费补贴比例', en: 'subsidy share' },
  uptakePerQuarter: { zh: '季度投保概率', en: 'uptake per quarter' },
  insuredValueCNY: { zh: '投保金额', en: 'insured value' },
  minInvestmentCNY: { zh: '最低投资额', en: 'min investment' },
  minHoldingYears: { zh: '最短持有期（年）', en: 'min holding (years)' },
  rewardShare: { zh: '奖励比例', en: 'reward share' },
  capPerFundCNY: { zh: '单支基金上限', en: 'cap per fund' },
  neeqUpfrontCNY: { zh: '新三板挂牌补助', en: 'NEEQ listing subsidy', standalone: true },
  neeqFirstRaiseShare: {
    zh: '新三板首次融资补助比例',
    en: 'NEEQ first-raise share',
    standalone: true,
  },
  neeqFirstRaiseCapCNY: {
    zh: '新三板首次融资补助上限',
    en: 'NEEQ first-raise cap',
    standalone: true,
  },
  regionalExchangeCNY: {
    zh: '区域股权市场挂牌补助',
    en: 'Regional listing subsidy',
    standalone: true,
  },
  ipoRaisedShare: { zh: '上市首发融资占估值比例', en: 'IPO raise / valuation', standalone: true },
  regionalExchangePerQuarter: {
    zh: '区域股权市场季度挂牌概率',
    en: 'Regional listing per quarter',
    standalone: true,
  },
  neeqShareOfListings: {
    zh: '新三板挂牌占上市比例',
    en: 'NEEQ share of listings',
    standalone: true,
  },
  // Eligibility of a provincial incentive (its name comes first: 首台(套)保险·仅限省内企业)
  inProvinceOnly: { zh: '仅限省内企业', en: 'in-province only' },
  eligibleIndustries: { zh: '适用行业', en: 'industries' },
};

const STRUCT_KINDS: Record<string, string> = {
  transferPricing: 'pricing',
  pricing: 'pricing',
  lpr1y: 'lprStep',
  lpr5y: 'lprStep',
  bands: 'band',
  angelFunds: 'subFund',
  techFunds: 'subFund',
  bankLinkedFunds: 'subFund',
};

/** What an enclosing segment contributes: a kind for the lookup and maybe a label prefix. */
type Context = {
  kind: string | undefined;
  prefix?: BilingualLabel;
  /** The prefix is dropped before a `standalone` label. */
  optional?: boolean;
  /** The prefix replaces the one before it (积分贷第2档 rather than 创新积分贷·积分贷第2档). */
  replaces?: boolean;
  /** The prefix names a programme offer: left out under the offer's own heading. */
  offer?: boolean;
};

/** `table[key]` for the table's own keys only (never `constructor` and the like). */
function ownEntry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const isStage = (s: string): s is LiveStage => Object.hasOwn(STAGE_NAMES, s);

/** The context of string segment `segment` reached through `parent`, with array `index` after it. */
function contextOf(
  segment: string,
  parent: string | undefined,
  index: number | undefined,
): Context {
  if (parent === 'arrivals' && isStage(segment))
    return { kind: 'arrival', prefix: STAGE_NAMES[segment] };
  if (parent === 'stages' && isStage(segment))
    return { kind: 'stage', prefix: STAGE_NAMES[segment] };
  if (parent === 'bank' && Object.hasOwn(LOAN_NAMES, segment))
    return { kind: 'loan', prefix: LOAN_NAMES[segment] };
  if (parent === 'fundRaising' && isOffer(segment))
    return { kind: 'offer', prefix: OFFER_NAMES[segment], offer: true };
  // An offer's terms are a sub-fund's fields (subFund.id and the like).
  if (segment === 'terms' && parent !== undefined && isOffer(parent)) return { kind: 'subFund' };
  if (parent === 'fiscal' && Object.hasOwn(INCENTIVE_NAMES, segment))
    return { kind: 'incentive', prefix: INCENTIVE_NAMES[segment], optional: true };
  const kind = ownEntry(STRUCT_KINDS, segment);
  if (index === undefined) return { kind };
  const n = index + 1;
  if (segment === 'lpr1y' || segment === 'lpr5y') {
    const term = segment === 'lpr1y' ? '1' : '5';
    return {
      kind,
      prefix: { zh: `${term}年期LPR（第${n}段）`, en: `${term}-year LPR step ${n}` },
    };
  }
  if (segment === 'bands')
    return { kind, prefix: { zh: `积分贷第${n}档`, en: `Points loan band ${n}` }, replaces: true };
  if (segment === 'sources') return { kind, prefix: { zh: `第${n}条来源`, en: `Source ${n}` } };
  if (segment === 'industries')
    return { kind, prefix: { zh: `第${n}个行业`, en: `Industry ${n}` } };
  // Funds: one fund's fields are shown together under its name (fundLabel), so no prefix.
  return { kind };
}

/** `someFieldName` → `Some field name`, for a field missing from the table. */
function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A short label of the scenario field at `path` (any leaf, or a list such as `stageFocus`), e.g.
 * `funds.angelFunds.0.guidanceFundShare` → 引导基金出资比例 / Guidance fund share,
 * `firms.stages.ANGEL.graduationPerQuarter` → 天使期·季度晋级概率 / ANGEL: graduation per quarter.
 * A field missing from the table falls back to its name. Under an offer's own heading in the
 * editor, `withoutOffer` leaves out the offer's prefix (天使子基金发起·目标认缴规模 → 目标认缴规模).
 */
export function fieldLabel(
  rawPath: FieldPath,
  locale: Locale,
  { withoutOffer = false }: { withoutOffer?: boolean } = {},
): string {
  // Indices may come as text from a dotted path (`bands.1.amountCNY`).
  const path = rawPath.map((s) => (typeof s === 'string' && /^\d+$/.test(s) ? Number(s) : s));
  const prefixes: { label: BilingualLabel; optional: boolean; offer: boolean }[] = [];
  let leafIndex = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') {
      leafIndex = i;
      break;
    }
  }
  if (leafIndex < 0) return '';
  const name = String(path[leafIndex]);

  // Enclosing objects, outermost first: collect prefixes and remember the nearest one.
  let context: string | undefined;
  let kind: string | undefined;
  let parent: string | undefined;
  for (let i = 0; i < leafIndex; i++) {
    const segment = path[i];
    if (typeof segment !== 'string') continue;
    const next = path[i + 1];
    const index = typeof next === 'number' && i + 1 < leafIndex ? next : undefined;
    const ctx = contextOf(segment, parent, index);
    if (ctx.prefix) {
      if (ctx.replaces) prefixes.pop();
      prefixes.push({
        label: ctx.prefix,
        optional: ctx.optional ?? false,
        offer: ctx.offer ?? false,
      });
    }
    context = segment;
    kind = ctx.kind;
    parent = segment;
  }

  const entry =
    (context !== undefined ? ownEntry(FIELD_LABELS, `${context}.${name}`) : undefined) ??
    (kind !== undefined ? ownEntry(FIELD_LABELS, `${kind}.${name}`) : undefined) ??
    ownEntry(FIELD_LABELS, name);
  let own = entry ? entry[locale] : locale === 'en' ? humanise(name) : name;

  // An item of a list of values (a stage of stageFocus): its 1-based position.
  const item = path[leafIndex + 1];
  if (typeof item === 'number')
    own = locale === 'zh' ? `${own}（第${item + 1}项）` : `${own} #${item + 1}`;

  const shown = prefixes.filter(
    (p) => !(p.optional && entry?.standalone) && !(withoutOffer && p.offer),
  );
  if (shown.length === 0) return locale === 'en' ? capitalise(own) : own;
  const head = shown.map((p) => p.label[locale]);
  return locale === 'zh' ? [...head, own].join('·') : `${head.join(', ')}: ${own}`;
}

const FUND_KIND_NAMES: Record<'angel' | 'tech' | 'bankLinked', BilingualLabel> = {
  angel: { zh: '天使投资子基金', en: 'Angel sub-fund' },
  tech: { zh: '科技投资子基金', en: 'Tech sub-fund' },
  bankLinked: { zh: '投贷联动子基金', en: 'Bank-linked sub-fund' },
};

/**
 * The heading of one sub-fund in the editor: its own name in `locale`, or the kind of fund when
 * the name is empty in that language.
 */
export function fundLabel(
  kind: 'angel' | 'tech' | 'bankLinked',
  name: Partial<BilingualLabel> | undefined,
  locale: Locale,
): string {
  const own = name?.[locale]?.trim();
  return own ? own : FUND_KIND_NAMES[kind][locale];
}

/** The editor's label of a field given as path text (`funds.angelFunds[0].hurdleRate`), both languages. */
export function fieldLabelOfPathText(pathText: string): BilingualLabel | null {
  const parsed = parseScenarioPath(pathText);
  if (!parsed.ok) return null;
  return { zh: fieldLabel(parsed.path, 'zh'), en: fieldLabel(parsed.path, 'en') };
}
