import { describe, expect, it } from 'vitest';
import {
  comparisonSummaryCsv,
  runSummaryCsv,
  summaryCsv,
  SUMMARY_CSV_COLUMNS,
} from '../../../src/engine/index.ts';
import {
  buildComparisonResult,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  aggregateBlock,
  pairedTrialRecord,
  simulateTrial,
  trialRecord,
  type MetricStats,
} from '../../../src/engine/index.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

const stats = (over: Partial<MetricStats> = {}): MetricStats => ({
  mean: 1.5,
  stderr: 0.25,
  p5: 0,
  p25: 1,
  p50: 1.5,
  p75: 2,
  p95: 3,
  min: 0,
  max: 4,
  count: 10,
  undefinedCount: 0,
  histogram: { edges: [], counts: [] },
  ...over,
});

const info = { wallTimeMs: 1, workers: 1, runner: 'test', startedAt: '' };

describe('summaryCsv', () => {
  it('writes a header and one row per metric, in full precision, lines ending in CRLF', () => {
    expect(summaryCsv([['a.tvpi', stats({ mean: 1 / 3 })]])).toBe(
      'key,mean,stderr,p5,p25,p50,p75,p95,count,undefinedCount\r\n' +
        'a.tvpi,0.3333333333333333,0.25,0,1,1.5,2,3,10,0\r\n',
    );
  });

  it('leaves a statistic no trial defined empty, and counts the trials that did not define it', () => {
    const undefinedEverywhere = stats({
      mean: null,
      stderr: null,
      p5: null,
      p25: null,
      p50: null,
      p75: null,
      p95: null,
      count: 0,
      undefinedCount: 10,
    });
    expect(summaryCsv([['x.irr', undefinedEverywhere]]).split('\r\n')[1]).toBe('x.irr,,,,,,,,0,10');
  });

  it.each([
    ['with,comma', '"with,comma"'],
    ['with"quote', '"with""quote"'],
    ['plain.key-1', 'plain.key-1'],
  ])('quotes a key %j as %j', (key, field) => {
    expect(
      summaryCsv([[key, stats()]])
        .split('\r\n')[1]!
        .startsWith(`${field},`),
    ).toBe(true);
  });

  it('has the columns key,mean,stderr,p5,p25,p50,p75,p95,count,undefinedCount', () => {
    expect(SUMMARY_CSV_COLUMNS.join(',')).toBe(
      'key,mean,stderr,p5,p25,p50,p75,p95,count,undefinedCount',
    );
  });
});

describe('summary CSV of a run and of a comparison', () => {
  const scenario = smallScenario({ years: 2 });
  const run = createRunAggregate();
  const paired = createRunAggregate();
  mergeRunAggregates(
    run,
    aggregateBlock(0, 8, (t) => trialRecord(simulateTrial(scenario, t))),
  );
  const other = {
    ...scenario,
    id: 'other',
    concession: { ...scenario.concession, enabled: false },
  };
  mergeRunAggregates(
    paired,
    aggregateBlock(0, 8, (t) => pairedTrialRecord(scenario, other, t)),
  );

  it('has a row for every metric of the result, and none for the Sankey flows', () => {
    const result = buildRunResult(scenario, finalizeRun(run), info);
    const rows = runSummaryCsv(result).trimEnd().split('\r\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(Object.keys(result.metrics));
    expect(rows.every((r) => r.split(',').length === SUMMARY_CSV_COLUMNS.length)).toBe(true);
    const tvpi = rows.find((r) => r.startsWith('guidanceFund.tvpi,'))!.split(',');
    expect(Number(tvpi[1])).toBe(result.metrics['guidanceFund.tvpi']!.mean);
  });

  it('has rows a.<key>, b.<key> and diff.<key> for each compared metric, then per fiscal yuan', () => {
    const summary = finalizeRun(paired);
    const result = buildComparisonResult(scenario, other, summary, info);
    const rows = comparisonSummaryCsv(result, summary).trimEnd().split('\r\n').slice(1);
    const keys = rows.map((r) => r.split(',')[0]);
    const perYuan = result.perFiscalYuan!.flatMap((basis) =>
      Object.keys(basis.outcomes).map((o) => `perFiscalYuan.${basis.costKey}.${o}`),
    );
    expect(perYuan).toContain('perFiscalYuan.treasury.spentCNY.firms.supported');
    expect(keys).toEqual([
      ...Object.keys(result.metrics).flatMap((k) => [`a.${k}`, `b.${k}`, `diff.${k}`]),
      ...perYuan,
    ]);
    // Each per-yuan row: the ratio and its error, the other columns empty.
    const basis = result.perFiscalYuan![0]!;
    const row = rows.find((r) => r.startsWith('perFiscalYuan.treasury.spentCNY.firms.supported,'));
    const cells = row!.split(',');
    const o = basis.outcomes['firms.supported']!;
    expect(cells.slice(1, 3)).toEqual(
      [o.perYuan, o.stderr].map((x) => (x === null ? '' : String(x))),
    );
    expect(cells.slice(3).every((c) => c === '')).toBe(true);
  });
});
