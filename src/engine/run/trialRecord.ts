import type { TrialRecord } from '../aggregate/blocks.ts';
import { STAGE_COUNT, STAGE_NAMES } from '../firms/stageCode.ts';
import type { Scenario } from '../scenario/schema.ts';
import { simulateTrial, type TrialOptions, type TrialResult } from '../trial/simulateTrial.ts';
import { perYuanCrossMetrics } from './perYuanCross.ts';
import { trialSeries } from './trialSeries.ts';

/** Key prefix of the flows behind the Sankey diagram (firms between stages, stakes between funds). */
export const FLOW_PREFIX = 'flows.';

/** Firm moves of a trial as flow metrics: `flows.firms.POC->ANGEL`, `flows.firms.ARRIVAL->EARLY`. */
function flowMetrics(result: TrialResult): Record<string, number> {
  const flows: Record<string, number> = {};
  for (let from = 0; from <= STAGE_COUNT; from++) {
    for (let to = 0; to < STAGE_COUNT; to++) {
      const n = result.transitions[from * STAGE_COUNT + to]!;
      const fromName = from === STAGE_COUNT ? 'ARRIVAL' : STAGE_NAMES[from]!;
      if (n > 0 || from === STAGE_COUNT || to === from + 1)
        flows[`${FLOW_PREFIX}firms.${fromName}->${STAGE_NAMES[to]}`] = n;
    }
  }
  flows[`${FLOW_PREFIX}stakes.seedFund->angelFunds`] =
    result.metrics['transfers.seedToAngel.count']!;
  flows[`${FLOW_PREFIX}stakes.angelFunds->guidanceFund`] =
    result.metrics['transfers.angelToGuidance.count']!;
  return flows;
}

/** What one trial adds to a run's aggregate: its metrics, its Sankey flows and its series. */
export function trialRecord(result: TrialResult): TrialRecord {
  return { metrics: { ...result.metrics, ...flowMetrics(result) }, series: trialSeries(result) };
}

/**
 * One trial of two scenarios with the same seed (common random numbers): each one's record,
 * prefixed `a.` and `b.`, the paired difference `diff.<key>` = a − b of every metric, and the
 * cross products `pairedCross.<key>` of perFiscalYuan.ts.
 */
export function pairedTrialRecord(
  a: Scenario,
  b: Scenario,
  trial: number,
  options: [TrialOptions, TrialOptions] = [{}, {}],
): TrialRecord {
  const ra = trialRecord(simulateTrial(a, trial, options[0]));
  const rb = trialRecord(simulateTrial(b, trial, options[1]));
  const metrics: Record<string, number> = {};
  const series: Record<string, ArrayLike<number>> = {};
  for (const [key, value] of Object.entries(ra.metrics)) {
    metrics[`a.${key}`] = value;
    metrics[`diff.${key}`] = value - (rb.metrics[key] ?? Number.NaN);
  }
  for (const [key, value] of Object.entries(rb.metrics)) metrics[`b.${key}`] = value;
  // Products of differences, for the standard error of "what each extra fiscal yuan bought".
  Object.assign(metrics, perYuanCrossMetrics(metrics));
  for (const [key, value] of Object.entries(ra.series ?? {})) series[`a.${key}`] = value;
  for (const [key, value] of Object.entries(rb.series ?? {})) series[`b.${key}`] = value;
  return { metrics, series };
}
