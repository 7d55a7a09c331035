import { describe, expect, it } from 'vitest';
import { ExploreState } from '../../../src/ui/explore/exploreState.svelte.ts';
import { createSerialisingRunner } from '../../../src/workers/inProcessRunner.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

const state = () => new ExploreState(() => createSerialisingRunner());

describe('the explore forms', () => {
  it('refuses a value outside its field’s range at that parameter, keeping what was typed', async () => {
    const ex = state();
    ex.sweepValues[0] = '1.5%, 3%, 150%';
    await ex.sweep(smallScenario());
    expect(ex.status).toBe('idle');
    const message = ex.messageAt('sweep-param-0');
    expect(message?.text.en).toContain('the value 1.5 makes no valid scenario');
    expect(message?.text.zh).toContain('取值 1.5 不是有效场景');
    expect(ex.sweepValues[0]).toBe('1.5%, 3%, 150%');
  });

  it('refuses a grid larger than 6 × 6 and a trial count that is no whole number', async () => {
    const ex = state();
    ex.sweepPaths[1] = 'concession.angelStageShare';
    ex.sweepValues[1] = '0..60%:7';
    ex.sweepTrials = '2.5';
    await ex.sweep(smallScenario());
    expect(ex.messageAt('sweep-trials')?.text.en).toBe(
      'expected a whole number of at least 1, got "2.5"',
    );
    ex.sweepTrials = '8';
    await ex.sweep(smallScenario());
    expect(ex.messageAt('sweep-param-1')?.text.en).toBe(
      'expected at most 6 values (a grid of two parameters is at most 6 × 6), got 7',
    );
  });

  it('refuses a goal seek on an unknown metric, at the metric', async () => {
    const ex = state();
    ex.seekMetric = 'bank.loans';
    await ex.seek(smallScenario());
    expect(ex.messageAt('seek-metric')?.text.en).toContain(
      'expected a metric this scenario reports',
    );
    expect(ex.messageAt('seek-metric')?.text.en).toContain('got "bank.loans"');
  });

  it('runs a sweep point by point on the scenario as it was at the start, the result naming itself', async () => {
    const ex = state();
    ex.sweepValues[0] = '1.5%, 6%';
    ex.sweepTrials = '8';
    const scenario = smallScenario();
    const running = ex.sweep(scenario);
    // The caller's scenario changing after the start reaches nothing.
    scenario.bank.tolerance.nplToleranceShare = 0.5;
    await running;
    expect(ex.status).toBe('done');
    const result = ex.sweepResult!;
    expect(result.trials).toBe(8);
    expect(result.parameters[0]).toMatchObject({
      pathText: 'bank.tolerance.nplToleranceShare',
      label: { en: 'NPL tolerance τ' },
      values: [0.015, 0.06],
    });
    expect(result.points.map((p) => p.chartParameters.nplToleranceShare)).toEqual([0.015, 0.06]);
    expect(ex.sweepView?.points.map((p) => p.index)).toEqual([0, 1]);
    expect(ex.progress).toMatchObject({ runsDone: 1, runs: 1, trialsDone: 16, trials: 16 });
  });
});
