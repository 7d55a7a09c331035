import * as Comlink from 'comlink';
import {
  transferablesOf,
  type RunAggregateData,
  type RunSummary,
} from '../engine/aggregate/index.ts';
import { createMerging, type Aggregator } from './aggregator.ts';

/** What an aggregating worker exposes: start a run's merging, take its blocks, finalise. */
export type AggregateApi = {
  start(blocks: number): void;
  offer(block: number, data: RunAggregateData): void;
  partial(): RunSummary | null;
  preview(data: RunAggregateData): RunSummary;
  result(): RunSummary;
};

/** The object an aggregating worker exposes (kept apart from its entry, to be tested directly). */
export function createAggregateApi(): AggregateApi {
  let merging: ReturnType<typeof createMerging> | null = null;
  const current = () => {
    if (!merging) throw new Error('a block came before its run was started');
    return merging;
  };
  return {
    start: (blocks) => void (merging = createMerging(blocks)),
    offer: (block, data) => current().offer(block, data),
    partial: () => current().partial(),
    preview: (data) => current().preview(data),
    result: () => current().result(),
  };
}

/** A run's aggregator over an aggregating worker's API; `done` and `terminate` end the run. */
function aggregatorOver(
  api: Comlink.Remote<AggregateApi>,
  blocks: number,
  end: { done: () => void; terminate: () => void },
): Aggregator {
  const started = api.start(blocks);
  return {
    async offer(block, data) {
      await started;
      await api.offer(block, Comlink.transfer(data, transferablesOf(data)));
    },
    partial: async () => (await started, await api.partial()),
    preview: async (data) => (
      await started,
      await api.preview(Comlink.transfer(data, transferablesOf(data)))
    ),
    result: async () => (await started, await api.result()),
    ...end,
  };
}

/**
 * An aggregator in a worker, reached through `endpoint`: each block's arrays are transferred to
 * it (not copied), and only finalised summaries come back. Calls arrive in the order they are
 * made, so the result is asked for after every block has been offered. The worker serves this
 * one run.
 */
export function aggregatorFromEndpoint(
  endpoint: Comlink.Endpoint,
  blocks: number,
  terminate: () => void,
): Aggregator {
  const api = Comlink.wrap<AggregateApi>(endpoint);
  const end = () => {
    api[Comlink.releaseProxy]();
    terminate();
  };
  return aggregatorOver(api, blocks, { done: end, terminate: end });
}

/**
 * Aggregators over one worker kept from run to run, so its code stays loaded and compiled: each
 * run starts its own merging there. A run that fails ends the worker; the next starts a new one.
 */
export function keptAggregator(
  spawn: () => { endpoint: Comlink.Endpoint; terminate: () => void },
): (blocks: number) => Aggregator {
  let kept: { api: Comlink.Remote<AggregateApi>; end: () => void } | null = null;
  const open = () => {
    const worker = spawn();
    const api = Comlink.wrap<AggregateApi>(worker.endpoint);
    return {
      api,
      end: () => {
        api[Comlink.releaseProxy]();
        worker.terminate();
      },
    };
  };
  return (blocks) => {
    const worker = (kept ??= open());
    return aggregatorOver(worker.api, blocks, {
      done: () => {},
      terminate: () => {
        if (kept === worker) kept = null;
        worker.end();
      },
    });
  };
}
