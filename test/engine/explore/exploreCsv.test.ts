import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  parseScenarioPath,
  planSeek,
  planSweep,
  planTornado,
  runSeek,
  runSweep,
  runTornado,
  seekCsv,
  SEEK_CSV_COLUMNS,
  sweepCsv,
  SWEEP_CSV_COLUMNS,
  tornadoCsv,
  TORNADO_CSV_COLUMNS,
  type Scenario,
} from '../../../src/engine/index.ts';
import { smallScenario } from '../../workers/smallScenario.ts';
import { noise, syntheticRunner, type SyntheticModel } from './syntheticRunner.ts';

const path = (text: string) => {
  const parsed = parseScenarioPath(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.path;
};

function scenario(): Scenario {
  const s = smallScenario();
  return { ...s, simulation: { ...s.simulation, trials: 50 } };
}

const model: SyntheticModel = (s, t) => ({
  'bank.loansCNY': 1e9 * (1 + s.bank.tolerance.nplToleranceShare) + 1e7 * noise(t),
  'treasury.netCostCashPVCNY': 1e8 * s.concession.angelStageShare + 1e6 * noise(t),
  // Undefined in some trials, as an IRR can be: the CSV leaves such cells empty.
  'angelFunds.privateLP.irr': t % 2 === 0 ? Number.NaN : 0.05 + 0.1 * s.concession.angelStageShare,
});

describe('the CSV exports parse with a standard CSV parser (d3-dsv)', () => {
  it('a sweep: after each point’s metrics, what each extra fiscal yuan bought against the base', async () => {
    // Spending rises 10 m a concession step; firms backed 2 per 10 m, plus noise the same in both.
    const bought: SyntheticModel = (s, t) => ({
      'treasury.spentCNY': 1e8 * s.concession.angelStageShare + 1e6 * noise(t),
      'treasury.netCostCashPVCNY': 5e7 * s.concession.angelStageShare + 1e6 * noise(t + 7),
      'firms.supported': 20 * s.concession.angelStageShare + noise(t + 3),
    });
    const planned = planSweep({
      scenario: scenario(),
      parameters: [{ path: path('concession.angelStageShare'), values: [0.4, 0.6] }],
    });
    if (!planned.ok) throw new Error('the sweep was refused');
    const outcome = await runSweep(planned.plan, syntheticRunner(bought).run);
    if (!outcome.ok) throw new Error('the sweep failed');
    const rows = csvParse(sweepCsv(outcome.result));
    const perYuan = rows.filter((r) => r.metric!.startsWith('perFiscalYuan.'));
    expect(perYuan.map((r) => [r.point, r.metric])).toEqual([
      ['1', 'perFiscalYuan.treasury.spentCNY.firms.supported'],
      ['1', 'perFiscalYuan.treasury.netCostCashPVCNY.firms.supported'],
    ]);
    // Exactly 4 firms per 20 m spent (the noise cancels in the pair): 2e-7 a yuan; 4e-7 of net cost.
    expect(Number(perYuan[0]!.diffMean)).toBeCloseTo(2e-7, 15);
    expect(Number(perYuan[1]!.diffMean)).toBeCloseTo(4e-7, 15);
    expect(perYuan[0]!.mean).toBe('');
  });

  it('a sweep: one row per point and metric, a column per swept parameter headed by its path', async () => {
    const planned = planSweep({
      scenario: scenario(),
      parameters: [
        { path: path('bank.tolerance.nplToleranceShare'), values: [0.015, 0.03] },
        { path: path('concession.angelStageShare'), values: [0, 0.4, 0.6] },
      ],
    });
    if (!planned.ok) throw new Error('the sweep was refused');
    const outcome = await runSweep(planned.plan, syntheticRunner(model).run);
    if (!outcome.ok) throw new Error('the sweep failed');
    const result = outcome.result;
    const rows = csvParse(sweepCsv(result));
    expect(rows.columns).toEqual([
      'point',
      'base',
      'bank.tolerance.nplToleranceShare',
      'concession.angelStageShare',
      ...SWEEP_CSV_COLUMNS,
    ]);
    expect(rows).toHaveLength(6 * 3);
    for (const row of rows) {
      const point = result.points[Number(row.point)]!;
      const m = point.metrics[row.metric!]!;
      expect(Number(row['bank.tolerance.nplToleranceShare'])).toBe(point.values[0]);
      expect(Number(row['concession.angelStageShare'])).toBe(point.values[1]);
      expect(row.base).toBe(point.base ? '1' : '0');
      expect(row.mean === '' ? null : Number(row.mean)).toBe(m.stats.mean);
      expect(row.diffStderr === '' ? null : Number(row.diffStderr)).toBe(
        m.difference?.stderr ?? null,
      );
      expect(Number(row.count) + Number(row.undefinedCount)).toBe(50);
    }
  });

  it('a tornado: one row per parameter, largest effect first, with the range’s source', async () => {
    const planned = planTornado({
      scenario: scenario(),
      metric: 'treasury.netCostCashPVCNY',
      parameters: [
        { path: path('bank.tolerance.nplToleranceShare'), low: 0.015, high: 0.06 },
        { path: path('concession.angelStageShare'), low: 0, high: 0.6 },
      ],
    });
    if (!planned.ok) throw new Error('the tornado was refused');
    const outcome = await runTornado(planned.plan, syntheticRunner(model).run);
    if (!outcome.ok) throw new Error('the tornado failed');
    const rows = csvParse(tornadoCsv(outcome.result));
    expect(rows.columns).toEqual([...TORNADO_CSV_COLUMNS]);
    expect(rows.map((r) => r.parameter)).toEqual([
      'concession.angelStageShare',
      'bank.tolerance.nplToleranceShare',
    ]);
    expect(Number(rows[0]!.effect)).toBeCloseTo(6e7, 3);
    // The source holds commas and quotes of its own: quoted, it comes back whole.
    expect(rows[0]!.source).toBe(
      `${outcome.result.bars[0]!.source!.document}: ${outcome.result.bars[0]!.source!.clause}`,
    );
  });

  it('a goal seek: one row per run', async () => {
    const planned = planSeek({
      scenario: scenario(),
      path: path('concession.angelStageShare'),
      low: 0,
      high: 0.8,
      target: { metric: 'treasury.netCostCashPVCNY', statistic: 'mean', value: 3e7 },
    });
    if (!planned.ok) throw new Error('the seek was refused');
    const outcome = await runSeek(planned.plan, syntheticRunner(model).run);
    if (!outcome.ok) throw new Error('the seek failed');
    const rows = csvParse(seekCsv(outcome.result));
    expect(rows.columns).toEqual([...SEEK_CSV_COLUMNS]);
    expect(rows.map((r) => Number(r.value))).toEqual(
      outcome.result.evaluations.map((e) => e.value),
    );
  });
});
