import {
  blockCount,
  blockTrials,
  TRIALS_PER_BLOCK,
  type BlockOutcome,
  type RunInfo,
  type RunSummary,
  type Scenario,
  type TrialFailure,
} from '../engine/index.ts';
import { createInThreadAggregator, type Aggregator } from './aggregator.ts';
import { checkScenarios } from './checkScenarios.ts';
import type { BlockOrder, PreviewCallback, RunSetup } from './simulationApi.ts';

/** Something that runs blocks of trials: the engine in this thread, or a worker. */
export type BlockExecutor = {
  /** Takes a run's checked scenario once, before its blocks. */
  prepare(setup: RunSetup): Promise<void>;
  /** Runs a block; with a preview asked for in `order`, `onPreview` gets the block's early copy. */
  runBlock(order: BlockOrder, onPreview?: PreviewCallback): Promise<BlockOutcome>;
  terminate(): void;
};

export type RunRequest = {
  scenario: Scenario;
  /** Run a second scenario with the same seed and report paired differences. */
  compareWith?: Scenario;
  /** Trials to run; the scenario's own count when absent. */
  trials?: number;
  /**
   * Keep every fund's quarterly plan (`fund.<id>.…` series, for the fund view and an LP's
   * pacing). Off unless asked: they cost about a third of a trial. Every other number is the same.
   */
  fundSeries?: boolean;
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
  /** A worker that did not answer within the block timeout; it was ended and will be replaced. */
  | { kind: 'workerTimeout'; block: number; timeoutMs: number }
  | ({ block: number } & TrialFailure)
  /** The scenario (or the one compared) is not a valid one; the runner checks before any worker. */
  | { kind: 'badScenario'; issues: string[] }
  /** The caller's own progress callback threw; the run was stopped and its workers ended. */
  | { kind: 'callbackFailed'; message: string }
  | { kind: 'badRequest'; message: string };

export type RunOutcome =
  { ok: true; summary: RunSummary; info: RunInfo } | { ok: false; error: RunError };

export type RunOptions = {
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
  /**
   * Send a partial summary with the progress: the first as soon as a block is merged, then at most
   * this often (default 500 ms; 0 = never).
   */
  partialEveryMs?: number;
  /**
   * Show a first view after this many trials of block 0, before any block is done (default 0:
   * none). Its trials are the run's first ones, so it is a prefix of what follows, only smaller;
   * the block goes on, and the result is the same with or without it.
   */
  previewTrials?: number;
  /** A block not answered within this long fails the run as data (default 10 minutes). */
  blockTimeoutMs?: number;
};

/** One interface for every way of running trials (STYLE.md 9). */
export interface Runner {
  readonly name: string;
  readonly workers: number;
  /**
   * Runs trials. Runs asked for while one is going wait for it and then run in turn, each on its
   * own: cancelling one never touches another.
   */
  run(request: RunRequest, options?: RunOptions): Promise<RunOutcome>;
  /**
   * Starts the workers before the first run and has each run a few throwaway trials of
   * `scenario`, so that run starts warm (code loaded and compiled). A run stops the warm-up after
   * the trial in hand; a runner already started does nothing. Settles when the warm-up has ended
   * (done or stopped); it never rejects.
   */
  prestart(scenario: Scenario): Promise<void>;
  /** Ends any workers; a disposed runner starts new ones on its next run. */
  dispose(): void;
}

/** Throwaway trials each worker runs in `prestart`: enough for the engine's code to be optimised. */
export const WARM_UP_TRIALS = 16;

/** Ten minutes: a block of 64 trials at the work budget's limit takes a few minutes. */
export const DEFAULT_BLOCK_TIMEOUT_MS = 600_000;

const TIMEOUT = Symbol('timeout');

/** `promise`, or TIMEOUT when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A runner over `workers` executors: each takes the run's scenario once, then blocks of trials
 * are handed out one at a time to whichever executor is free, and merged strictly in block order
 * by the run's aggregator (in this thread unless `createAggregator` says otherwise), so the result
 * is the same bit for bit whatever the number of executors. Cancelling, a failing or silent
 * block, or a progress callback that throws ends the run as data and ends every executor (new
 * ones start with the next run).
 */
export function createRunner(
  name: string,
  workers: number,
  createExecutor: () => BlockExecutor,
  createAggregator: (blocks: number) => Aggregator = createInThreadAggregator,
): Runner {
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be a whole number ≥ 1; got ${workers}`);
  let executors: BlockExecutor[] = [];
  let runs = 0;
  // The warm-up going on (its run id), 0 when none: a run ends it.
  let warming = 0;
  // Runs go one at a time: each waits for the one before it.
  let queue: Promise<unknown> = Promise.resolve();
  const dispose = () => {
    for (const e of executors) e.terminate();
    executors = [];
  };

  async function runNow(request: RunRequest, options: RunOptions): Promise<RunOutcome> {
    const trials = request.trials ?? request.scenario.simulation.trials;
    if (!(Number.isInteger(trials) && trials >= 1))
      return {
        ok: false,
        error: { kind: 'badRequest', message: `trials must be a whole number ≥ 1; got ${trials}` },
      };
    const checked = checkScenarios(request.scenario, request.compareWith);
    if (!checked.ok) return { ok: false, error: { kind: 'badScenario', issues: checked.issues } };
    warming = 0;
    const signal = options.signal;
    if (signal?.aborted) return { ok: false, error: { kind: 'cancelled' } };
    const started = Date.now();
    const blocks = blockCount(trials);
    const timeoutMs = options.blockTimeoutMs ?? DEFAULT_BLOCK_TIMEOUT_MS;
    if (executors.length === 0) executors = Array.from({ length: workers }, createExecutor);
    const runId = ++runs;
    let failure: RunError | null = null;
    const fail = (error: RunError) => {
      failure ??= signal?.aborted ? { kind: 'cancelled' } : error;
    };
    const onAbort = () => {
      failure ??= { kind: 'cancelled' };
      dispose();
    };
    signal?.addEventListener('abort', onAbort);
    try {
      // The checked scenario goes to each executor once.
      const setup: RunSetup = {
        runId,
        scenario: checked.scenario,
        ...(checked.compareWith ? { compareWith: checked.compareWith } : {}),
        ...(request.fundSeries ? { fundSeries: true } : {}),
      };
      const prepared = await Promise.all(
        executors.map((e) =>
          within(e.prepare(setup), timeoutMs).catch((err: unknown) => {
            fail({ kind: 'workerFailed', block: -1, message: messageOf(err) });
            return null;
          }),
        ),
      );
      for (const p of prepared) {
        if (p === TIMEOUT) fail({ kind: 'workerTimeout', block: -1, timeoutMs });
      }

      const aggregator = createAggregator(blocks);
      // Blocks are handed to the aggregator without waiting for it: the executor goes on.
      const offered: Promise<void>[] = [];
      let next = 0;
      let trialsDone = 0;
      let lastPartial = 0;
      // The first partial view is asked for at every block until one has trials in it (the first
      // block to end may not be block 0): the user sees a result as soon as there is one.
      let partialShown = false;
      let partialAsked = false;
      let finished = false;
      const partialEveryMs = options.partialEveryMs ?? 500;
      const report = (progress: RunProgress): boolean => {
        try {
          options.onProgress?.(progress);
          return true;
        } catch (e) {
          fail({ kind: 'callbackFailed', message: messageOf(e) });
          return false;
        }
      };
      const progressNow = (partial: RunSummary | null): RunProgress => {
        const elapsedMs = Date.now() - started;
        return {
          trialsDone,
          trials,
          elapsedMs,
          etaMs: (elapsedMs / trialsDone) * (trials - trialsDone),
          partial,
        };
      };
      // A first view of the trials merged so far, when the aggregator has it (one at a time).
      const askPartial = () => {
        partialAsked = true;
        aggregator.partial().then(
          (summary) => {
            partialAsked = false;
            if (summary && !finished && failure === null) {
              partialShown = true;
              report(progressNow(summary));
            }
          },
          (e: unknown) => {
            partialAsked = false;
            fail({ kind: 'workerFailed', block: -1, message: messageOf(e) });
          },
        );
      };

      // The first view of all, from block 0's first trials: shown only if nothing merged is yet.
      const previewTrials = options.previewTrials ?? 0;
      const previewWanted =
        options.onProgress !== undefined &&
        partialEveryMs > 0 &&
        previewTrials > 0 &&
        previewTrials < blockTrials(0, trials).end;
      const showPreview: PreviewCallback = (data) => {
        if (partialShown || partialAsked || finished || failure !== null) return;
        partialAsked = true;
        aggregator.preview(data).then(
          (summary) => {
            partialAsked = false;
            // Its trials are done too: the progress says so (its pace stays that of whole blocks).
            if (!partialShown && !finished && failure === null)
              report({ ...progressNow(summary), trialsDone: Math.max(trialsDone, summary.trials) });
          },
          (e: unknown) => {
            partialAsked = false;
            fail({ kind: 'workerFailed', block: 0, message: messageOf(e) });
          },
        );
      };
      const orderOf = (block: number): BlockOrder =>
        block === 0 && previewWanted
          ? { runId, trials, block, previewAfterTrials: previewTrials }
          : { runId, trials, block };

      // A block's outcome, or TIMEOUT, or the error its executor threw.
      type Ran = { block: number; outcome: BlockOutcome | typeof TIMEOUT | null; thrown: unknown };
      const dispatch = (executor: BlockExecutor, block: number): Promise<Ran> => {
        const order = orderOf(block);
        const preview = order.previewAfterTrials === undefined ? undefined : showPreview;
        return within(executor.runBlock(order, preview), timeoutMs).then(
          (outcome) => ({ block, outcome, thrown: null }),
          (thrown: unknown) => ({ block, outcome: null, thrown }),
        );
      };
      const work = async (executor: BlockExecutor) => {
        const nextBlock = () =>
          failure === null && next < blocks ? dispatch(executor, next++) : null;
        for (let running = nextBlock(); running;) {
          const { block, outcome, thrown } = await running;
          if (outcome === null) {
            fail({ kind: 'workerFailed', block, message: messageOf(thrown) });
            return;
          }
          if (outcome === TIMEOUT) {
            fail({ kind: 'workerTimeout', block, timeoutMs });
            return;
          }
          if (!outcome.ok) {
            fail({ ...outcome.failure, block });
            return;
          }
          if (failure !== null) return;
          // The executor's next block goes out before this one is merged, so the worker does
          // not wait for the merging (or for this thread's garbage collector).
          running = nextBlock();
          offered.push(
            aggregator.offer(block, outcome.data).catch((e: unknown) => {
              fail({ kind: 'workerFailed', block, message: messageOf(e) });
            }),
          );
          const { start, end } = blockTrials(block, trials);
          trialsDone += end - start;
          if (!options.onProgress) continue;
          const elapsedMs = Date.now() - started;
          const wantPartial =
            partialEveryMs > 0 && (!partialShown || elapsedMs - lastPartial >= partialEveryMs);
          if (wantPartial) lastPartial = elapsedMs;
          if (!report(progressNow(null))) return;
          if (wantPartial && !partialAsked) askPartial();
        }
      };
      let succeeded = false;
      try {
        if (failure === null) await Promise.all(executors.map(work));
        if (failure === null) await Promise.all(offered);
        const summary = failure === null ? await aggregator.result() : null;
        if (failure !== null || summary === null) {
          dispose();
          return { ok: false, error: failure ?? { kind: 'cancelled' } };
        }
        succeeded = true;
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
      } catch (e) {
        dispose();
        return {
          ok: false,
          error: failure ?? { kind: 'workerFailed', block: -1, message: messageOf(e) },
        };
      } finally {
        finished = true;
        if (succeeded) aggregator.done();
        else aggregator.terminate();
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  const prestart = async (scenario: Scenario): Promise<void> => {
    if (executors.length > 0) return;
    const checked = checkScenarios(scenario);
    if (!checked.ok) return;
    executors = Array.from({ length: workers }, createExecutor);
    const runId = ++runs;
    warming = runId;
    // The merging's first views are warmed up too, on some of the throwaway blocks.
    const aggregator = createAggregator(1);
    const warmUp = async (executor: BlockExecutor) => {
      try {
        await executor.prepare({ runId, scenario: checked.scenario });
        // Trial 64·i alone (block i of 64·i + 1 trials): different trials, so the code is
        // compiled for what trials differ in, one trial a call, so a run waits for one at most.
        for (let i = 0; i < WARM_UP_TRIALS && warming === runId; i++) {
          const outcome = await executor.runBlock({
            runId,
            trials: TRIALS_PER_BLOCK * i + 1,
            block: i,
          });
          if (outcome.ok && i % 4 === 3) aggregator.preview(outcome.data).catch(() => {});
        }
      } catch {
        // A worker that fails its warm-up is replaced, unless a run has taken it over already.
        if (warming === runId) dispose();
      }
    };
    await Promise.all(executors.map(warmUp));
    aggregator.done();
  };

  return {
    name,
    workers,
    dispose,
    prestart,
    run(request, options = {}) {
      // Whatever happens, the caller gets an outcome, never a rejection.
      const turn = queue
        .then(() => runNow(request, options))
        .catch((e: unknown): RunOutcome => {
          dispose();
          return { ok: false, error: { kind: 'workerFailed', block: -1, message: messageOf(e) } };
        });
      queue = turn;
      return turn;
    },
  };
}
