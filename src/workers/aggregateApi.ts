import * as Comlink from 'comlink';
import { transferablesOf, type RunAggregateData, type RunSummary } from '../engine/index.ts';
import { createMerging, type Aggregator } from './aggregator.ts';

/** What an aggregating worker exposes: start a run's merging, take its blocks, finalise. */
export type AggregateApi = {
  start(blocks: number): void;
  offer(block: number, data: RunAggregateData): void;
  partial(): RunSummary | null;
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
    result: () => current().result(),
  };
}

/**
 * An aggregator in a worker, reached through `endpoint`: each block's arrays are transferred to
 * it (not copied), and only finalised summaries come back. Calls arrive in the order they are
 * made, so the result is asked for after every block has been offered.
 */
export function aggregatorFromEndpoint(
  endpoint: Comlink.Endpoint,
  blocks: number,
  terminate: () => void,
): Aggregator {
  const api = Comlink.wrap<AggregateApi>(endpoint);
  const started = api.start(blocks);
  return {
    async offer(block, data) {
      await started;
      await api.offer(block, Comlink.transfer(data, transferablesOf(data)));
    },
    partial: async () => (await started, await api.partial()),
    result: async () => (await started, await api.result()),
    terminate() {
      api[Comlink.releaseProxy]();
      terminate();
    },
  };
}
