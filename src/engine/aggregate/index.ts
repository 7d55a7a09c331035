export {
  createSketch,
  addToSketch,
  mergeSketches,
  quantile,
  quantileRank,
  DEFAULT_ALPHA,
  DEFAULT_MAX_BINS,
  type QuantileSketch,
  type SketchOptions,
} from './quantileSketch.ts';
export { allocatedBins, type SketchStore } from './sketchStore.ts';
export { sketchHistogram, HISTOGRAM_BINS, type Histogram } from './histogram.ts';
export {
  createMetricAggregate,
  addMetricValue,
  mergeMetricAggregates,
  finalizeMetric,
  type MetricAggregate,
  type MetricSummary,
} from './metricAggregate.ts';
export {
  createSeriesAggregate,
  addSeriesValues,
  mergeSeriesAggregates,
  finalizeSeries,
  type SeriesAggregate,
  type SeriesSummary,
} from './seriesAggregate.ts';
export {
  createRunAggregate,
  addTrial,
  mergeRunAggregates,
  finalizeRun,
  type RunAggregate,
  type RunSummary,
} from './runAggregate.ts';
export {
  toTransferable,
  fromTransferable,
  transferablesOf,
  RUN_AGGREGATE_FORMAT,
  type RunAggregateData,
} from './runTransfer.ts';
export {
  TRIALS_PER_BLOCK,
  blockCount,
  blockTrials,
  aggregateBlock,
  type TrialRecord,
} from './blocks.ts';
export { createOrderedMerger, type OrderedMerger } from './orderedMerger.ts';
export { shardBlocks, type ShardBlocks } from './shardBlocks.ts';
export { decodeBlock, encodeBlock, type BlockLayout } from './blockCodec.ts';
