import type { Locale } from '../../engine/index.ts';
import { formatMoneyCNY, formatPercent } from '../format/formatValue.ts';

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
    year: zh ? '年份' : 'Year',
    shareAxis: zh ? '占试验比例（%）' : 'Share of trials (%)',
    empty: zh ? '暂无数据' : 'No data',
    moneyAxis: zh ? '金额（元，按万元/亿元显示）' : 'Amount (CNY)',
  };
}

export type ChartText = ReturnType<typeof chartText>;

/** Value formats by unit, for cards, tooltips and tables. */
export function formats(locale: Locale) {
  // A difference that rounds to nothing prints as 0, not −0.
  const clean = (text: string) =>
    text
      .replace(/^-(0(?:[.,]0+)?)(?![\d.,])/, '$1')
      .replace(/^(CNY )-(0(?:\.0+)?)(?![\d.,])/, '$1$2');
  const num = (x: number, digits = 2) =>
    clean(x.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits }));
  return {
    money: (x: number) => clean(formatMoneyCNY(x, locale)),
    percent: (x: number) => clean(formatPercent(x, locale)),
    points: (x: number) => `${num(x * 100, 2)} ${locale === 'zh' ? '个百分点' : 'pp'}`,
    multiple: (x: number) => `${num(x, 2)}×`,
    count: (x: number) => num(x, 1),
  };
}

export type Formats = ReturnType<typeof formats>;
export type FormatKind = keyof Formats;

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
