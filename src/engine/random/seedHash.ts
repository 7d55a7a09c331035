import type { StreamPurpose } from './purposes.ts';
import type { StreamState } from './stream.ts';

// xorwow's own seeding sets one word from an integer, or XORs a string in one character per step,
// and then runs only 64 steps, so keys that differ in one character start from related states.
// Instead the key is hashed into all six state words, each by a separately seeded MurmurHash3
// pass: every input bit reaches every output bit.

const NUMBER_TAG = 1;
const STRING_TAG = 2;
const INDEX_TAG = 3;
const TWO_TO_32 = 4294967296;

const float64Scratch = new DataView(new ArrayBuffer(8));

/** The key as 32-bit words, prefix-free: a type tag before the seed and lengths before strings. */
function keyWords(
  seed: number | string,
  trial: number,
  purpose: StreamPurpose,
  index: number,
): number[] {
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
  // A sub-stream (one per firm, say) adds its index; index −1 keys the purpose's own stream.
  if (index >= 0) words.push(INDEX_TAG, index % TWO_TO_32, Math.floor(index / TWO_TO_32));
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
  index = -1,
): StreamState {
  const words = keyWords(seed, trial, purpose, index);
  // Six passes with distinct seeds (multiples of the golden-ratio constant) give six words.
  const hash = (i: number) => murmur3(words, Math.imul(i + 1, 0x9e3779b9));
  const state = { x: hash(0), y: hash(1), z: hash(2), w: hash(3), v: hash(4), d: hash(5) };
  // An all-zero xorshift part is a fixed point (chance 2^-160, but make it impossible).
  if ((state.x | state.y | state.z | state.w | state.v) === 0) state.x = 1;
  return state;
}
