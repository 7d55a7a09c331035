import type { RunSummary } from '../aggregate/runAggregate.ts';
import type { RunInfo } from '../run/runResult.ts';
import type { Scenario } from '../scenario/schema.ts';

/** One run an exploration asks for: a scenario alone, or paired with another on the same seed. */
export type PointRequest = { scenario: Scenario; compareWith?: Scenario };

export type PointOutcome<E> =
  { ok: true; summary: RunSummary; info: RunInfo } | { ok: false; error: E };

/**
 * Runs one request and says how many trials are done as blocks finish. The engine does not run
 * it: the caller passes one over its runner (worker threads or Web Workers, with its cancel
 * signal), so a sweep uses the workers and stops when they stop; a test may pass a synthetic one.
 * A paired request is the runner's comparison, whose per-trial difference a − b gives the paired
 * estimate and its standard error (run/trialRecord.ts, pairedTrialRecord).
 */
export type RunPoint<E> = (
  request: PointRequest,
  onTrialsDone: (trialsDone: number) => void,
) => Promise<PointOutcome<E>>;

/** Progress over a whole exploration: a paired trial counts as two scenarios simulated. */
export type ExploreProgress = {
  runsDone: number;
  runs: number;
  /** Scenario-trials simulated so far, and in all (an upper bound for goal seek). */
  trialsDone: number;
  trials: number;
};

export type ExploreCallbacks<P> = {
  onProgress?: (progress: ExploreProgress) => void;
  /** Each point (sweep), bar (tornado) or evaluation (goal seek) as soon as it is done. */
  onPoint?: (point: P) => void;
};

/** A finished exploration, or the error that stopped it and what was done before it. */
export type ExploreOutcome<R, P, E> = { ok: true; result: R } | { ok: false; error: E; done: P[] };

/**
 * Runs requests one after another through `runPoint`, keeping the progress over all of them
 * (`runs` planned, each of `trials` trials, paired or not). Returns the outcome of one request.
 */
export function createPointSequence<E>(
  runPoint: RunPoint<E>,
  trials: number,
  plannedScenarioTrials: number,
  plannedRuns: number,
  onProgress?: (progress: ExploreProgress) => void,
) {
  let runsDone = 0;
  let trialsBefore = 0;
  const infos: RunInfo[] = [];
  let planned = { runs: plannedRuns, trials: plannedScenarioTrials };
  const report = (trialsDone: number) =>
    onProgress?.({ runsDone, runs: planned.runs, trialsDone, trials: planned.trials });
  return {
    async run(request: PointRequest): Promise<PointOutcome<E>> {
      const width = request.compareWith ? 2 : 1;
      const outcome = await runPoint(request, (done) => report(trialsBefore + width * done));
      if (outcome.ok) {
        runsDone++;
        trialsBefore += width * trials;
        infos.push(outcome.info);
        report(trialsBefore);
      }
      return outcome;
    },
    /** Goal seek stops early: the plan shrinks to what was run. */
    finish() {
      planned = { runs: runsDone, trials: trialsBefore };
      report(trialsBefore);
    },
    /** The run information of the whole exploration: the wall times added up. */
    info(): RunInfo {
      const first = infos[0];
      return {
        wallTimeMs: infos.reduce((sum, i) => sum + i.wallTimeMs, 0),
        workers: first?.workers ?? 0,
        runner: first?.runner ?? '',
        startedAt: first?.startedAt ?? '',
      };
    },
  };
}
