/**
 * A histogram for display, read off a quantile sketch without the raw values.
 *
 * The range [min, max] (exact, from the sketch) is cut into `HISTOGRAM_BINS` equal-width bins.
 * Every sketch bin puts its whole count into the histogram bin that holds its representative
 * value, clamped into [min, max]; exact zeros go where 0 falls. Sketch bins are at most 2α
 * wide relative to their values (1% at α = 0.005), so a value can land one histogram bin off
 * only when it lies within α·|x| of an edge. Counts stay whole numbers and add up to the
 * number of values, and the result depends only on the sketch, so it is as deterministic as
 * the sketch itself.
 */

import { binValue, type QuantileSketch } from './quantileSketch.ts';
import type { SketchStore } from './sketchStore.ts';

/** Number of equal-width bins of a histogram between min and max. */
export const HISTOGRAM_BINS = 40;

/** `counts[j]` values lie in [edges[j], edges[j+1]) (the last bin includes max). */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/**
 * An empty sketch gives no bins; a sketch whose values are all equal gives one bin
 * [min, max] holding them all.
 */
export function sketchHistogram(sketch: QuantileSketch, bins = HISTOGRAM_BINS): Histogram {
  if (!(Number.isInteger(bins) && bins >= 1)) {
    throw new RangeError(`histogram bins must be an integer >= 1; got ${String(bins)}`);
  }
  if (sketch.count === 0) return { edges: [], counts: [] };
  const { min, max } = sketch;
  if (min === max) return { edges: [min, max], counts: [sketch.count] };
  // Dividing before subtracting keeps the width finite even for extremes near ±1.8e308.
  const width = max / bins - min / bins;
  const edges: number[] = [];
  for (let j = 0; j < bins; j++) edges.push(min + j * width);
  edges.push(max);
  const counts: number[] = new Array<number>(bins).fill(0);
  const place = (value: number, count: number) => {
    const clamped = Math.min(max, Math.max(min, value));
    const j = Math.min(bins - 1, Math.max(0, Math.floor((clamped - min) / width)));
    counts[j]! += count;
  };
  placeStore(sketch, sketch.negative, -1, place);
  if (sketch.zeroCount > 0) place(0, sketch.zeroCount);
  placeStore(sketch, sketch.positive, 1, place);
  return { edges, counts };
}

function placeStore(
  sketch: QuantileSketch,
  store: SketchStore,
  sign: 1 | -1,
  place: (value: number, count: number) => void,
) {
  if (store.total === 0) return;
  for (let i = store.minIndex; i <= store.maxIndex; i++) {
    const count = store.counts[i - store.offset]!;
    if (count > 0) place(sign * binValue(sketch, i), count);
  }
}
