import { deriveStreamState } from './seedHash.ts';

/**
 * Counter-based draws: each decision about a firm takes its own number, a hash of (seed, trial,
 * firm, quarter, purpose), as counter-based generators (Philox, SplitMix) do. Nothing is drawn
 * that is not used, no per-firm stream is seeded or stepped, and two scenarios that differ only
 * in policy give the same firm the same number for the same decision in the same quarter (common
 * random numbers), whatever else either of them drew.
 *
 * Each number is a uniform in the open unit interval, the centre of one of 2^32 cells: enough for
 * the hazards and quantiles it feeds (the normal quantile of the smallest is about −6.2).
 */

/** What a firm-quarter's number is for; the values are part of the key (never reorder them). */
export const DRAW = {
  /** The idiosyncratic term of the failure copula (and of a loan's own default). */
  fail: 0,
  /** Trade sale or graduation. */
  event: 1,
  /** The valuation shock of a round or an exit. */
  value: 2,
  /** The bank's approval of this quarter's applications. */
  bank: 3,
  /** Take-up of the first-set insurance subsidy. */
  fiscal: 4,
  /** Listing on the regional equity exchange. */
  listing: 5,
} as const;

/** The quarter slot of a firm's attributes, drawn once when it arrives. */
export const ATTRIBUTES = 0x0fffffff;

/** A firm's attributes: what each of its arrival numbers is for (purpose within ATTRIBUTES). */
export const ATTRIBUTE = {
  industry: 0,
  province: 1,
  age: 2,
  quality: 3,
  screeningNoise: 4,
  valuation: 5,
} as const;

/** MurmurHash3's finaliser: every input bit flips each output bit with probability about 1/2. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The 32-bit key of a trial's counter-based draws, from (seed, trial). */
export function counterKey(seed: number, trial: number): number {
  return deriveStreamState(seed, trial, 'firmFates').x | 0;
}

const CELL = 2 ** -32;

/**
 * The uniform of `purpose` for `firm` in `quarter` (or ATTRIBUTES): two rounds of the finaliser,
 * the firm mixed in first and the (quarter, purpose) pair second, so neighbouring firms and
 * neighbouring quarters give unrelated numbers.
 */
export function counterUniform(
  key: number,
  firm: number,
  quarter: number,
  purpose: number,
): number {
  const h = fmix32(key ^ Math.imul(firm + 1, 0x9e3779b1));
  const g = fmix32(h ^ Math.imul(((quarter << 3) | purpose) + 1, 0x85ebca77));
  return ((g >>> 0) + 0.5) * CELL;
}
