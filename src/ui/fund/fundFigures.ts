import type { Locale, RunResult } from '../../engine/index.ts';
import { formats } from '../dashboard/chartText.ts';
import { errorStep } from '../format/precision.ts';
import type { FundChoice } from './fundChoices.ts';

/** One figure of the fund view: what it is, its value as text, and how it was estimated. */
export interface FundFigure {
  id: 'tvpiBelowOne' | 'dpiByYear' | 'carry' | 'ksPme' | 'directAlpha';
  label: string;
  /** '—' when the run does not report it for this fund. */
  value: string;
  detail: string;
}

/** The number of the last quarter of year `year` (1-based) in a series indexed from quarter 0. */
export function lastQuarterIndexOfYear(year: number): number {
  return 4 * year - 1;
}

/** Years whose end a fund's `.dpiAtLeastOne` series reaches (before the horizon). */
export function dpiYears(
  result: Pick<RunResult, 'series' | 'metrics' | 'trials'>,
  fund: FundChoice,
): number[] {
  const s = result.series[`${fund.seriesPrefix}.dpiAtLeastOne`];
  const quarters = (s?.mean.length ?? 1) - 1;
  return Array.from({ length: Math.floor(quarters / 4) }, (_, i) => i + 1);
}

/**
 * P(DPI ≥ 1 by the end of year `year`): the mean over trials of the 0/1 indicator at that year's
 * last quarter, with its binomial standard error √(p(1 − p)/n); null without the series or beyond it.
 */
export function dpiByYear(
  result: Pick<RunResult, 'series' | 'metrics' | 'trials'>,
  fund: FundChoice,
  year: number,
): { p: number; stderr: number } | null {
  const mean = result.series[`${fund.seriesPrefix}.dpiAtLeastOne`]?.mean;
  const p = mean?.[lastQuarterIndexOfYear(year)];
  if (p === null || p === undefined || !Number.isFinite(p)) return null;
  return { p, stderr: Math.sqrt((p * (1 - p)) / Math.max(1, result.trials)) };
}

/**
 * The figures a fund manager reads first: P(TVPI < 1), P(DPI ≥ 1 by year N), the expected carry
 * (means ± their Monte Carlo standard errors), and the fund against the public market (KS-PME
 * and Direct Alpha: median and P5–P95 over trials).
 */
export function fundFigures(
  result: Pick<RunResult, 'series' | 'metrics' | 'trials'>,
  fund: FundChoice,
  year: number,
  locale: Locale,
): FundFigure[] {
  const zh = locale === 'zh';
  const f = formats(locale);
  const missing = '—';
  const notReported = zh ? '本次运行未报告此基金的该指标' : 'Not reported for this fund';
  const metric = (suffix: string) => result.metrics[`${fund.metricPrefix}.${suffix}`];
  const meanText = (suffix: string, format: (x: number, step?: number) => string) => {
    const m = metric(suffix);
    if (!m || m.mean === null) return null;
    const step = m.stderr ? errorStep(m.stderr) : undefined;
    return m.stderr ? `${format(m.mean, step)} ± ${format(m.stderr, step)}` : format(m.mean);
  };
  const meanDetail = zh
    ? `${result.trials} 次模拟的均值 ± 蒙特卡洛标准误`
    : `Mean over ${result.trials} trials ± Monte Carlo s.e.`;
  const quantileText = (suffix: string, format: (x: number) => string) => {
    const m = metric(suffix);
    if (!m || m.p50 === null) return null;
    const range = m.p5 !== null && m.p95 !== null ? `${format(m.p5)} – ${format(m.p95)}` : missing;
    return {
      value: format(m.p50),
      detail: zh ? `中位数；P5–P95：${range}` : `Median; P5–P95: ${range}`,
    };
  };
  const dpi = dpiByYear(result, fund, year);
  const dpiStep = dpi && dpi.stderr > 0 ? errorStep(dpi.stderr) : undefined;
  const tvpi = meanText('tvpiBelowOne', f.percent);
  const carry = meanText('carryCNY', f.money);
  const pme = quantileText('ksPme', f.multiple);
  const alpha = quantileText('directAlpha', f.percent);
  return [
    {
      id: 'tvpiBelowOne',
      label: zh ? 'TVPI < 1 的概率' : 'P(TVPI < 1)',
      value: tvpi ?? missing,
      detail: tvpi ? meanDetail : notReported,
    },
    {
      id: 'dpiByYear',
      label: zh ? `第 ${year} 年末 DPI ≥ 1 的概率` : `P(DPI ≥ 1 by the end of year ${year})`,
      value: dpi
        ? dpi.stderr > 0
          ? `${f.percent(dpi.p, dpiStep)} ± ${f.percent(dpi.stderr, dpiStep)}`
          : f.percent(dpi.p)
        : missing,
      detail: dpi ? meanDetail : notReported,
    },
    {
      id: 'carry',
      label: zh ? '预期业绩报酬' : 'Expected carry',
      value: carry ?? missing,
      detail: carry ? meanDetail : notReported,
    },
    {
      id: 'ksPme',
      label: zh ? '公开市场等价倍数 PME' : 'KS-PME',
      value: pme?.value ?? missing,
      detail: pme?.detail ?? notReported,
    },
    {
      id: 'directAlpha',
      label: zh ? '直接超额收益' : 'Direct Alpha',
      value: alpha ? `${alpha.value}${zh ? ' /年' : ' a year'}` : missing,
      detail: alpha?.detail ?? notReported,
    },
  ];
}
