import { aggregateBlock } from '../aggregate/blocks.ts';
import type { RunAggregate } from '../aggregate/runAggregate.ts';
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
  /**
   * A copy of the block's aggregate after its first `afterTrials` trials, for a first view of a
   * run before its first block is done. The block itself is the same with or without it.
   */
  preview?: { afterTrials: number; send: (data: RunAggregateData) => void };
  /**
   * Room that the blocks of one run share, filled by the first (hazard tables and trial arenas):
   * a worker's later blocks start with it built and grown. Only for the same scenario objects.
   */
  room?: BlockRoom;
};

/** What a run's blocks share in one worker: each scenario's trial options, made once. */
export type BlockRoom = { options?: TrialOptions; other?: TrialOptions };

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
  // Each scenario's hazard table once for the run's blocks, and one arena: a trial's record is
  // taken before the next trial reuses its room.
  const room = request.room ?? {};
  const options = (room.options ??= {
    hazards: createHazardTable(scenario),
    arena: {},
    fundSeries,
  });
  const other: TrialOptions = compareWith
    ? (room.other ??= { hazards: createHazardTable(compareWith), arena: {}, fundSeries })
    : options;
  const record = compareWith
    ? (trial: number) => pairedTrialRecord(scenario, compareWith, trial, [options, other])
    : (trial: number) => trialRecord(simulateTrial(scenario, trial, options));
  const preview = request.preview;
  const afterTrial = preview
    ? (agg: RunAggregate, added: number) => {
        if (added === preview.afterTrials) preview.send(toTransferable(agg));
      }
    : undefined;
  try {
    const agg = aggregateBlock(block, trials, record, {}, afterTrial);
    return { ok: true, data: toTransferable(agg) };
  } catch (e) {
    const failure = trialFailureOf(e);
    if (failure) return { ok: false, failure };
    throw e;
  }
}
