/**
 * Plausible ranges of the parameters a sensitivity analysis (tornado) moves: for each, a low and
 * a high value a reader could defend, and where that range comes from — a policy clause, a public
 * figure (../shared/CALIBRATION.md) or a stated model assumption. They sit beside the schema, not
 * in it: a field's schema range says what the engine accepts (a share in [0, 1]); this says what
 * is worth asking about. The same field of different funds may need different ranges (an angel
 * and a tech sub-fund's guidance share), which a path with `[*]` expresses and a field's schema,
 * shared by every fund, could not. A test checks that every path names fields of the default
 * scenario, that both ends parse, and that the default value lies within the range.
 */

import type { Unit } from './units.ts';

export type PlausibleRange = {
  /** A scenario path (scenarioPath.ts); `[*]` moves every item of a list together. */
  path: string;
  label: { zh: string; en: string };
  /** The field's unit, for formatting the ends (the schema's meta has the same). */
  unit: Unit;
  low: number;
  high: number;
  /** A file of ../shared/policy/, CALIBRATION.md, a publication, or 'model assumption'. */
  source: { document: string; clause: string };
};

const HEBEI_PLAN = 'hebei-finance-for-sci-tech-work-plan-2022.txt';
const CALIBRATION = 'CALIBRATION.md';
const ASSUMPTION = 'model assumption';

