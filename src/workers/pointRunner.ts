import type { RunPoint } from '../engine/index.ts';
import type { RunError, Runner } from './runner.ts';

/**
 * A runner seen as the engine's RunPoint, for sweeps, tornadoes and goal seeks: each point is one
 * run of the pool (a paired one for a comparison), stopped by `signal` like any run. Progress
 * within a run goes on as its blocks finish; no partial summaries are asked for.
 */
export function pointRunnerOf(runner: Runner, signal?: AbortSignal): RunPoint<RunError> {
  return (request, onTrialsDone) =>
    runner.run(request, {
      ...(signal ? { signal } : {}),
      partialEveryMs: 0,
      onProgress: (p) => onTrialsDone(p.trialsDone),
    });
}
