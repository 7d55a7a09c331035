/**
 * The bins of one sign of a quantile sketch: a dense run of counts indexed by an integer bin
 * index, with an offset, that grows as values arrive and never holds more than `maxBins` bins.
 *
 * Every count is a whole number, so the state after any sequence of additions and merges depends
 * only on the multiset of bin indices added, never on their order or grouping: bin i holds the
 * values whose own index is i, except that when the indices seen span more than `maxBins`, every
 * index below `maxIndex − maxBins + 1` is folded into that lowest kept bin. That fold is the same
 * whether it happens at once or step by step, because `maxIndex` only rises.
 */

/** One sign's bins. Plain data: structured-clones as is. */
export interface SketchStore {
  /**
   * counts[k] is the number of values in bin `offset + k`. 32-bit whole numbers: a bin holds at
   * most one value a trial and a run at most 1,000,000 trials (the schema's limit), far below
   * 2^32, and they take half the memory of doubles (sketches are most of a block's memory).
   */
  counts: Uint32Array;
  /** Bin index of counts[0]. */
  offset: number;
  /** Lowest non-empty bin (after any fold); meaningless while `total` is 0. */
  minIndex: number;
  /** Highest non-empty bin; meaningless while `total` is 0. */
  maxIndex: number;
  /** Number of values held. */
  total: number;
  /** True once some value lay more than `maxBins` bins below the highest and was folded up. */
  collapsed: boolean;
}

/** The non-empty bins of a store in ascending index order; the canonical content of a store. */
export interface StoreBins {
  indices: number[];
  counts: number[];
}

/** Extra room on each reallocation, so that a store growing bin by bin reallocates rarely. */
const MIN_SLACK = 16;

/** The largest count a bin holds (its counts are 32-bit). */
const MAX_COUNT = 0xffffffff;

export function createStore(): SketchStore {
  return {
    counts: new Uint32Array(0),
    offset: 0,
    minIndex: 0,
    maxIndex: -1,
    total: 0,
    collapsed: false,
  };
}

/**
 * Adds `count` values at bin `index`. The common case, a bin inside the current range, is one
 * increment; the rest (first value, a new extreme, a fold) goes through `addOutside`.
 */
export function addToStore(store: SketchStore, index: number, count: number, maxBins: number) {
  if (store.total > 0 && index >= store.minIndex && index <= store.maxIndex) {
    store.counts[index - store.offset]! += count;
    store.total += count;
    return;
  }
  addOutside(store, index, count, maxBins);
}

function addOutside(store: SketchStore, index: number, count: number, maxBins: number) {
  if (store.total === 0) {
    ensureRange(store, index, index, maxBins);
    store.minIndex = index;
    store.maxIndex = index;
    store.counts[index - store.offset]! += count;
    store.total = count;
    return;
  }
  const hi = Math.max(store.maxIndex, index);
  const floor = hi - maxBins + 1;
  // Bins that fall below the cap once `hi` is the highest bin are emptied now and re-added at
  // `floor` after the range has moved, since `floor` may lie beyond the current array.
  const folded = store.minIndex < floor ? takeBelow(store, floor) : 0;
  const lo = Math.max(Math.min(store.minIndex, index), floor);
  ensureRange(store, lo, hi, maxBins);
  if (folded > 0) store.counts[floor - store.offset]! += folded;
  if (folded > 0 || index < floor) store.collapsed = true;
  store.counts[Math.max(index, floor) - store.offset]! += count;
  store.minIndex = lo;
  store.maxIndex = hi;
  store.total += count;
}

/** Empties the bins below `floor` and returns how many values they held. */
function takeBelow(store: SketchStore, floor: number): number {
  const end = Math.min(store.maxIndex, floor - 1);
  let sum = 0;
  for (let i = store.minIndex; i <= end; i++) {
    const k = i - store.offset;
    sum += store.counts[k]!;
    store.counts[k] = 0;
  }
  return sum;
}

/**
 * Makes bins lo..hi addressable, reallocating with some slack on the side that grew. The array
 * never exceeds `maxBins` (callers keep hi − lo < maxBins), so a store's memory is bounded
 * whatever the number of values.
 */
