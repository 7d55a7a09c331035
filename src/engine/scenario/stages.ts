/** Stages a firm passes through (MODEL.md, Firms). Exits and failure are terminal states. */
export const LIVE_STAGES = ['POC', 'ANGEL', 'EARLY', 'GROWTH'] as const;
export type LiveStage = (typeof LIVE_STAGES)[number];

/** Stages at which new firms arrive. */
export const ARRIVAL_STAGES = ['POC', 'ANGEL', 'EARLY'] as const;
export type ArrivalStage = (typeof ARRIVAL_STAGES)[number];
