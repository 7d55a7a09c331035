import type { FirmTable } from '../firms/firmTable.ts';
import { FAILED, LISTED, SOLD } from '../firms/stageCode.ts';
import type { TrialMetrics } from './ledgerMetrics.ts';

/** Firm counts of a trial: arrivals, firms backed by a fund of the chain, and their fates. */
export function firmMetrics(firms: FirmTable): TrialMetrics {
  let listed = 0;
  let sold = 0;
  let failed = 0;
  let supported = 0;
  let supportedListed = 0;
  for (let f = 0; f < firms.count; f++) {
    const stage = firms.stage[f]!;
    if (stage === LISTED) listed++;
    else if (stage === SOLD) sold++;
    else if (stage === FAILED) failed++;
    if (firms.backedQuarter[f]! >= 0) {
      supported++;
      if (stage === LISTED) supportedListed++;
    }
  }
  return {
    'firms.arrived': firms.count,
    'firms.supported': supported,
    'firms.listed': listed,
    'firms.supportedListed': supportedListed,
    'firms.sold': sold,
    'firms.failed': failed,
    'firms.valuationsCapped': firms.valuationsCapped,
  };
}
