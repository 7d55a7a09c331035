// The engine's public API. This file only re-exports: reading it shows the whole surface.
export * from './scenario/index.ts';
export * from './random/index.ts';
export * from './ledger/index.ts';
export * from './metrics/index.ts';
export {
  METRIC_CATALOG,
  SERIES_CATALOG,
  describeMetric,
  ILPA_DEFINITION,
  type MetricEntry,
  type MetricUnit,
} from './metrics/catalog.ts';
export { FUND_RAISING_SERIES } from './metrics/fundRaisingCatalog.ts';
export { MAX_OFFER_YEARS } from './scenario/sections/fundRaising.ts';
export { OFFER_KINDS, type OfferKind } from './chain/fundBook.ts';
export * from './funds/index.ts';
export { simulateTrial, type TrialOptions, type TrialResult } from './trial/simulateTrial.ts';
export { ledgerMetrics, type TrialMetrics, type FundAccounts } from './trial/ledgerMetrics.ts';
export { STAGE_NAMES, type StageName } from './firms/stageCode.ts';
export * from './aggregate/index.ts';
export * from './pacing/index.ts';
export { ENGINE_VERSION } from './run/engineVersion.ts';
export { scenarioHash, canonicalJson } from './run/scenarioHash.ts';
export {
  chartParameters,
  ChartParametersSchema,
  type ChartParameters,
} from './run/chartParameters.ts';
export { trialSeries } from './run/trialSeries.ts';
export { trialRecord, pairedTrialRecord, FLOW_PREFIX } from './run/trialRecord.ts';
export {
  perFiscalYuan,
  perFiscalYuanRows,
  perYuanScaleCNY,
  PerFiscalYuanSchema,
  type PerYuanBasis,
  type PerFiscalYuan,
} from './run/perFiscalYuan.ts';
export {
  perYuanCrossMetrics,
  PER_YUAN_COST_KEYS,
  PER_YUAN_OUTCOME_KEYS,
} from './run/perYuanCross.ts';
export { runBlock, type BlockRequest, type BlockOutcome, type BlockRoom } from './run/runBlock.ts';
export {
  describeTrialFailure,
  trialFailureOf,
  TRIAL_STEPS,
  type TrialFailure,
  type TrialStep,
} from './trial/trialFailure.ts';
export {
  buildRunResult,
  buildComparisonResult,
  metricStats,
  RunResultSchema,
  ComparisonResultSchema,
  type RunResult,
  type ComparisonResult,
  type RunInfo,
  type MetricStats,
} from './run/runResult.ts';
export {
  summaryCsv,
  runSummaryCsv,
  comparisonSummaryCsv,
  SUMMARY_CSV_COLUMNS,
} from './run/summaryCsv.ts';
export { fundPlanCsv, fundPlanSeries } from './run/fundPlanCsv.ts';
export * from './explore/index.ts';
