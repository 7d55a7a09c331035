import { grown } from '../typedArrays.ts';

/** What the treasury's incentives remember across quarters of one trial. */
export type FiscalState = {
  /** Firms that have had the first-set insurance subsidy, or a regional-exchange listing subsidy. */
  insured: Uint8Array;
  regionallyListed: Uint8Array;
  /** Positions that have earned the equity investment reward. */
  rewarded: Uint8Array;
  /** Reward paid to each fund so far (capped per fund). */
  rewardPaidCNY: Float64Array;
};

export function createFiscalState(fundCount: number): FiscalState {
  return {
    insured: new Uint8Array(1024),
    regionallyListed: new Uint8Array(1024),
    rewarded: new Uint8Array(1024),
    rewardPaidCNY: new Float64Array(fundCount),
  };
}

/** A byte array with room for index `i`. */
export function withRoom(a: Uint8Array, i: number): Uint8Array {
  return i < a.length ? a : grown(a, i + 1);
}
