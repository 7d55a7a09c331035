import {
  createOrderedMerger,
  createRunAggregate,
  finalizeRun,
  fromTransferable,
  mergeRunAggregates,
  type RunAggregate,
  type RunAggregateData,
  type RunSummary,
} from '../engine/aggregate/index.ts';

/**
 * What merges a run's blocks, strictly in block order (so the result is the same bit for bit
 * whatever the number of workers), and finalises the merged trials into a summary. The runner
 * uses one per run: in its own thread by default, or in a worker of its own (aggregateApi.ts),
 * which keeps the merging and the quantiles of every partial view off a page's main thread.
 */
export type Aggregator = {
  /** A block's aggregate, as a worker sent it (its arrays may be transferred on). */
  offer(block: number, data: RunAggregateData): Promise<void>;
  /** The blocks merged so far, finalised; null before the first has been merged. */
  partial(): Promise<RunSummary | null>;
  /** An early copy of a block's first trials, finalised on its own (never merged). */
  preview(data: RunAggregateData): Promise<RunSummary>;
  /** Every block merged, finalised. */
  result(): Promise<RunSummary>;
  /** The run is over and went well: a worker may be kept for the next run. */
  done(): void;
  /** The run failed or was cancelled: ends a worker, if it has one. */
  terminate(): void;
};

/** The merging itself: the same in this thread and in an aggregating worker. */
export function createMerging(blocks: number) {
  const merged = createRunAggregate();
  const merger = createOrderedMerger<RunAggregate>(merged, mergeRunAggregates, blocks);
  return {
    offer(block: number, data: RunAggregateData): void {
      merger.offer(block, fromTransferable(data));
    },
    partial(): RunSummary | null {
      return merger.merged() > 0 ? finalizeRun(merged) : null;
    },
    preview(data: RunAggregateData): RunSummary {
      return finalizeRun(fromTransferable(data));
    },
    result(): RunSummary {
      return finalizeRun(merger.result());
    },
  };
}

/** Merges in the runner's own thread (the command line, tests, and any runner by default). */
export function createInThreadAggregator(blocks: number): Aggregator {
  const merging = createMerging(blocks);
  return {
    offer: async (block, data) => merging.offer(block, data),
    partial: async () => merging.partial(),
    preview: async (data) => merging.preview(data),
    result: async () => merging.result(),
    done: () => {},
    terminate: () => {},
  };
}
