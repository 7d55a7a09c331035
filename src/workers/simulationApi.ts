import {
  formatScenarioIssue,
  parseScenario,
  runBlock,
  type BlockOutcome,
  type BlockRoom,
  type RunAggregateData,
  type Scenario,
} from '../engine/index.ts';

/** What a run sends each worker once, before its blocks: the scenario (and the one compared). */
export type RunSetup = {
  runId: number;
  scenario: unknown;
  compareWith?: unknown;
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

/** A worker's answer to a setup: ready, or every reason the scenario is not a valid one. */
export type PrepareOutcome = { ok: true } | { ok: false; issues: string[] };

/**
 * What a simulation worker exposes, and nothing more: take a run's scenario once, then run its
 * blocks. Kept apart from the browser and Node worker entries so it can be tested directly and
 * over a MessageChannel.
 */
export type SimulationApi = {
  prepare(setup: RunSetup): PrepareOutcome;
  runBlock(order: BlockOrder, onPreview?: PreviewCallback): BlockOutcome;
};

/**
 * A fresh simulation API with its own prepared run. The scenario is parsed again on arrival: a
 * worker does not trust what it is sent, and a scenario that is not valid is refused as data.
 */
export function createSimulationApi(): SimulationApi {
  let prepared: {
    runId: number;
    scenario: Scenario;
    compareWith?: Scenario;
    fundSeries: boolean;
    /** Hazard tables and trial arenas, built by the run's first block here and kept for its next. */
    room: BlockRoom;
    /** The setup as sent, without its run id: a run of the same setup keeps the parse and room. */
    key: string;
  } | null = null;
  const check = (value: unknown, label: string, issues: string[]): Scenario | null => {
    const parsed = parseScenario(value);
    if (parsed.ok) return parsed.scenario;
    issues.push(...parsed.issues.map((i) => `${label}: ${formatScenarioIssue(i, 'en')}`));
    return null;
  };
  return {
    prepare(setup) {
      // The same scenarios again (a rerun, or the run after a warm-up): their parse, hazard
      // tables and grown arenas are kept, so its first trials start as fast as its last.
      const key = JSON.stringify([setup.scenario, setup.compareWith, setup.fundSeries === true]);
      if (prepared?.key === key) {
        prepared.runId = setup.runId;
        return { ok: true };
      }
      prepared = null;
      const issues: string[] = [];
      const scenario = check(setup.scenario, 'scenario', issues);
      const compareWith =
        setup.compareWith === undefined ? undefined : check(setup.compareWith, 'compared', issues);
      if (!scenario || compareWith === null) return { ok: false, issues };
      prepared = {
        runId: setup.runId,
        scenario,
        ...(compareWith ? { compareWith } : {}),
        fundSeries: setup.fundSeries === true,
        room: {},
        key,
      };
      return { ok: true };
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
