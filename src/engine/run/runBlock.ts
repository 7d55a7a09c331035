import { aggregateBlock } from '../aggregate/blocks.ts';
import { toTransferable, type RunAggregateData } from '../aggregate/runTransfer.ts';
import type { Scenario } from '../scenario/schema.ts';
import { createHazardTable } from '../firms/hazardTable.ts';
import { trialFailureOf, type TrialFailure } from '../trial/trialFailure.ts';
import { simulateTrial, type TrialOptions } from '../trial/simulateTrial.ts';
import { pairedTrialRecord, trialRecord } from './trialRecord.ts';

/** One block of a run: which scenario (or pair, for a comparison), how many trials in all. */
export type BlockRequest = {
  scenario: Scenario;
  /** A second scenario run with the same seed: the block then holds paired records. */
  compareWith?: Scenario;
  trials: number;
  block: number;
  /** Keep every fund's quarterly plan (`fund.<id>.…` series); off unless asked. */
  fundSeries?: boolean;
};

/** A block's aggregate, or the trial that failed in it, as plain data. */
export type BlockOutcome =
  { ok: true; data: RunAggregateData } | { ok: false; failure: TrialFailure };

/**
 * Runs one block of trials and returns its aggregate as plain, transferable data, or the failure
 * of the trial that stopped it (which trial, quarter and step, and the fields most likely at
 * fault). Any other error is an engine bug and is thrown.
 */
export function runBlock(request: BlockRequest): BlockOutcome {
  const { scenario, compareWith, trials, block } = request;
  const fundSeries = request.fundSeries === true;
  // Each scenario's hazard table once for the block's trials, and one arena: a trial's record is
  // taken before the next trial reuses its room.
  const options: TrialOptions = { hazards: createHazardTable(scenario), arena: {}, fundSeries };
  const other: TrialOptions = compareWith
    ? { hazards: createHazardTable(compareWith), arena: {}, fundSeries }
    : options;
  const record = compareWith
    ? (trial: number) => pairedTrialRecord(scenario, compareWith, trial, [options, other])
    : (trial: number) => trialRecord(simulateTrial(scenario, trial, options));
  try {
    return { ok: true, data: toTransferable(aggregateBlock(block, trials, record)) };
  } catch (e) {
    const failure = trialFailureOf(e);
    if (failure) return { ok: false, failure };
    throw e;
  }
}
