/**
 * Trials are aggregated in fixed blocks of `TRIALS_PER_BLOCK` consecutive trial indices: block b
 * holds trials b·64 … b·64 + 63 (the last block may be shorter). Blocks depend only on the
 * number of trials, never on the number of workers; see orderedMerger.ts for why.
 */

import { addTrial, createRunAggregate, type RunAggregate } from './runAggregate.ts';
import type { SketchOptions } from './quantileSketch.ts';

/**
 * Trials per block. Small enough that 1 000 trials still spread over 16 blocks for 8 workers,
 * large enough that one block's aggregate is worth a message.
 */
export const TRIALS_PER_BLOCK = 64;

/** Blocks of a run of `trials` trials. */
export function blockCount(trials: number): number {
  if (!(Number.isSafeInteger(trials) && trials >= 0)) {
    throw new RangeError(`trials must be an integer >= 0; got ${String(trials)}`);
  }
  return Math.ceil(trials / TRIALS_PER_BLOCK);
}

/** The trials of block `block` of a run of `trials` trials: indices start ≤ i < end. */
export function blockTrials(block: number, trials: number): { start: number; end: number } {
  const blocks = blockCount(trials);
  if (!(Number.isInteger(block) && block >= 0 && block < blocks)) {
    throw new RangeError(`block must be an integer in [0, ${blocks - 1}]; got ${String(block)}`);
  }
  const start = block * TRIALS_PER_BLOCK;
  return { start, end: Math.min(trials, start + TRIALS_PER_BLOCK) };
}

/** One trial's output as the aggregate takes it. */
export interface TrialRecord {
  /** Scalar metrics, NaN where undefined in this trial. */
  metrics: Readonly<Record<string, number>>;
  /** Time series, one value per quarter. */
  series?: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * The aggregate of one block, its trials added in trial order: what a worker computes and sends
 * for each block it is given. A worker must send each block's aggregate on its own, not merge its
 * blocks first: pre-merged blocks would change the coordinator's order of floating-point sums.
 */
export function aggregateBlock(
  block: number,
  trials: number,
  runTrial: (trial: number) => TrialRecord,
  options: SketchOptions = {},
  /** Told after each trial is added, with how many the block holds so far (it may read `agg`). */
  afterTrial?: (agg: RunAggregate, added: number) => void,
): RunAggregate {
  const { start, end } = blockTrials(block, trials);
  const agg = createRunAggregate(options);
  for (let trial = start; trial < end; trial++) {
    const record = runTrial(trial);
    addTrial(agg, record.metrics, record.series);
    afterTrial?.(agg, trial - start + 1);
  }
  return agg;
}
