import type { Locale, MetricUnit } from '../../engine/index.ts';
import type { ValueFormat } from '../charts/chartTypes.ts';
import type { MetricTableLabels, UndefinedNote } from '../charts/metricTableModel.ts';
import { formatAtStep, formatMoneyCNY, formatPercent } from '../format/formatValue.ts';
import { formatNumber } from '../format/numberFormat.ts';

/** Labels every chart needs, in the reader's language. */
export function chartText(locale: Locale) {
  const zh = locale === 'zh';
  return {
    frame: zh
      ? {
          showTable: '显示数据表',
          hideTable: '隐藏数据表',
          downloadSvg: '下载 SVG',
          downloadPng: '下载 PNG',
        }
      : {
          showTable: 'Show table',
          hideTable: 'Hide table',
          downloadSvg: 'Download SVG',
          downloadPng: 'Download PNG',
        },
    fan: zh
      ? {
          band90: 'P5–P95 区间',
          band50: 'P25–P75 区间',
          median: '中位数',
          quarter: '季度',
          year: '年份',
          p5: 'P5',
          p25: 'P25',
          p50: '中位数',
          p75: 'P75',
          p95: 'P95',
        }
      : {
          band90: 'P5–P95',
          band50: 'P25–P75',
          median: 'Median',
          quarter: 'Quarter',
          year: 'Year',
          p5: 'P5',
          p25: 'P25',
          p50: 'Median',
          p75: 'P75',
          p95: 'P95',
        },
    hist: zh
      ? { share: '占试验比例', count: '试验次数', from: '下限', to: '上限', series: '方案' }
      : { share: 'Share of trials', count: 'Trials', from: 'From', to: 'To', series: 'Scenario' },
    markers: zh
      ? { median: '中位数', p5: 'P5', p95: 'P95' }
      : { median: 'Median', p5: 'P5', p95: 'P95' },
    sankey: zh
      ? {
          from: '来源',
          to: '去向',
          meanCount: '平均每次试验（家）',
          shareOfSource: '占来源流出',
          inflow: '流入',
          outflow: '流出',
        }
      : {
          from: 'From',
          to: 'To',
          meanCount: 'Mean per trial',
          shareOfSource: 'Share of source',
          inflow: 'In',
          outflow: 'Out',
        },
    bar: zh
      ? {
          category: '类别',
          value: '中位数',
          low: 'P5',
          high: 'P95',
          range: 'P5–P95',
          share: '占比',
        }
      : {
          category: 'Category',
          value: 'Median',
          low: 'P5',
          high: 'P95',
          range: 'P5–P95',
          share: 'Share',
        },
    card: zh
      ? {
          median: '中位数',
          range: 'P5–P95',
          mean: '均值',
          stderr: '标准误',
          delta: '与对比方案之差',
          notSignificant: '不显著',
          undefinedIn: '次未定义',
        }
      : {
          median: 'Median',
          range: 'P5–P95',
          mean: 'Mean',
          stderr: 's.e.',
          delta: 'Difference',
          notSignificant: 'not significant',
          undefinedIn: 'trials undefined',
        },
    metricTable: metricTableText(locale),
    year: zh ? '年份' : 'Year',
    shareAxis: zh ? '占试验比例（%）' : 'Share of trials (%)',
    empty: zh ? '暂无数据' : 'No data',
    moneyAxis: zh ? '金额（元，按万元/亿元显示）' : 'Amount (CNY)',
  };
}

export type ChartText = ReturnType<typeof chartText>;

/**
 * Value formats by kind, for cards, tooltips and tables: three significant digits, or `step` (in
 * the value's unit: yuan, a fraction, ×) when a standard error says how much is known.
 */
export function formats(locale: Locale) {
  // A difference that rounds to nothing prints as 0, not −0.
  const clean = (text: string) =>
    text
      .replace(/^-(0(?:[.,]0+)?)(?![\d.,])/, '$1')
      .replace(/^(CNY )-(0(?:\.0+)?)(?![\d.,])/, '$1$2');
  // Without a standard error, hundredths at most; with one, as fine as it is (to 4 decimals), so a
  // small paired difference of multiples reads −0.0034× ± 0.0008×, not a red 0× ± 0×.
  const num = (x: number, step: number | undefined) =>
    clean(formatAtStep(x, locale, step, step === undefined ? 0.01 : 1e-4));
  return {
    money: (x: number, step?: number) => clean(formatMoneyCNY(x, locale, step)),
    percent: (x: number, step?: number) => clean(formatPercent(x, locale, step)),
    points: (x: number, step?: number) =>
      `${num(x * 100, step === undefined ? undefined : step * 100)} ${locale === 'zh' ? '个百分点' : 'pp'}`,
    multiple: (x: number, step?: number) => `${num(x, step)}×`,
    count: (x: number, step?: number) => num(x, step),
  };
}

export type Formats = ReturnType<typeof formats>;
export type FormatKind = keyof Formats;

