/**
 * What the result on screen is, said plainly: complete, a first view of the run going on, what a
 * cancelled or failed run had done, or an earlier run's result while a new one has none yet; and
 * whether the scenario was edited since. Pure: the dashboard and the compare view only show it.
 */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The run a result came from, kept beside the result. */
export type ResultRecord = {
  runId: number;
  /** The scenario's changes as canonical text (changesKey), with its preset. */
  key: string;
  /** All of the run's trials are in it. */
  complete: boolean;
  trialsDone: number;
  trials: number;
};

export type ResultStatus = {
  kind: 'complete' | 'partial' | 'cancelled' | 'failed' | 'previous';
  trialsDone: number;
  trials: number;
  /** Only for 'previous': a new run is going. */
  newRunGoing: boolean;
  /** The scenario was edited after the run started. */
  stale: boolean;
};

export function resultStatus(
  record: ResultRecord | null,
  status: RunStatus,
  latestRunId: number,
  currentKey: string,
): ResultStatus | null {
  if (!record) return null;
  const base = {
    trialsDone: record.trialsDone,
    trials: record.trials,
    newRunGoing: false,
    stale: record.key !== currentKey,
  };
  if (record.runId !== latestRunId)
    return { ...base, kind: 'previous', newRunGoing: status === 'running' };
  if (record.complete) return { ...base, kind: 'complete' };
  if (status === 'running') return { ...base, kind: 'partial' };
  if (status === 'failed') return { ...base, kind: 'failed' };
  // A run ends cancelled or failed when it ends short; 'done' always has a complete result.
  return { ...base, kind: 'cancelled' };
}
