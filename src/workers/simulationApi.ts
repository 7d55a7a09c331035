import { runBlock, type BlockRequest, type RunAggregateData } from '../engine/index.ts';

/**
 * What a simulation worker exposes, and nothing more: run one block of trials. Kept apart from the
 * browser and Node worker entries so it can be tested directly and over a MessageChannel.
 */
export type SimulationApi = {
  runBlock(request: BlockRequest): RunAggregateData;
};

export const simulationApi: SimulationApi = { runBlock };
