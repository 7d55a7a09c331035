import { describe, expect, it } from 'vitest';
import type { MetricUnit } from '../../../src/engine/index.ts';
import {
  differenceFormats,
  metricTableText,
  unitFormats,
} from '../../../src/ui/dashboard/chartText.ts';

describe('unitFormats: every unit of the metric catalog, with its unit shown', () => {
  it.each([
    // unit, value, Chinese, English
    ['CNY', 1.5e8, '1.5 亿元', 'CNY 150 m'],
    ['CNY', 523_000, '52.3 万元', 'CNY 523,000'],
    // A quantile is within 0.5%: three significant digits, no fractions of a yuan.
    ['CNY', 521_830.03, '52.2 万元', 'CNY 522,000'],
    ['CNY', -4.1e8, '−4.1 亿元', 'CNY −410 m'],
    ['multiple', 8.044, '8.04×', '8.04×'],
    ['share', 0.0359, '3.59%', '3.59%'],
    ['indicator', 0.5234375, '52.3%', '52.3%'],
    ['rate', 0.052, '5.2% /年', '5.2% a year'],
    ['rateDifference', 0.007, '0.7 个百分点', '0.7 pp'],
    // Counts are whole in every trial: a sketch's 71.17 is 71, and 280.1 firms are 280.
    ['count', 71.1666, '71', '71'],
    ['count', 280.1, '280', '280'],
    ['count', 7518.4, '7,518', '7,518'],
    // The engine counts quarters from 0.
    ['quarter', 7, '第 8 季度', 'quarter 8'],
  ] as const)('%s %s: %s / %s', (unit: MetricUnit, value, zh, en) => {
    expect(unitFormats('zh')[unit](value)).toBe(zh);
    expect(unitFormats('en')[unit](value)).toBe(en);
  });
});

describe('unitFormats at a standard error’s step', () => {
  it.each([
    // unit, mean, step, Chinese
    ['count', 278.27, 0.1, '278.3'],
    ['CNY', 288_123_456, 1_000_000, '2.88 亿元'],
    ['rate', 0.15315, 0.0001, '15.32% /年'],
    ['multiple', 1.4823, 0.01, '1.48×'],
  ] as const)('%s %d at %d: %s', (unit: MetricUnit, x, step, zh) => {
    expect(unitFormats('zh')[unit](x, step)).toBe(zh);
  });
});

describe('differenceFormats: differences of rates and shares in percentage points', () => {
  it.each([
    ['rate', 0.0087, '0.87 个百分点', '0.87 pp'],
    ['share', -0.005, '−0.5 个百分点', '−0.5 pp'],
    ['indicator', 0.15, '15 个百分点', '15 pp'],
    ['CNY', 45_393_400, '4,540 万元', 'CNY 45.4 m'],
    ['quarter', 2, '2 个季度', '2 quarters'],
  ] as const)('%s %d: %s / %s', (unit: MetricUnit, x, zh, en) => {
    expect(differenceFormats('zh')[unit](x)).toBe(zh);
    expect(differenceFormats('en')[unit](x)).toBe(en);
  });
});

describe('metricTableText: the undefined note', () => {
  const note = {
    count: 70,
    trials: 1280,
    defined: 1210,
    share: '5.47%',
    parts: [
      { reason: 'chainGain', count: 67 },
      { reason: 'noBackedListing', count: 3 },
    ],
  } as const;

  it('says in how many trials, why, and what the median is over (English)', () => {
    expect(metricTableText('en').undefinedNote({ ...note, parts: [...note.parts] })).toBe(
      'Undefined in 5.47% of trials (70 of 1,280): 67 because the chain made money, 3 because no backed firm listed. Median and range over the other 1,210.',
    );
  });

  it('says in how many trials, why, and what the median is over (Chinese)', () => {
    expect(metricTableText('zh').undefinedNote({ ...note, parts: [...note.parts] })).toBe(
      '5.47% 的模拟（1,280 次中 70 次）无定义，其中 67 次因基金链实现财政净收益，3 次因支持企业无一上市。中位数与区间只统计其余 1,210 次。',
    );
  });

  it.each([
    ['en', 'Undefined in 100% of trials (4 of 4). Defined in no trial.'],
    ['zh', '100% 的模拟（4 次中 4 次）无定义。没有一次有定义。'],
  ] as const)('with no reason and no defined trial (%s)', (locale, text) => {
    expect(
      metricTableText(locale).undefinedNote({
        count: 4,
        trials: 4,
        defined: 0,
        share: '100%',
        parts: [],
      }),
    ).toBe(text);
  });
});
