export { findRootInBracket, type BracketedRoot, type BrentOptions } from './rootFinding.ts';
export type { RateResult, NoRateReason } from './rateResult.ts';
export { irr, type IrrOptions } from './irr.ts';
export { xirr, type XirrFlow, type XirrOptions } from './xirr.ts';
export { dpi, rvpi, tvpi, type FundCapitalAccount } from './multiples.ts';
export { ksPme, type KsPmeInput } from './ksPme.ts';
