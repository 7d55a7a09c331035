import { describe, expect, it } from 'vitest';
import {
  buildComparisonResult,
  buildRunResult,
  ComparisonResultSchema,
  parseScenario,
  RunResultSchema,
  type RunSummary,
  type Scenario,
} from '../../../src/engine/index.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

const info = { wallTimeMs: 1, workers: 1, runner: 'test', startedAt: '' };
const noTrials: RunSummary = { trials: 1, metrics: {}, series: {} };

/** The scenario with τ and the horizon changed, and a name of its own. */
function edited(base: Scenario): Scenario {
  const parsed = parseScenario({
    ...base,
    name: { zh: '河北 2022（已修改）', en: 'Hebei 2022 (edited)' },
    simulation: { ...base.simulation, years: 6 },
    bank: { ...base.bank, tolerance: { ...base.bank.tolerance, nplToleranceShare: 0.015 } },
  });
  if (!parsed.ok) throw new Error('the edited scenario does not parse');
  return parsed.scenario;
}

describe('results carry the values their charts show', () => {
  const scenario = smallScenario();

  it('a run result holds τ, the reporting minimum, the horizon, the discount rate and the name it was run with', () => {
    const result = RunResultSchema.parse(buildRunResult(scenario, noTrials, info));
    expect(result.chartParameters).toEqual({
      scenarioName: scenario.name,
      years: scenario.simulation.years,
      nplToleranceShare: scenario.bank.tolerance.nplToleranceShare,
      dueDiligenceExemptionShare: scenario.bank.tolerance.dueDiligenceExemptionShare,
      reportingMinBookCNY: scenario.bank.reporting.minBookCNY,
      discountRatePerYear: scenario.fiscal.discountRatePerYear,
      navHaircutShare: scenario.fiscal.navHaircutShare,
    });
  });

  it('a comparison names both scenarios and keeps each one’s τ', () => {
    const other = edited(scenario);
    const result = ComparisonResultSchema.parse(
      buildComparisonResult(scenario, other, noTrials, info),
    );
    expect(result.a.chartParameters.scenarioName).toEqual(scenario.name);
    expect(result.b.chartParameters.scenarioName.zh).toBe('河北 2022（已修改）');
    expect(result.a.chartParameters.nplToleranceShare).toBe(
      scenario.bank.tolerance.nplToleranceShare,
    );
    expect(result.b.chartParameters.nplToleranceShare).toBe(0.015);
    expect(result.b.chartParameters.years).toBe(6);
  });
});