export const PLAUSIBLE_RANGES: readonly PlausibleRange[] = [
  {
    path: 'concession.angelStageShare',
    label: { zh: '天使阶段让利比例', en: 'angel-stage concession share' },
    unit: 'share',
    low: 0,
    high: 0.6,
    source: {
      document: HEBEI_PLAN,
      clause:
        '二(二)2 concedes 40% of the guidance fund’s gains on in-province angel-stage firms. Low 0: no concession (the no-concession preset); high 60%, the plan’s rate + 20 pp, is a model assumption: no document sets a larger share',
    },
  },
  {
    path: 'concession.earlyStageShare',
    label: { zh: '早中期让利比例', en: 'early/mid-stage concession share' },
    unit: 'share',
    low: 0,
    high: 0.5,
    source: {
      document: HEBEI_PLAN,
      clause:
        '二(二)2 concedes 30% on in-province early/mid-stage firms. Low 0: no concession; high 50%, the plan’s rate + 20 pp, is a model assumption',
    },
  },
  {
    path: 'funds.angelFunds[*].guidanceFundShare',
    label: { zh: '天使子基金引导基金出资比例', en: 'guidance share of angel sub-funds' },
    unit: 'share',
    low: 0.2,
    high: 0.4,
    source: {
      document: CALIBRATION,
      clause:
        'Government funds: guidance-fund share typically ≤ 20% for VC funds (low), ≤ 30% for angel funds (Quanzhou 2022), up to 40% for angel funds (Suzhou, high)',
    },
  },
  {
    path: 'funds.techFunds[*].guidanceFundShare',
    label: { zh: '科技子基金引导基金出资比例', en: 'guidance share of tech sub-funds' },
    unit: 'share',
    low: 0.1,
    high: 0.3,
    source: {
      document: CALIBRATION,
      clause:
        'Government funds: guidance-fund share typically ≤ 20% for VC funds; 10 pp either side of it is a model assumption (30% is the angel-fund norm)',
    },
  },
  {
    path: 'bank.tolerance.nplToleranceShare',
    label: { zh: '不良容忍度 τ', en: 'NPL tolerance τ' },
    unit: 'share',
    low: 0.015,
    high: 0.06,
    source: {
      document: CALIBRATION,
      clause:
        'Chinese rates and credit: commercial banks’ NPL ratio about 1.5% (low: a bank that tolerates no more on tech loans than on its book); the regulator’s tolerance is that + 3 pp, 4.5% (NFRA 2024); high 6%, a further 1.5 pp, is a model assumption for a policy that raises it beyond the regulator’s',
    },
  },
  {
    path: 'bank.tolerance.dueDiligenceExemptionShare',
    label: { zh: '尽职免责额外容忍', en: 'due-diligence exemption margin' },
    unit: 'share',
    low: 0,
    high: 0.02,
    source: {
      document: 'icbc-torch-shibaiqianwan-action-plan.txt',
      clause:
        '三(二): due-diligence exemption (尽职免责) is to be explored, with no figure; 0 to 2 pp on top of τ is a model assumption',
    },
  },
  {
    path: 'bank.approvalShare',
    label: { zh: '银行审批通过率', en: 'bank approval share' },
    unit: 'share',
    low: 0.6,
    high: 0.95,
    source: {
      document: ASSUMPTION,
      clause:
        'No public figure for the share of eligible tech-loan applications approved; 60%–95% around the default 80% spans a cautious and an eager bank',
    },
  },
  {
    path: 'bank.linkageLoan.spreadOverLprPerYear',
    label: { zh: '投贷联动贷款利差', en: 'linkage-loan spread over LPR' },
    unit: 'ratePerYear',
    low: 0.005,
    high: 0.01,
    source: {
      document: CALIBRATION,
      clause:
        'Chinese rates and credit: provincial tech loans such as 苏科贷 at LPR + 50 to 100 bp',
    },
  },
  {
    path: 'economy.lpr1y[*].ratePerYear',
    label: { zh: '一年期 LPR', en: 'one-year LPR' },
    unit: 'ratePerYear',
    low: 0.025,
    high: 0.0345,
    source: {
      document: CALIBRATION,
      clause:
        'Chinese rates and credit: one-year LPR 3.45% until July 2024 (high), 3.00% from 2025-05-20 (the default); low 2.5%, a further 50 bp of cuts, is a model assumption',
    },
  },
  {
    path: 'fiscal.riskCompensation.coverageShare',
    label: { zh: '风险补偿比例', en: 'risk-compensation share' },
    unit: 'share',
    low: 0.3,
    high: 0.8,
    source: {
      document: CALIBRATION,
      clause:
        'Anhui tech-loan risk compensation: 30% of defaulted principal on direct loans (low); Shenzhen raised its cap from 50% to 80% of losses in 2020 (high)',
    },
  },
  {
    path: 'fiscal.riskCompensation.annualFundingCNY',
    label: { zh: '风险补偿资金池年度注资', en: 'risk pool’s annual funding' },
    unit: 'CNY',
    low: 20_000_000,
    high: 100_000_000,
    source: {
      document: ASSUMPTION,
      clause:
        'No public figure for Hebei’s pool: half to two and a half times the default CNY 40M a year (the schema default is CNY 100M)',
    },
  },
  {
    path: 'fiscal.discountRatePerYear',
    label: { zh: '财政贴现率', en: 'fiscal discount rate' },
    unit: 'ratePerYear',
    low: 0.02,
    high: 0.05,
    source: {
      document: CALIBRATION,
      clause:
        'Chinese rates and credit: the one-year LPR, 3.00%, is the default; Government co-investment: CBO’s fair-value estimates of US credit programmes, far above their FCRA cost, are why a higher rate is shown. 2% and 5% are model assumptions either side',
    },
  },
  {
    path: 'fiscal.navHaircutShare',
    label: { zh: '期末净值折价', en: 'haircut on horizon NAV' },
    unit: 'share',
    low: 0.1,
    high: 0.4,
    source: {
      document:
        'Jefferies, Global Secondary Market Review (January 2025), as reported by VO2 Partners, "So, what are your VC holdings actually worth?"',
      clause:
        'Venture and growth LP interests priced at about 75% of NAV in 2024 (68% in 2022–23; Lazard 59–69%): a haircut of 10–40%, as the default scenario cites',
    },
  },
  {
    path: 'funds.angelFunds[*].localReinvestmentMultiple',
    label: { zh: '天使子基金返投倍数', en: 'angel sub-funds’ local reinvestment (返投)' },
    unit: 'multiple',
    low: 0,
    high: 1.5,
    source: {
      document: CALIBRATION,
      clause:
        'Government funds: local reinvestment 1× to 1.5× of the guidance fund’s commitment (Quanzhou, Beijing Shijingshan; high); a 2025 national draft encourages lowering or dropping it (low 0)',
    },
  },
  {
    path: 'funds.angelFunds[*].fees.investmentPeriodRatePerYear',
    label: { zh: '天使子基金管理费率（投资期）', en: 'angel sub-funds’ management fee' },
    unit: 'ratePerYear',
    low: 0.01,
    high: 0.025,
    source: {
      document: ASSUMPTION,
      clause:
        'Market convention is 2% on commitments during the investment period (the default scenario’s source); 1% (a government-anchored fund) to 2.5% (a small angel fund) either side',
    },
  },
  {
    path: 'firms.arrivals.ANGEL.meanPerQuarter',
    label: { zh: '天使期企业季度进入数', en: 'angel-stage arrivals a quarter' },
    unit: 'count',
    low: 40,
    high: 80,
    source: {
      document: HEBEI_PLAN,
      clause:
        '一 (2023 targets): at least 1,000 evaluated projects pushed to banks and funds; the default 60 a quarter is scaled from it, and a third either side is a model assumption',
    },
  },
  {
    path: 'firms.arrivals.POC.meanPerQuarter',
    label: { zh: '概念验证项目季度进入数', en: 'concept-validation projects a quarter' },
    unit: 'count',
    low: 10,
    high: 20,
    source: {
      document: ASSUMPTION,
      clause:
        'No public figure for concept-validation projects; a third either side of the default 15 a quarter',
    },
  },
  {
    path: 'firms.stages.ANGEL.failurePerQuarter',
    label: { zh: '天使期季度失败率', en: 'angel-stage failure rate a quarter' },
    unit: 'probabilityPerQuarter',
    low: 0.03,
    high: 0.05,
    source: {
      document: CALIBRATION,
      clause:
        'Venture outcomes: Carta 2018 cohort, 61.9% closed after about 6 years, which the default 4% a quarter is calibrated to; a quarter either side is a model assumption for the calibration’s uncertainty',
    },
  },
  {
    path: 'firms.stages.EARLY.failurePerQuarter',
    label: { zh: '早中期季度失败率', en: 'early-stage failure rate a quarter' },
    unit: 'probabilityPerQuarter',
    low: 0.045,
    high: 0.075,
    source: {
      document: CALIBRATION,
      clause:
        'Venture outcomes: Carta 2018 cohort (61.9% closed, 26.2% reached B), which the default 6% a quarter is calibrated to; a quarter either side is a model assumption',
    },
  },
  {
    path: 'firms.stages.ANGEL.round.stepUpMedian',
    label: { zh: '天使轮后估值提升倍数', en: 'step-up out of the angel stage' },
    unit: 'multiple',
    low: 2,
    high: 3.5,
    source: {
      document: CALIBRATION,
      clause:
        'Venture outcomes: Carta Q2 2024, step-up seed → A about 2.8× (the default 2.7×); 2× to 3.5× either side is a model assumption',
    },
  },
  {
    path: 'firms.stages.EARLY.round.stepUpMedian',
    label: { zh: '早中期轮后估值提升倍数', en: 'step-up out of the early stage' },
    unit: 'multiple',
    low: 1.6,
    high: 2.8,
    source: {
      document: CALIBRATION,
      clause:
        'Venture outcomes: Carta Q2 2024, step-up B → C about 1.6× (low) and seed → A about 2.8× (high); A → B lies between',
    },
  },
  {
    path: 'firms.exits.ipoMultipleMedian',
    label: { zh: 'IPO 退出倍数中位数', en: 'median IPO multiple' },
    unit: 'multiple',
    low: 3,
    high: 6,
    source: {
      document: ASSUMPTION,
      clause:
        'The default 4.5× is calibrated to Correlation Ventures’ deal multiples (CALIBRATION.md: 65% < 1×, 10% ≥ 5×, 4% ≥ 10×); a third either side',
    },
  },
  {
    path: 'firms.exits.tradeSaleMultipleMedian',
    label: { zh: '并购退出倍数中位数', en: 'median trade-sale multiple' },
    unit: 'multiple',
    low: 0.8,
    high: 1.5,
    source: {
      document: ASSUMPTION,
      clause:
        'The default 1.1× of the last post-money is calibrated with the IPO multiple to Correlation Ventures’ deal multiples; 0.8× (a distressed sale) to 1.5× either side',
    },
  },
  {
    path: 'firms.failureCorrelation',
    label: { zh: '失败相关系数 ρ', en: 'failure correlation ρ' },
    unit: 'correlation',
    low: 0.12,
    high: 0.24,
    source: {
      document: 'Basel Committee on Banking Supervision, Basel II (June 2006)',
      clause:
        '¶272: the IRB asset correlation of corporate exposures runs from 0.12 to 0.24 (lower for smaller firms), as the default scenario’s source for its 0.15 says',
    },
  },
  {
    path: 'firms.screening.accuracy',
    label: { zh: '创新积分筛选准确度', en: 'screening accuracy of innovation points' },
    unit: 'correlation',
    low: 0.1,
    high: 0.6,
    source: {
      document: 'bocom-torch-five-ones-action-plan-2025.txt',
      clause:
        'An early-stage screening model for tech firms (科技型企业早小模型) is to identify and predict, with no figure for how well; 0.1 to 0.6 around the default 0.3 is a model assumption',
    },
  },
];

/** The plausible range of a path, as written in the catalog (`funds.angelFunds[*]…`). */
export function plausibleRangeOf(path: string): PlausibleRange | undefined {
  return PLAUSIBLE_RANGES.find((range) => range.path === path);
}
