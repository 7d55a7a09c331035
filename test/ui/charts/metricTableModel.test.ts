import { describe, expect, it } from 'vitest';
import type { MetricEntry, MetricStats, MetricUnit } from '../../../src/engine/index.ts';
import {
  metricTableModel,
  undefinedCounts,
  type MetricRowSpec,
  type MetricTableInput,
  type MetricTableLabels,
} from '../../../src/ui/charts/metricTableModel.ts';
import type { ValueFormat } from '../../../src/ui/charts/chartTypes.ts';

// A small catalog of made-up metrics, so each expectation can be worked out by hand.
const entry = (
  key: string,
  unit: MetricUnit,
  en: string,
  zh: string,
  description: string,
): MetricEntry => ({ key, unit, label: { en, zh }, better: null, description });
const CATALOG: Record<string, MetricEntry> = {
  'x.spentCNY': entry('x.spentCNY', 'CNY', 'Spent', '投入', 'Fiscal money spent'),
  'x.firms': entry('x.firms', 'count', 'Firms', '企业数', 'Firms backed'),
  'x.costPerFirmCNY': entry(
    'x.costPerFirmCNY',
    'CNY',
    'Cost per firm',
    '每家成本',
    'x.spentCNY ÷ x.firms; undefined when x.gain is 1',
  ),
  'x.leverage': entry('x.leverage', 'multiple', 'Leverage', '撬动倍数', 'x.spentCNY ÷ y.other'),
  'x.gain': entry('x.gain', 'indicator', 'Made money', '实现收益', '1 when it made money'),
};
const describeFixture = (key: string) => CATALOG[key] ?? null;

const FORMATS: Record<MetricUnit, ValueFormat> = {
  CNY: (v) => `¥${v}`,
  rate: (v) => `${v * 100}%/y`,
  rateDifference: (v) => `${v * 100}pp`,
  multiple: (v) => `${v}×`,
  share: (v) => `${v * 100}%`,
  count: (v) => `${v}`,
  quarter: (v) => `Q${v + 1}`,
  indicator: (v) => `${v * 100}%`,
};
const LABELS: MetricTableLabels = {
  metric: 'Metric',
  median: 'Median',
  range: 'P5–P95',
  probability: 'probability',
  stderr: 's.e.',
  undefinedNote: (u) =>
    `${u.share}: ${u.count}/${u.trials} [${u.parts.map((p) => `${p.reason} ${p.count}`).join(', ')}] rest ${u.defined}`,
};

/** Statistics of a metric defined in `count` trials and undefined in `undefinedCount`. */
function stats(over: Partial<MetricStats> = {}): MetricStats {
  return {
    mean: 5,
    stderr: 0.5,
    p5: 1,
    p25: 3,
    p50: 4,
    p75: 6,
    p95: 9,
    min: 0,
    max: 12,
    count: 100,
    undefinedCount: 0,
    histogram: { edges: [], counts: [] },
    ...over,
  };
}

const input = (over: Partial<MetricTableInput> = {}): MetricTableInput => ({
  groups: [{ title: 'Chain', rows: [{ key: 'x.spentCNY' }] }],
  metrics: { 'x.spentCNY': stats() },
  locale: 'en',
  formats: FORMATS,
  shareFormat: (v) => `${Math.round(v * 1000) / 10}%`,
  labels: LABELS,
  describe: describeFixture,
  ...over,
});

const onlyRow = (over: Partial<MetricTableInput> = {}) =>
  metricTableModel(input(over))[0]!.rows[0]!;

describe('metricTableModel: one row per key', () => {
  it('gives the label, median, P5–P95 and definition of a money metric', () => {
    expect(onlyRow()).toEqual({
      key: 'x.spentCNY',
      label: 'Spent',
      unit: 'CNY',
      better: null,
      value: '¥4',
      kind: 'median',
      stderr: null,
      range: '¥1 – ¥9',
      definition: 'Fiscal money spent',
      source: 'Fiscal money spent',
      note: null,
      undefinedNote: null,
      missing: false,
    });
  });

  it('keeps the groups and the order of their rows', () => {
    const groups = metricTableModel(
      input({
        groups: [
          { title: 'A', rows: [{ key: 'x.firms' }, { key: 'x.spentCNY' }] },
          { title: 'B', rows: [{ key: 'x.leverage' }] },
        ],
        metrics: { 'x.firms': stats(), 'x.spentCNY': stats(), 'x.leverage': stats() },
      }),
    );
    expect(groups.map((g) => [g.title, g.rows.map((r) => r.key)])).toEqual([
      ['A', ['x.firms', 'x.spentCNY']],
      ['B', ['x.leverage']],
    ]);
  });

  it.each([
    // key, unit, median text, range text: each the unit's format of p50 = 4, p5 = 1, p95 = 9
    ['x.firms', 'count', '4', '1 – 9'],
    ['x.leverage', 'multiple', '4×', '1× – 9×'],
    ['x.spentCNY', 'CNY', '¥4', '¥1 – ¥9'],
  ] as const)('formats %s by its unit (%s)', (key, unit, value, range) => {
    const row = onlyRow({ groups: [{ title: '', rows: [{ key }] }], metrics: { [key]: stats() } });
    expect([row.unit, row.value, row.range]).toEqual([unit, value, range]);
  });

  it('labels the row in the reader’s language', () => {
    expect(onlyRow({ locale: 'zh' }).label).toBe('投入');
  });

  it('names the metrics of a ratio’s definition by their labels, and keeps other dotted words', () => {
    const row = onlyRow({
      groups: [{ title: '', rows: [{ key: 'x.leverage' }] }],
      metrics: { 'x.leverage': stats() },
    });
    // x.spentCNY is in the catalog (→ Spent); y.other is not, so it stays.
    expect(row.definition).toBe('Spent ÷ y.other');
    expect(row.source).toBe('x.spentCNY ÷ y.other');
  });

  it('shows the catalog’s English in Chinese when it has no translation', () => {
    expect(onlyRow({ locale: 'zh' }).definition).toBe('Fiscal money spent');
  });

  it('shows an indicator’s mean as a probability with its standard error, and no range', () => {
    const row = onlyRow({
      groups: [{ title: '', rows: [{ key: 'x.gain' }] }],
      // 30 of 120 trials made money: mean 0.25; its p50 (0 or 1) must not be shown.
      metrics: { 'x.gain': stats({ mean: 0.25, stderr: 0.04, p5: 0, p50: 0, p95: 1, count: 120 }) },
    });
    expect([row.kind, row.value, row.stderr, row.range]).toEqual([
      'probability',
      '25%',
      '4%',
      null,
    ]);
  });

  it('adds the caller’s note', () => {
    const row = onlyRow({
      groups: [{ title: '', rows: [{ key: 'x.spentCNY', note: 'Book ≥ 1' }] }],
    });
    expect(row.note).toBe('Book ≥ 1');
  });

  it.each([
    ['missing from the run', {}, true],
    [
      'with undefined quantiles',
      { 'x.spentCNY': stats({ p5: null, p50: null, p95: null }) },
      false,
    ],
  ])('a metric %s: a dash and no range', (_name, metrics, missing) => {
    const row = onlyRow({ metrics });
    expect([row.value, row.range, row.missing]).toEqual(['—', null, missing]);
  });

  it('labels a key the catalog does not know by the key itself', () => {
    const row = onlyRow({ groups: [{ title: '', rows: [{ key: 'x.nothing' }] }] });
    expect([row.label, row.definition, row.value]).toEqual(['x.nothing', '', '—']);
  });
});

