export {
  createPointSequence,
  type ExploreCallbacks,
  type ExploreOutcome,
  type ExploreProgress,
  type PointOutcome,
  type PointRequest,
  type RunPoint,
} from './pointRunner.ts';
export {
  DefinitionsSchema,
  STATISTIC_DEFINITIONS,
  definitionsOf,
  type Definitions,
} from './definitions.ts';
export {
  PairedDifferenceSchema,
  PointStatsSchema,
  pointStats,
  type PairedDifference,
  type PointStats,
} from './pointStats.ts';
export {
  STATISTICS,
  distinguishable,
  isStatistic,
  statisticDifference,
  statisticOf,
  statisticStderr,
  type Statistic,
  type StatisticDifference,
} from './statistic.ts';
export {
  describeParameter,
  scenarioWith,
  type ParameterInfo,
  type ParameterSetting,
  type ParameterValue,
} from './parameter.ts';
export { describeExploreProblem, type ExploreProblem } from './exploreProblem.ts';
export { checkMetricKey, reportedMetricKeys } from './metricKey.ts';
export {
  planSweep,
  runSweep,
  SWEEP_LIMITS,
  SweepResultSchema,
  SweepPointSchema,
  type SweepInput,
  type SweepParameterInput,
  type SweepPlan,
  type SweepPoint,
  type SweepResult,
} from './sweep.ts';
export {
  planTornado,
  runTornado,
  DEFAULT_TORNADO_METRIC,
  TornadoResultSchema,
  type TornadoBar,
  type TornadoInput,
  type TornadoParameterInput,
  type TornadoPlan,
  type TornadoResult,
} from './tornado.ts';
export {
  planSeek,
  runSeek,
  SEEK_RUNS,
  SeekResultSchema,
  type SeekEvaluation,
  type SeekInput,
  type SeekPlan,
  type SeekResult,
} from './goalSeek.ts';
export { scenarioDifferences, summarizeComparison } from './comparisonSummary.ts';
export { summarizeSeek } from './seekSummary.ts';
export {
  SUMMARY_METRICS,
  summarizeSweep,
  summarySentence,
  type ParameterChange,
  type SummaryItem,
  type SummaryOptions,
} from './summary.ts';
export {
  formatMetricDifference,
  formatMetricValue,
  formatParameterValue,
} from './summaryFormat.ts';
export {
  SEEK_CSV_COLUMNS,
  SWEEP_CSV_COLUMNS,
  TORNADO_CSV_COLUMNS,
  seekCsv,
  sweepCsv,
  tornadoCsv,
} from './exploreCsv.ts';
