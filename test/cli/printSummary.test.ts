import { describe, expect, it } from 'vitest';
import { formatMetric, metricFormat } from '../../src/cli/formatMetric.ts';
import {
  comparisonSummaryTable,
  HEADLINE_METRICS,
  runSummaryTable,
} from '../../src/cli/printSummary.ts';
import { textTable } from '../../src/cli/textTable.ts';
import {
  aggregateBlock,
  buildComparisonResult,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  pairedTrialRecord,
  simulateTrial,
  trialRecord,
} from '../../src/engine/index.ts';
import { smallScenario } from '../workers/smallScenario.ts';

describe('formatMetric', () => {
  it.each([
    ['guidanceFund.irr', 0.0804, '8.0%'],
    ['angelFunds.privateLP.irrUpliftFromConcession', 0.00042, '0.042%'],
    ['bank.returnOnTechBookPerYear', -0.012, '-1.2%'],
    ['bank.nplRatioPeak', 0.5, '50.0%'],
    ['bank.poolExhausted', 0.25, '25.0%'],
    ['guidanceFund.tvpi', 1.7234, '1.72×'],
    ['angelFunds.privateLP.tvpiWithoutConcession', 2, '2.00×'],
    ['chain.leverage', -0.0000031, '-0.0000031×'],
    ['chain.leveragePrivate', 2.5, '2.50×'],
    ['chain.madeNetGain', 0.35, '35.0%'],
    ['diff.bank.nplRatioExposureWeighted', -0.004, '-0.4%'],
    ['concession.amountCNY', 67_100_000, '67.1m'],
    ['treasury.paidCNY', 2_280_000_000, '2.28bn'],
    ['treasury.paidCNY', 78_800, '78.8k'],
    ['treasury.paidCNY', 12, '12'],
    ['firms.listed', 199, '199'],
    ['firms.listed', 199.24, '199.2'],
    ['firms.listed', 0.01, '0.010'],
    ['firms.listed', 0, '0'],
    ['guidanceFund.irr', null, '–'],
    ['guidanceFund.irr', Number.NaN, '–'],
  ])('%s = %s reads %s', (key, value, text) => {
    expect(formatMetric(key, value)).toBe(text);
  });

  it.each([
    ['fund.angel-1.irr', 'rate'],
    ['fund.angel-1.dpi', 'multiple'],
    ['fund.angel-1.paidInCNY', 'cny'],
    ['bank.defaults', 'count'],
    ['bank.poolExhaustedQuarter', 'count'],
    ['bank.nplRatioExposureWeighted', 'rate'],
    ['a.chain.leverage', 'multiple'],
    ['some.unknownShare', 'rate'],
  ])('reads the unit of %s from the catalog (or its name): %s', (key, format) => {
    expect(metricFormat(key)).toBe(format);
  });
});

describe('textTable', () => {
  it('aligns keys left and numbers right under a rule, with no trailing spaces', () => {
    expect(
      textTable(
        ['metric', 'mean', ''],
        [
          ['a.tvpi', '1.00×', '*'],
          ['b', '10.00×', ''],
        ],
      ),
    ).toBe('metric    mean\n' + '──────  ──────  ─\n' + 'a.tvpi   1.00×  *\n' + 'b       10.00×\n');
  });
});

describe('summary tables', () => {
  const scenario = smallScenario({ years: 2 });
  const info = { wallTimeMs: 1500, workers: 2, runner: 'worker-threads', startedAt: '' };

  it('show a run’s headline metrics with mean, standard error and percentiles', () => {
    const agg = createRunAggregate();
    mergeRunAggregates(
      agg,
      aggregateBlock(0, 4, (t) => trialRecord(simulateTrial(scenario, t))),
    );
    const result = buildRunResult(scenario, finalizeRun(agg), info);
    const text = runSummaryTable(result);
    const lines = text.split('\n');
    expect(lines[0]).toBe('hebei-2022: 4 trials, seed 7, 2 worker threads, 1.5s');
    expect(lines[2]).toMatch(/^metric +mean +stderr +p5 +p50 +p95 +undefined$/);
    const rows = lines.slice(4).filter((l) => /^[a-z]/i.test(l) && !l.startsWith('('));
    expect(rows.map((l) => l.split(' ')[0])).toEqual(HEADLINE_METRICS);
    const m = result.metrics['guidanceFund.tvpi']!;
    expect(rows[0]).toContain(formatMetric('guidanceFund.tvpi', m.mean));
    expect(rows[0]).toContain(`±${formatMetric('guidanceFund.tvpi', m.stderr)}`);
    // An indicator (chain.madeNetGain) is shown by its mean, a probability, with no quantiles.
    const gain = rows.find((l) => l.startsWith('chain.madeNetGain '))!;
    expect(gain.trim().split(/ +/)).toHaveLength(3);
    expect(runSummaryTable(result, true).split('\n').length).toBeGreaterThan(
      Object.keys(result.metrics).length,
    );
  });

  it('show a comparison’s a, b, a − b and its standard error, marking clear differences', () => {
    const other = {
      ...scenario,
      id: 'other',
      concession: { ...scenario.concession, enabled: false },
    };
    const agg = createRunAggregate();
    mergeRunAggregates(
      agg,
      aggregateBlock(0, 4, (t) => pairedTrialRecord(scenario, other, t)),
    );
    const result = buildComparisonResult(scenario, other, finalizeRun(agg), info);
    const text = comparisonSummaryTable(result);
    expect(text).toMatch(/^a = hebei-2022, b = other: paired, common random numbers; 4 trials/);
    expect(text).toMatch(/metric +a +b +a − b +stderr/);
    const firms = text.split('\n').find((l) => l.startsWith('firms.arrived '))!;
    const [, a, b, diff, se] = firms.split(/ +/);
    expect([a, diff, se, firms.endsWith('*')]).toEqual([b, '0', '±0', false]);
  });
});