describe('undefined trials and why', () => {
  const COST: MetricRowSpec = {
    key: 'x.costPerFirmCNY',
    undefinedBecause: { reason: 'chainGain', indicator: 'x.gain', otherwise: 'noBackedFirm' },
  };
  // 128 trials; the chain made money in 67: the indicator's mean is 67 / 128 = 0.5234375.
  const gain = stats({ mean: 67 / 128, count: 128 });

  it.each([
    // undefined trials, their split: 67 by the indicator, the rest otherwise
    [67, [{ reason: 'chainGain', count: 67 }]],
    [
      70,
      [
        { reason: 'chainGain', count: 67 },
        { reason: 'noBackedFirm', count: 3 },
      ],
    ],
  ])('%s of 128 undefined: %j', (undefinedCount, parts) => {
    const cost = stats({ count: 128 - undefinedCount, undefinedCount });
    expect(undefinedCounts(cost, COST, { 'x.gain': gain })).toEqual({
      count: undefinedCount,
      trials: 128,
      defined: 128 - undefinedCount,
      parts,
    });
  });

  it('counts the indicator’s 1s from a mean that is not exact in binary', () => {
    // 0.1 × 10 is 1.0000000000000002 in floating point: still 1 trial.
    const ten = stats({ count: 9, undefinedCount: 1 });
    const parts = undefinedCounts(ten, COST, { 'x.gain': stats({ mean: 0.1, count: 10 }) })?.parts;
    expect(parts).toEqual([{ reason: 'chainGain', count: 1 }]);
  });

  it('never puts more trials down to the indicator than are undefined', () => {
    const cost = stats({ count: 120, undefinedCount: 8 });
    expect(undefinedCounts(cost, COST, { 'x.gain': gain })?.parts).toEqual([
      { reason: 'chainGain', count: 8 },
    ]);
  });

  it.each([
    ['no indicator in the run', {}],
    ['trials left over with no stated reason', { 'x.gain': stats({ mean: 0.5, count: 128 }) }],
  ])('gives no reasons with %s', (_name, metrics) => {
    const spec: MetricRowSpec = {
      key: 'x.costPerFirmCNY',
      undefinedBecause: { reason: 'chainGain', indicator: 'x.gain' },
    };
    // 0.5 × 128 = 64 made money, 6 of the 70 undefined have no reason: no reason is given.
    expect(undefinedCounts(stats({ count: 58, undefinedCount: 70 }), spec, metrics)?.parts).toEqual(
      [],
    );
  });

  it('puts every undefined trial down to the reason when there is no indicator', () => {
    const spec: MetricRowSpec = { key: 'x.peak', undefinedBecause: { reason: 'smallBook' } };
    expect(undefinedCounts(stats({ count: 95, undefinedCount: 5 }), spec, {})?.parts).toEqual([
      { reason: 'smallBook', count: 5 },
    ]);
  });

  it('is null for a metric defined in every trial', () => {
    expect(undefinedCounts(stats(), COST, {})).toBeNull();
  });

  it('writes the note with the share of trials: 67 / 128 = 52.3%', () => {
    const row = metricTableModel(
      input({
        groups: [{ title: '', rows: [COST] }],
        metrics: { 'x.costPerFirmCNY': stats({ count: 61, undefinedCount: 67 }), 'x.gain': gain },
      }),
    )[0]!.rows[0]!;
    expect(row.undefinedNote).toBe('52.3%: 67/128 [chainGain 67] rest 61');
    // The median is over the 61 defined trials, so it stays a cost, never a negative one.
    expect(row.value).toBe('¥4');
  });
});
