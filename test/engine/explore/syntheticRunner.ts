import {
  addTrial,
  createRunAggregate,
  finalizeRun,
  perYuanCrossMetrics,
  type RunPoint,
  type Scenario,
} from '../../../src/engine/index.ts';

/** What a synthetic model reports for one trial of a scenario: metric key → value (NaN: undefined). */
export type SyntheticModel = (scenario: Scenario, trial: number) => Record<string, number>;

/**
 * A RunPoint that runs a synthetic model instead of the engine, with the runner's record shapes:
 * one scenario's metrics, or a pair's `a.`, `b.`, `diff.` and `pairedCross.` keys (as
 * pairedTrialRecord gives).
 * A model that depends on the trial only through a fixed noise term has common random numbers.
 */
export function syntheticRunner(model: SyntheticModel): {
  run: RunPoint<{ kind: 'cancelled' }>;
  requests: number;
} {
  const state = {
    requests: 0,
    run: (async (request, onTrialsDone) => {
      state.requests++;
      const trials = request.scenario.simulation.trials;
      const agg = createRunAggregate();
      for (let t = 0; t < trials; t++) {
        const a = model(request.scenario, t);
        if (!request.compareWith) {
          addTrial(agg, a);
          continue;
        }
        const b = model(request.compareWith, t);
        const metrics: Record<string, number> = {};
        for (const [key, value] of Object.entries(a)) {
          metrics[`a.${key}`] = value;
          metrics[`b.${key}`] = b[key]!;
          metrics[`diff.${key}`] = value - b[key]!;
        }
        addTrial(agg, { ...metrics, ...perYuanCrossMetrics(metrics) });
      }
      onTrialsDone(trials);
      return {
        ok: true,
        summary: finalizeRun(agg),
        info: { wallTimeMs: 1, workers: 1, runner: 'synthetic', startedAt: '' },
      };
    }) as RunPoint<{ kind: 'cancelled' }>,
  };
  return state;
}

/** A fixed noise term of trial t, in [−1, 1]: the same in every scenario (common random numbers). */
export const noise = (t: number) => Math.sin(12.9898 * (t + 1));
