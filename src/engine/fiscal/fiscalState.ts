import { grown } from '../typedArrays.ts';

export const NOT_SCHEDULED = -1;
/** Taken up already, or never within the horizon: a quarter no trial reaches. */
export const TAKEN_UP = 0x7fffffff;

/** What the treasury's incentives remember across quarters of one trial. */
export type FiscalState = {
  /**
   * The quarter a firm takes up the first-set insurance subsidy, or lists on the regional equity
   * exchange: NOT_SCHEDULED until it is first at a stage the incentive is for, TAKEN_UP after.
   */
  insuranceQuarter: Int32Array;
  regionalListingQuarter: Int32Array;
  /** Positions that have earned the equity investment reward. */
  rewarded: Uint8Array;
  /** Reward paid to each fund so far (capped per fund). */
  rewardPaidCNY: Float64Array;
  /** This quarter's firms for payFirmIncentives (incentiveVisits.ts); `visitCount` noted so far. */
  visits: Int32Array;
  visitCount: number;
  /** Firms to visit in a later quarter, a list per quarter: laterHead[quarter] → laterNext[i]. */
  laterHead: Int32Array;
  laterNext: Int32Array;
  laterFirm: Int32Array;
  laterCount: number;
};

/** The incentives of a fresh trial; `reuse`, an earlier trial's, lends its arrays, emptied. */
export function createFiscalState(fundCount: number, reuse?: FiscalState): FiscalState {
  if (reuse) {
    reuse.insuranceQuarter.fill(NOT_SCHEDULED);
    reuse.regionalListingQuarter.fill(NOT_SCHEDULED);
    reuse.rewarded.fill(0);
  }
  return {
    insuranceQuarter: reuse?.insuranceQuarter ?? new Int32Array(1024).fill(NOT_SCHEDULED),
    regionalListingQuarter:
      reuse?.regionalListingQuarter ?? new Int32Array(1024).fill(NOT_SCHEDULED),
    rewarded: reuse?.rewarded ?? new Uint8Array(1024),
    rewardPaidCNY: new Float64Array(fundCount),
    visits: reuse?.visits ?? new Int32Array(64),
    visitCount: 0,
    laterHead: reuse?.laterHead.fill(-1) ?? new Int32Array(128).fill(-1),
    laterNext: reuse?.laterNext ?? new Int32Array(256),
    laterFirm: reuse?.laterFirm ?? new Int32Array(256),
    laterCount: 0,
  };
}

/** A byte array with room for index `i`. */
export function withRoom(a: Uint8Array, i: number): Uint8Array {
  return i < a.length ? a : grown(a, i + 1);
}

/** A schedule with room for index `i`, new firms not scheduled. */
export function scheduleWithRoom(a: Int32Array, i: number): Int32Array {
  return i < a.length ? a : grown(a, i + 1, NOT_SCHEDULED);
}
