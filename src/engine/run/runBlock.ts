import { aggregateBlock } from '../aggregate/blocks.ts';
import { toTransferable, type RunAggregateData } from '../aggregate/runTransfer.ts';
import type { Scenario } from '../scenario/schema.ts';
import { simulateTrial } from '../trial/simulateTrial.ts';
import { pairedTrialRecord, trialRecord } from './trialRecord.ts';

/** One block of a run: which scenario (or pair, for a comparison), how many trials in all. */
export type BlockRequest = {
  scenario: Scenario;
  /** A second scenario run with the same seed: the block then holds paired records. */
  compareWith?: Scenario;
  trials: number;
  block: number;
};

/** Runs one block of trials and returns its aggregate as plain, transferable data. */
export function runBlock(request: BlockRequest): RunAggregateData {
  const { scenario, compareWith, trials, block } = request;
  const record = compareWith
    ? (trial: number) => pairedTrialRecord(scenario, compareWith, trial)
    : (trial: number) => trialRecord(simulateTrial(scenario, trial));
  return toTransferable(aggregateBlock(block, trials, record));
}
