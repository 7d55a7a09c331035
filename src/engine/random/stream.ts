import seedrandom from 'seedrandom';
import { isStreamPurpose, type StreamPurpose } from './purposes.ts';
import { deriveStreamState, subStreamState } from './seedHash.ts';

/**
 * A source of uniform draws in [0, 1), d3-random style: every sampler takes one as its first
 * argument. Streams made by `createStream` return multiples of 2^-32 (one 32-bit xorwow output
 * per call); the samplers accept any function with values in [0, 1).
 */
export type RandomStream = () => number;

/**
 * The whole state of a stream: xorwow's five xorshift words and its Weyl counter, each a signed
 * 32-bit integer. Plain data, so it can be saved as JSON or sent to a worker and replayed.
 */
export interface StreamState {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly w: number;
  readonly v: number;
  readonly d: number;
}

/** A stream whose state can be read at any point and later resumed with `createStreamFromState`. */
export type SeededStream = RandomStream & {
  /** A copy of the current state; the stream continues unaffected. */
  readonly state: () => StreamState;
};

const STATE_KEYS = ['x', 'y', 'z', 'w', 'v', 'd'] as const;

/**
 * The stream of one purpose in one trial of a run. Same arguments, same sequence, on every
 * machine; streams of different seeds, trials or purposes are independent for practical purposes
 * (the triple is hashed into xorwow's 192-bit state, so trial 0 and trial 1 share nothing).
 *
 * @param seed The scenario's seed (any finite number, or a string).
 * @param trial The trial index, a non-negative integer.
 * @param purpose What the draws are for (see `STREAM_PURPOSES`).
 * @param index Optional sub-stream index (e.g. a firm's serial number): each index of a purpose
 *   is its own independent stream, so one firm's draws never shift another's.
 */
export function createStream(
  seed: number | string,
  trial: number,
  purpose: StreamPurpose,
  index?: number,
): SeededStream {
  if (typeof seed === 'number' ? !Number.isFinite(seed) : typeof seed !== 'string') {
    throw new RangeError(`invalid seed: ${String(seed)} (must be a finite number or a string)`);
  }
  if (!(Number.isSafeInteger(trial) && trial >= 0)) {
    throw new RangeError(`invalid trial: ${trial} (must be a non-negative integer)`);
  }
  if (!isStreamPurpose(purpose)) {
    throw new RangeError(`invalid purpose: ${String(purpose)}`);
  }
  if (index !== undefined && !(Number.isSafeInteger(index) && index >= 0)) {
    throw new RangeError(`invalid index: ${index} (must be a non-negative integer)`);
  }
  const base = deriveStreamState(seed, trial, purpose);
  return fromState(index === undefined ? base : subStreamState(base, index));
}

/**
 * A stream that continues exactly where the stream whose `state()` was saved stood: the next draw
 * is the one that stream would have made next.
 */
export function createStreamFromState(state: StreamState): SeededStream {
  for (const key of STATE_KEYS) {
    const value: unknown = state[key];
    if (typeof value !== 'number' || (value | 0) !== value) {
      throw new RangeError(`invalid state.${key}: ${String(value)} (must be a 32-bit integer)`);
    }
  }
  // An all-zero xorshift part would leave only the Weyl counter: not a random sequence.
  if ((state.x | state.y | state.z | state.w | state.v) === 0) {
    throw new RangeError('invalid state: x, y, z, w and v are all 0');
  }
  return fromState(state);
}

function fromState(state: StreamState): SeededStream {
  // seedrandom copies the given state over the one it derived from the (empty) seed.
  const { x, y, z, w, v, d } = state;
  return seedrandom.xorwow('', { state: { x, y, z, w, v, d } });
}
