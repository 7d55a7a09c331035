import type { LiveStage } from '../scenario/stages.ts';

/** A firm's stage as a small integer, for typed arrays. Live stages come first, in order. */
export const POC = 0;
export const ANGEL = 1;
export const EARLY = 2;
export const GROWTH = 3;
export const LISTED = 4;
export const SOLD = 5;
export const FAILED = 6;

export const STAGE_NAMES = ['POC', 'ANGEL', 'EARLY', 'GROWTH', 'LISTED', 'SOLD', 'FAILED'] as const;
export type StageName = (typeof STAGE_NAMES)[number];
export const STAGE_COUNT = STAGE_NAMES.length;

export const LIVE_STAGE_CODES: Readonly<Record<LiveStage, number>> = { POC, ANGEL, EARLY, GROWTH };

export function isLive(stage: number): boolean {
  return stage <= GROWTH;
}

export function liveStageName(stage: number): LiveStage {
  if (stage > GROWTH || stage < POC) throw new RangeError(`not a live stage: ${stage}`);
  return STAGE_NAMES[stage] as LiveStage;
}
