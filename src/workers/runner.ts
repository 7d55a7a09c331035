import {
  createOrderedMerger,
  createRunAggregate,
  finalizeRun,
  fromTransferable,
  mergeRunAggregates,
  blockCount,
  blockTrials,
  type BlockRequest,
  type RunAggregate,
  type RunAggregateData,
  type RunInfo,
  type RunSummary,
  type Scenario,
} from '../engine/index.ts';

/** Something that runs blocks of trials: the engine in this thread, or a worker. */
export type BlockExecutor = {
  runBlock(request: BlockRequest): Promise<RunAggregateData>;
  terminate(): void;
};

export type RunRequest = {
  scenario: Scenario;
  /** Run a second scenario with the same seed and report paired differences. */
  compareWith?: Scenario;
  /** Trials to run; the scenario's own count when absent. */
  trials?: number;
};

export type RunProgress = {
  trialsDone: number;
  trials: number;
  elapsedMs: number;
  /** Estimated time left, from the pace so far (NaN before the first block is done). */
  etaMs: number;
  /** The trials merged so far, in trial order: a first view that later progress refines. */
  partial: RunSummary | null;
};

/** Why a run did not finish: plain data, never a thrown error across the worker boundary. */
export type RunError =
  | { kind: 'cancelled' }
  | { kind: 'workerFailed'; block: number; message: string }
  | { kind: 'badRequest'; message: string };

export type RunOutcome =
  { ok: true; summary: RunSummary; info: RunInfo } | { ok: false; error: RunError };

export type RunOptions = {
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
  /** Send a partial summary with the progress at most this often (default 500 ms; 0 = never). */
  partialEveryMs?: number;
};

/** One interface for every way of running trials (STYLE.md 9). */
export interface Runner {
  readonly name: string;
  readonly workers: number;
  run(request: RunRequest, options?: RunOptions): Promise<RunOutcome>;
  /** Ends any workers; a disposed runner starts new ones on its next run. */
  dispose(): void;
}

/**
 * A runner over `workers` executors: blocks of trials are handed out one at a time to whichever
 * executor is free, and merged strictly in block order, so the result is the same bit for bit
 * whatever the number of executors. Cancelling or a failing block terminates every executor.
 */
export function createRunner(
  name: string,
  workers: number,
  createExecutor: () => BlockExecutor,
): Runner {
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be a whole number ≥ 1; got ${workers}`);
  let executors: BlockExecutor[] = [];
  const dispose = () => {
    for (const e of executors) e.terminate();
    executors = [];
  };
  return {
    name,
    workers,
    dispose,
    async run(request, options = {}) {
      const trials = request.trials ?? request.scenario.simulation.trials;
      if (!(Number.isInteger(trials) && trials >= 1))
        return {
          ok: false,
          error: {
            kind: 'badRequest',
            message: `trials must be a whole number ≥ 1; got ${trials}`,
          },
        };
      const started = Date.now();
      const blocks = blockCount(trials);
      if (executors.length === 0) executors = Array.from({ length: workers }, createExecutor);
      const merged = createRunAggregate();
      const merger = createOrderedMerger<RunAggregate>(merged, mergeRunAggregates, blocks);
      let next = 0;
      let trialsDone = 0;
      let failure: RunError | null = null;
      let lastPartial = 0;
      const partialEveryMs = options.partialEveryMs ?? 500;
      const signal = options.signal;

      const work = async (executor: BlockExecutor) => {
        while (failure === null && next < blocks) {
          if (signal?.aborted) {
            failure = { kind: 'cancelled' };
            return;
          }
          const block = next++;
          let data: RunAggregateData;
          try {
            data = await executor.runBlock({ ...blockBase(request), trials, block });
          } catch (e) {
            failure ??= signal?.aborted
              ? { kind: 'cancelled' }
              : {
                  kind: 'workerFailed',
                  block,
                  message: e instanceof Error ? e.message : String(e),
                };
            return;
          }
          if (failure !== null) return;
          merger.offer(block, fromTransferable(data));
          const { start, end } = blockTrials(block, trials);
          trialsDone += end - start;
          if (options.onProgress) {
            const elapsedMs = Date.now() - started;
            const wantPartial = partialEveryMs > 0 && elapsedMs - lastPartial >= partialEveryMs;
            if (wantPartial) lastPartial = elapsedMs;
            options.onProgress({
              trialsDone,
              trials,
              elapsedMs,
              etaMs: (elapsedMs / trialsDone) * (trials - trialsDone),
              partial: wantPartial && merger.merged() > 0 ? finalizeRun(merged) : null,
            });
          }
        }
      };
      const onAbort = () => {
        failure ??= { kind: 'cancelled' };
        dispose();
      };
      signal?.addEventListener('abort', onAbort);
      try {
        await Promise.all(executors.map(work));
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
      if (failure !== null) {
        dispose();
        return { ok: false, error: failure };
      }
      const summary = finalizeRun(merger.result());
      return {
        ok: true,
        summary,
        info: {
          wallTimeMs: Date.now() - started,
          workers,
          runner: name,
          startedAt: new Date(started).toISOString(),
        },
      };
    },
  };
}

function blockBase(request: RunRequest): Omit<BlockRequest, 'trials' | 'block'> {
  return request.compareWith
    ? { scenario: request.scenario, compareWith: request.compareWith }
    : { scenario: request.scenario };
}
