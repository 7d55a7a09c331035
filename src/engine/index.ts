// The engine's public API. This file only re-exports: reading it shows the whole surface.
export * from './scenario/index.ts';
export * from './random/index.ts';
export * from './ledger/index.ts';
export * from './metrics/index.ts';
export * from './funds/index.ts';
export { simulateTrial, type TrialResult } from './trial/simulateTrial.ts';
export type { TrialMetrics } from './trial/trialMetrics.ts';
export { STAGE_NAMES, type StageName } from './firms/stageCode.ts';
