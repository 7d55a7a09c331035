import { deriveStreamState, writeSubStreamState } from './seedHash.ts';
import type { StreamState } from './stream.ts';
import type { StreamPurpose } from './purposes.ts';

/**
 * Many xorwow streams side by side in one Int32Array (six words each), e.g. one per firm. It is
 * seedrandom's xorwow step for step (a test compares them draw by draw), without one closure and
 * one seeding pass per stream: a trial creates thousands of firms and draws in a tight loop.
 */
export type StreamBank = { state: Int32Array };

const WORDS = 6;
const TWO_TO_32 = 4294967296;

export function createStreamBank(capacity: number): StreamBank {
  return { state: new Int32Array(Math.max(1, capacity) * WORDS) };
}

/** Makes room for `slots` streams, keeping the ones already there. */
export function ensureStreamBankCapacity(bank: StreamBank, slots: number): void {
  if (slots * WORDS <= bank.state.length) return;
  const grown = new Int32Array(Math.max(slots * WORDS, bank.state.length * 2));
  grown.set(bank.state);
  bank.state = grown;
}

/** The state sub-streams are derived from: that of `createStream(seed, trial, purpose)`. */
export function subStreamBase(
  seed: number | string,
  trial: number,
  purpose: StreamPurpose,
): StreamState {
  return deriveStreamState(seed, trial, purpose);
}

/** Puts in `slot` the stream `createStream(seed, trial, purpose, index)` would start with. */
export function seedStreamInBank(
  bank: StreamBank,
  slot: number,
  base: StreamState,
  index: number,
): void {
  writeSubStreamState(base, index, bank.state, slot * WORDS);
}

/** The next uniform in [0, 1) of the stream in `slot` (a multiple of 2^-32, as seedrandom's). */
export function nextInBank(bank: StreamBank, slot: number): number {
  const st = bank.state;
  const o = slot * WORDS;
  const x = st[o]!;
  const t = x ^ (x >>> 2);
  st[o] = st[o + 1]!;
  st[o + 1] = st[o + 2]!;
  st[o + 2] = st[o + 3]!;
  const v0 = st[o + 4]!;
  st[o + 3] = v0;
  const v = v0 ^ (v0 << 4) ^ (t ^ (t << 1));
  st[o + 4] = v;
  const d = (st[o + 5]! + 362437) | 0;
  st[o + 5] = d;
  return ((d + v) >>> 0) / TWO_TO_32;
}