/**
 * The format of each unit of the engine's metric catalog. Quantiles over trials are within 0.5%
 * of a trial's value: three significant digits, and counts (whole in every trial) whole. A mean
 * passes the step of its standard error (precision.ts).
 */
export function unitFormats(locale: Locale): Record<MetricUnit, ValueFormat> {
  const f = formats(locale);
  const perYear = locale === 'zh' ? ' /年' : ' a year';
  return {
    CNY: f.money,
    rate: (x, step) => `${f.percent(x, step)}${perYear}`,
    rateDifference: f.points,
    multiple: f.multiple,
    share: f.percent,
    count: (x, step) => f.count(x, step ?? 1),
    // Quarters are counted from 0 in the engine and from 1 by readers.
    quarter: (x, step) =>
      locale === 'zh'
        ? `第 ${f.count(x + 1, step ?? 1)} 季度`
        : `quarter ${f.count(x + 1, step ?? 1)}`,
    // An indicator's statistic is its mean over trials: a probability.
    indicator: f.percent,
  };
}

/**
 * The format of a difference of two values of a unit: rates, shares and probabilities differ by
 * percentage points (个百分点), the rest in their own unit.
 */
export function differenceFormats(locale: Locale): Record<MetricUnit, ValueFormat> {
  const f = formats(locale);
  const u = unitFormats(locale);
  return {
    ...u,
    rate: f.points,
    share: f.points,
    indicator: f.points,
    rateDifference: f.points,
    quarter: (x, step) =>
      locale === 'zh' ? `${f.count(x, step)} 个季度` : `${f.count(x, step)} quarters`,
  };
}

/** The metric table's headers, and the note on trials in which a metric is undefined. */
export function metricTableText(locale: Locale): MetricTableLabels {
  const zh = locale === 'zh';
  const n = (x: number) => formatNumber(x, locale, 3);
  const reasons = zh
    ? {
        chainGain: '基金链实现财政净收益',
        noBackedFirm: '基金链未支持任何企业',
        noBackedListing: '支持企业无一上市',
        smallBook: '没有一个季度的贷款余额达到统计下限',
      }
    : {
        chainGain: 'the chain made money',
        noBackedFirm: 'the chain backed no firm',
        noBackedListing: 'no backed firm listed',
        smallBook: 'no quarter’s book reached the minimum',
      };
  const undefinedNote = (u: UndefinedNote): string => {
    const parts = u.parts.map((p) =>
      zh ? `${n(p.count)} 次因${reasons[p.reason]}` : `${n(p.count)} because ${reasons[p.reason]}`,
    );
    if (zh) {
      const why = parts.length > 0 ? `，其中 ${parts.join('，')}` : '';
      const rest =
        u.defined > 0 ? `中位数与区间只统计其余 ${n(u.defined)} 次。` : '没有一次有定义。';
      return `${u.share} 的模拟（${n(u.trials)} 次中 ${n(u.count)} 次）无定义${why}。${rest}`;
    }
    const why = parts.length > 0 ? `: ${parts.join(', ')}` : '';
    const rest =
      u.defined > 0 ? `Median and range over the other ${n(u.defined)}.` : 'Defined in no trial.';
    return `Undefined in ${u.share} of trials (${n(u.count)} of ${n(u.trials)})${why}. ${rest}`;
  };
  return zh
    ? {
        metric: '指标与定义',
        median: '中位数',
        range: 'P5–P95',
        probability: '概率（各次模拟 0/1 的均值）',
        stderr: '蒙特卡洛标准误',
        missing: '—',
        undefinedNote,
      }
    : {
        metric: 'Metric and definition',
        median: 'Median',
        range: 'P5–P95',
        probability: 'probability (mean of 0/1 over trials)',
        stderr: 'Monte Carlo s.e.',
        missing: '—',
        undefinedNote,
      };
}

/** Stage and flow node names. */
export function nodeLabel(node: string, locale: Locale): string {
  const zh: Record<string, string> = {
    ARRIVAL: '新进入',
    POC: '概念验证',
    ANGEL: '天使期',
    EARLY: '早中期',
    GROWTH: '成长期',
    LISTED: '上市',
    SOLD: '并购退出',
    FAILED: '失败',
    ACTIVE: '期末存续',
    seedFund: '概念验证种子基金',
    angelFunds: '天使投资子基金',
    guidanceFund: '科技投资引导基金',
  };
  const en: Record<string, string> = {
    ARRIVAL: 'Arrivals',
    POC: 'Concept validation',
    ANGEL: 'Angel',
    EARLY: 'Early/mid',
    GROWTH: 'Growth',
    LISTED: 'Listed',
    SOLD: 'Trade sale',
    FAILED: 'Failed',
    ACTIVE: 'Alive at horizon',
    seedFund: 'Seed fund',
    angelFunds: 'Angel sub-funds',
    guidanceFund: 'Guidance fund',
  };
  return (locale === 'zh' ? zh : en)[node] ?? node;
}