function ensureRange(store: SketchStore, lo: number, hi: number, maxBins: number) {
  const old = store.counts;
  if (lo >= store.offset && hi < store.offset + old.length) return;
  const needed = hi - lo + 1;
  const length = Math.min(maxBins, needed + Math.max(MIN_SLACK, needed >> 2));
  const extra = length - needed;
  const growsDown = old.length > 0 && lo < store.offset;
  const growsUp = old.length > 0 && hi >= store.offset + old.length;
  let offset = lo;
  if (growsDown && !growsUp) offset = lo - extra;
  else if (growsDown === growsUp) offset = lo - (extra >> 1);
  const counts = new Uint32Array(length);
  // Whatever lies outside lo..hi is empty by now (folded bins were emptied), so copying the
  // overlap of the old and new windows keeps every count.
  const from = Math.max(store.offset, offset);
  const to = Math.min(store.offset + old.length, offset + length);
  if (to > from) counts.set(old.subarray(from - store.offset, to - store.offset), from - offset);
  store.counts = counts;
  store.offset = offset;
}

/**
 * Adds every value of `from` to `into`, highest bins first so that a fold happens at most once.
 * Exactly the store of the union of both multisets (see the file comment).
 */
export function mergeStores(into: SketchStore, from: SketchStore, maxBins: number) {
  if (from.total === 0) return;
  for (let i = from.maxIndex; i >= from.minIndex; i--) {
    const count = from.counts[i - from.offset]!;
    if (count > 0) addToStore(into, i, count, maxBins);
  }
  if (from.collapsed) into.collapsed = true;
}

/** The non-empty bins in ascending order. */
export function storeBins(store: SketchStore): StoreBins {
  const indices: number[] = [];
  const counts: number[] = [];
  if (store.total === 0) return { indices, counts };
  for (let i = store.minIndex; i <= store.maxIndex; i++) {
    const count = store.counts[i - store.offset]!;
    if (count > 0) {
      indices.push(i);
      counts.push(count);
    }
  }
  return { indices, counts };
}

/** Bins allocated (the length of the counts array): the store's memory is 4 bytes per bin. */
export function allocatedBins(store: SketchStore): number {
  return store.counts.length;
}

/**
 * Rebuilds a store from `count` non-empty bins read at `start` of packed arrays (the form of
 * `toTransferable`), allocating exactly their range. Throws a TypeError if the bins are not
 * ascending, not whole counts in 1..2^32 − 1 or span more than `maxBins`.
 */
export function storeFromBins(
  indices: Int32Array,
  counts: Float64Array,
  start: number,
  count: number,
  collapsed: boolean,
  maxBins: number,
): SketchStore {
  const store = createStore();
  store.collapsed = collapsed;
  if (count === 0) return store;
  const lo = indices[start]!;
  const hi = indices[start + count - 1]!;
  if (!(hi >= lo && hi - lo < maxBins)) {
    throw new TypeError(`sketch bins ${lo}..${hi} are out of order or span over ${maxBins} bins`);
  }
  store.counts = new Uint32Array(hi - lo + 1);
  store.offset = lo;
  store.minIndex = lo;
  store.maxIndex = hi;
  let previous = lo - 1;
  for (let j = start; j < start + count; j++) {
    const index = indices[j]!;
    const binCount = counts[j]!;
    // A count past 32 bits would wrap in the store's Uint32Array: refused, never kept wrong.
    if (!(
      index > previous &&
      Number.isInteger(binCount) &&
      binCount > 0 &&
      binCount <= MAX_COUNT
    )) {
      throw new TypeError(
        `sketch bin ${index} (count ${binCount}) is out of order or not in 1..${MAX_COUNT}`,
      );
    }
    store.counts[index - lo] = binCount;
    store.total += binCount;
    previous = index;
  }
  return store;
}

/** Number of non-empty bins. */
export function nonEmptyBins(store: SketchStore): number {
  let bins = 0;
  if (store.total === 0) return bins;
  for (let i = store.minIndex; i <= store.maxIndex; i++) {
    if (store.counts[i - store.offset]! > 0) bins++;
  }
  return bins;
}
