import { sortInts } from '../intSort.ts';
import { grown } from '../typedArrays.ts';
import type { FiscalState } from './fiscalState.ts';

/**
 * The firms payFirmIncentives has anything to do for in a quarter, so it does not walk every live
 * firm (the incentives are for EARLY and GROWTH firms, and happen once a firm):
 *  - firms a round brought to EARLY or GROWTH this quarter: first offered an incentive now;
 *  - arrivals at EARLY: first offered the quarter after they arrive;
 *  - firms whose take-up was scheduled for this quarter.
 * The trial's pass over the quarter's firm events notes the first two (noteIncentiveStage); the
 * later ones wait in per-quarter buckets. A firm that exits meanwhile may still be listed:
 * payFirmIncentives skips it, as it skips every firm not at an incentive's stage.
 */

/** A firm entered EARLY or GROWTH in `quarter` (`arrived`: it arrived there). */
export function noteIncentiveStage(
  fiscal: FiscalState,
  firm: number,
  quarter: number,
  arrived: boolean,
): void {
  if (arrived) visitLater(fiscal, firm, quarter + 1);
  else {
    if (fiscal.visits.length === fiscal.visitCount)
      fiscal.visits = grown(fiscal.visits, fiscal.visitCount + 1);
    fiscal.visits[fiscal.visitCount++] = firm;
  }
}

/** Brings `firm` back to payFirmIncentives in `quarter` (a take-up due then). */
export function visitLater(fiscal: FiscalState, firm: number, quarter: number): void {
  const bucket = fiscal.laterHead;
  if (bucket.length <= quarter) fiscal.laterHead = grown(bucket, quarter + 1, -1);
  if (fiscal.laterFirm.length === fiscal.laterCount) {
    fiscal.laterFirm = grown(fiscal.laterFirm, fiscal.laterCount + 1);
    fiscal.laterNext = grown(fiscal.laterNext, fiscal.laterCount + 1);
  }
  fiscal.laterFirm[fiscal.laterCount] = firm;
  fiscal.laterNext[fiscal.laterCount] = fiscal.laterHead[quarter]!;
  fiscal.laterHead[quarter] = fiscal.laterCount++;
}

/**
 * This quarter's visits in `fiscal.visits`, in firm order and each firm once: the firms noted this
 * quarter and those brought back for it. Returns how many; the next quarter starts a new list.
 */
export function incentiveVisits(fiscal: FiscalState, quarter: number): number {
  const noted = fiscal.visitCount;
  let n = noted;
  fiscal.visitCount = 0;
  const head = quarter < fiscal.laterHead.length ? fiscal.laterHead[quarter]! : -1;
  for (let i = head; i >= 0; i = fiscal.laterNext[i]!) {
    if (fiscal.visits.length === n) fiscal.visits = grown(fiscal.visits, n + 1);
    fiscal.visits[n++] = fiscal.laterFirm[i]!;
  }
  const { visits } = fiscal;
  // A bucket lists its firms last-scheduled first: turned round, they come mostly in firm order.
  visits.subarray(noted, n).reverse();
  sortInts(visits, n);
  let unique = 0;
  for (let k = 0; k < n; k++)
    if (unique === 0 || visits[k] !== visits[unique - 1]) visits[unique++] = visits[k]!;
  return unique;
}
