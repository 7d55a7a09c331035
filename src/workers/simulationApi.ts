// From the engine's own files, not its index: the index reaches the scenario schema, and a worker
// bundles nothing of zod (see checkScenarios.ts).
import type { RunAggregateData } from '../engine/aggregate/runTransfer.ts';
import { runBlock, type BlockOutcome, type BlockRoom } from '../engine/run/runBlock.ts';
import type { Scenario } from '../engine/scenario/schema.ts';

/**
 * What a run sends each worker once, before its blocks: the scenario (and the one compared), as
 * the runner checked them (checkScenarios.ts).
 */
export type RunSetup = {
  runId: number;
  scenario: Scenario;
  compareWith?: Scenario;
  /** Keep every fund's quarterly plan (`fund.<id>.…` series). */
  fundSeries?: boolean;
};

/**
 * One block of the prepared run; with `previewAfterTrials`, a copy of the block's aggregate after
 * that many of its trials goes to the caller's preview callback (a first view of the run).
 */
export type BlockOrder = {
  runId: number;
  trials: number;
  block: number;
  previewAfterTrials?: number;
};

/** Takes a block's early copy (its arrays may be transferred on). */
export type PreviewCallback = (data: RunAggregateData) => void;

/**
 * What a simulation worker exposes, and nothing more: take a run's scenario once, then run its
 * blocks. Kept apart from the browser and Node worker entries so it can be tested directly and
 * over a MessageChannel.
 */
export type SimulationApi = {
  prepare(setup: RunSetup): void;
  runBlock(order: BlockOrder, onPreview?: PreviewCallback): BlockOutcome;
};

/**
 * A fresh simulation API with its own prepared run. It takes the scenarios as sent: the runner
 * checked them before sending (checkScenarios.ts).
 */
export function createSimulationApi(): SimulationApi {
  let prepared: {
    runId: number;
    scenario: Scenario;
    compareWith?: Scenario;
    fundSeries: boolean;
    /** Hazard tables and trial arenas, built by the run's first block here and kept for its next. */
    room: BlockRoom;
    /** The setup as sent, without its run id: a run of the same setup keeps the room. */
    key: string;
  } | null = null;
  return {
    prepare(setup) {
      // The same scenarios again (a rerun, or the run after a warm-up): their hazard tables and
      // grown arenas are kept, so its first trials start as fast as its last.
      const key = JSON.stringify([setup.scenario, setup.compareWith, setup.fundSeries === true]);
      if (prepared?.key === key) {
        prepared.runId = setup.runId;
        return;
      }
      prepared = {
        runId: setup.runId,
        scenario: setup.scenario,
        ...(setup.compareWith ? { compareWith: setup.compareWith } : {}),
        fundSeries: setup.fundSeries === true,
        room: {},
        key,
      };
    },
    runBlock(order, onPreview) {
      if (!prepared || prepared.runId !== order.runId)
        throw new Error(`block ${order.block} of run ${order.runId} came before its scenario`);
      const { previewAfterTrials: afterTrials } = order;
      return runBlock({
        ...prepared,
        trials: order.trials,
        block: order.block,
        ...(afterTrials !== undefined && onPreview
          ? { preview: { afterTrials, send: onPreview } }
          : {}),
      });
    },
  };
}
