import type { StreamPurpose } from './purposes.ts';
import type { StreamState } from './stream.ts';

// xorwow's own seeding sets one word from an integer, or XORs a string in one character per step,
// and then runs only 64 steps, so keys that differ in one character start from related states.
// Instead the key is hashed into all six state words, each by a separately seeded MurmurHash3
// pass: every input bit reaches every output bit.

const NUMBER_TAG = 1;
const STRING_TAG = 2;
const TWO_TO_32 = 4294967296;

const float64Scratch = new DataView(new ArrayBuffer(8));

/** The key as 32-bit words, prefix-free: a type tag before the seed and lengths before strings. */
function keyWords(seed: number | string, trial: number, purpose: StreamPurpose): number[] {
  const words: number[] = [];
  if (typeof seed === 'number') {
    // The seed's float64 bits, little-endian whatever the platform; -0 counts as 0.
    float64Scratch.setFloat64(0, seed === 0 ? 0 : seed, true);
    words.push(NUMBER_TAG, float64Scratch.getUint32(0, true), float64Scratch.getUint32(4, true));
  } else {
    pushString(words, seed);
  }
  words.push(trial % TWO_TO_32, Math.floor(trial / TWO_TO_32));
  pushString(words, purpose);
  return words;
}

function pushString(words: number[], text: string): void {
  words.push(STRING_TAG, text.length);
  for (let i = 0; i < text.length; i++) words.push(text.charCodeAt(i));
}

/** MurmurHash3 (x86, 32-bit) over whole 32-bit words. */
function murmur3(words: readonly number[], seed: number): number {
  let h = seed | 0;
  for (const word of words) {
    let k = Math.imul(word, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= words.length * 4;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The xorwow state of the stream keyed by (seed, trial, purpose); arguments already checked. */
export function deriveStreamState(
  seed: number | string,
  trial: number,
  purpose: StreamPurpose,
): StreamState {
  const words = keyWords(seed, trial, purpose);
  // Six passes with distinct seeds (multiples of the golden-ratio constant) give six words.
  const hash = (i: number) => murmur3(words, Math.imul(i + 1, 0x9e3779b9));
  const state = { x: hash(0), y: hash(1), z: hash(2), w: hash(3), v: hash(4), d: hash(5) };
  // An all-zero xorshift part is a fixed point (chance 2^-160, but make it impossible).
  if ((state.x | state.y | state.z | state.w | state.v) === 0) state.x = 1;
  return state;
}

/** MurmurHash3's finaliser: every input bit flips each output bit with probability about 1/2. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The state of sub-stream `index` (one per firm, say) of a purpose's stream, from that stream's
 * state: the index is mixed into each word and finalised twice, so neighbouring indices start
 * from unrelated states. Written into `out` at `offset` (x, y, z, w, v, d), allocation-free,
 * because it runs for every firm of every trial.
 */
export function writeSubStreamState(
  base: StreamState,
  index: number,
  out: Int32Array,
  offset: number,
): void {
  const lo = (index % TWO_TO_32) | 0;
  const hi = Math.floor(index / TWO_TO_32) | 0;
  const key = Math.imul(lo + 1, 0x9e3779b9) ^ Math.imul(hi, 0x85ebca6b);
  out[offset] = fmix32(fmix32(base.x ^ key ^ 0xc2b2ae35));
  out[offset + 1] = fmix32(fmix32(base.y ^ key ^ Math.imul(2, 0xc2b2ae35)));
  out[offset + 2] = fmix32(fmix32(base.z ^ key ^ Math.imul(3, 0xc2b2ae35)));
  out[offset + 3] = fmix32(fmix32(base.w ^ key ^ Math.imul(4, 0xc2b2ae35)));
  out[offset + 4] = fmix32(fmix32(base.v ^ key ^ Math.imul(5, 0xc2b2ae35)));
  out[offset + 5] = fmix32(fmix32(base.d ^ key ^ Math.imul(6, 0xc2b2ae35)));
  // An all-zero xorshift part is a fixed point (chance 2^-160, but make it impossible).
  if (
    (out[offset]! | out[offset + 1]! | out[offset + 2]! | out[offset + 3]! | out[offset + 4]!) ===
    0
  )
    out[offset] = 1;
}

/** `writeSubStreamState` as a plain state object. */
export function subStreamState(base: StreamState, index: number): StreamState {
  const out = new Int32Array(6);
  writeSubStreamState(base, index, out, 0);
  return { x: out[0]!, y: out[1]!, z: out[2]!, w: out[3]!, v: out[4]!, d: out[5]! };
}
