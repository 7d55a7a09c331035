import type { Locale, TakahashiAlexanderFit } from '../../engine/index.ts';
import { formats } from '../dashboard/chartText.ts';
import { formatNumber } from '../format/numberFormat.ts';

/** The fitted curves in the fund view's quarter index (index t is quarter t of the run). */
export interface PacingOverlay {
  /** Each fitted year's contribution spread evenly over its four quarters, CNY a quarter. */
  callsCNY: [number, number][];
  /** Each fitted year's distribution spread evenly over its four quarters, CNY a quarter. */
  distributionsCNY: [number, number][];
  /** Fitted NAV at each year's last quarter, CNY. */
  navCNY: [number, number][];
}

/**
 * The index of the fund's first call in its series of mean calls: year 1 of its age, as the
 * engine's fit (fundPacingFit) counts it. −1 when it called nothing.
 */
export function firstCallIndex(meanCallsCNY: readonly (number | null)[]): number {
  return meanCallsCNY.findIndex((x) => x !== null && x > 0);
}

/**
 * The fitted annual model drawn over quarterly bands: year k of age covers quarters
 * start + 4k … start + 4k + 3, so its contribution and distribution are a quarter each of the
 * year's and its NAV sits at the year's last quarter.
 */
export function pacingOverlay(
  fit: Extract<TakahashiAlexanderFit, { ok: true }>,
  start: number,
): PacingOverlay {
  const spread = (annual: Float64Array) => {
    const points: [number, number][] = [];
    for (let k = 0; k < fit.years; k++)
      for (let q = 0; q < 4; q++) points.push([start + 4 * k + q, annual[k]! / 4]);
    return points;
  };
  const navCNY: [number, number][] = [];
  for (let k = 0; k < fit.years; k++) navCNY.push([start + 4 * k + 3, fit.fitted.navCNY[k]!]);
  return {
    callsCNY: spread(fit.fitted.contributionsCNY),
    distributionsCNY: spread(fit.fitted.distributionsCNY),
    navCNY,
  };
}

/** One fitted parameter as the fund view lists it. */
export interface PacingParameterRow {
  id: string;
  label: string;
  value: string;
}

/** The fitted parameters in the reader's language, in the order an LP's pacing tool asks for them. */
export function pacingParameterRows(
  fit: Extract<TakahashiAlexanderFit, { ok: true }>,
  locale: Locale,
): PacingParameterRow[] {
  const zh = locale === 'zh';
  const f = formats(locale);
  const p = fit.params;
  const rates = p.contributionRates;
  const rateRows = rates.map((rate, i) => {
    const last = i === rates.length - 1;
    const year =
      last && i > 0
        ? zh
          ? `第 ${i + 1} 年起`
          : `year ${i + 1} on`
        : zh
          ? `第 ${i + 1} 年`
          : `year ${i + 1}`;
    return {
      id: `rc${i + 1}`,
      label: zh ? `出资比例（${year}，占未缴承诺）` : `Rate of contribution, ${year} (of uncalled)`,
      value: f.percent(rate),
    };
  });
  return [
    ...rateRows,
    { id: 'bow', label: zh ? '弓形因子 B' : 'Bow B', value: formatNumber(p.bow, locale, 2) },
    {
      id: 'growth',
      label: zh ? '净值增长率 G' : 'Growth rate G',
      value: `${f.percent(p.growthPerYear)}${zh ? ' /年' : ' a year'}`,
    },
    {
      id: 'life',
      label: zh ? '存续期 L' : 'Life L',
      value: zh
        ? `${formatNumber(p.lifeYears, locale, 1)} 年`
        : `${formatNumber(p.lifeYears, locale, 1)} years`,
    },
    {
      id: 'yield',
      label: zh ? '收益率下限 Y' : 'Yield Y',
      value: `${f.percent(p.yieldPerYear)}${zh ? ' /年' : ' a year'}`,
    },
    {
      id: 'rmse',
      label: zh ? '拟合误差（均方根，占承诺）' : 'Fit error (RMS, of commitment)',
      value: f.percent(fit.rmseCommitments),
    },
  ];
}

/** Why there is no fitted curve, said plainly. */
export function pacingFailureText(
  fit: Extract<TakahashiAlexanderFit, { ok: false }>,
  hasCommitment: boolean,
  locale: Locale,
): string {
  const zh = locale === 'zh';
  if (!hasCommitment)
    return zh
      ? '无法拟合 Takahashi–Alexander 模型：该基金没有认缴规模（模型按承诺出资计算），只有子基金可以拟合。'
      : 'No Takahashi–Alexander fit: the model works on a commitment, and only sub-funds have one.';
  const reasons: Record<typeof fit.reason, [string, string]> = {
    invalidCommitment: [
      '认缴规模为零（基金未设立）',
      'its commitment is zero (the fund never formed)',
    ],
    noCommitment: [
      '该基金没有认缴规模，只有子基金可以拟合',
      'it has no commitment; only sub-funds do',
    ],
    lengthMismatch: ['各序列长度不一致', 'its series differ in length'],
    nonFinite: ['序列中有未定义的值', 'a value of its series is undefined'],
    tooShort: ['不足两个完整年度', 'it has less than two whole years of data'],
    nothingCalled: ['该基金从未实缴出资', 'it called no capital'],
    fitFailed: ['优化未收敛到有限参数', 'the optimisation ended on a parameter that is not finite'],
  };
  const [zhReason, enReason] = reasons[fit.reason];
  return zh
    ? `无法拟合 Takahashi–Alexander 模型：${zhReason}。`
    : `No Takahashi–Alexander fit: ${enReason}. (${fit.message})`;
}
