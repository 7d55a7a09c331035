/**
 * One block's aggregate (runTransfer.ts) as bytes for a shard file, and back. The file must hold
 * each block whole — pre-merged blocks would change the order of floating-point sums, and a
 * merged run would no longer be the same bit for bit as one run in one process — so the bytes
 * are kept small: bin indices as differences from the previous one (small numbers that compress
 * well) and bin counts in the narrowest of 1, 2 or 8 bytes that holds them. Names stay out of
 * the bytes: a shard stores each distinct list of names once.
 *
 * Byte order is the machine's (little-endian on every platform Node and browsers run on).
 */

import { RUN_AGGREGATE_FORMAT, type RunAggregateData } from './runTransfer.ts';

/** What the bytes need beside them to become a block's aggregate again. */
export type BlockLayout = {
  alpha: number;
  maxBins: number;
  trials: number;
  metricNames: string[];
  seriesNames: string[];
  seriesLengths: number[];
  /** Number of non-empty bins, and how many bytes each bin count takes. */
  bins: number;
  countBytes: 1 | 2 | 8;
};

const SKETCH_HEADER = 7;
const METRIC_STATS = 4;

function countBytesFor(counts: Float64Array): 1 | 2 | 8 {
  let max = 0;
  for (const c of counts) {
    if (!(Number.isInteger(c) && c >= 0)) return 8;
    if (c > max) max = c;
  }
  return max <= 0xff ? 1 : max <= 0xffff ? 2 : 8;
}

/** The block's numbers as bytes, and the layout that reads them back. */
export function encodeBlock(data: RunAggregateData): { layout: BlockLayout; bytes: Uint8Array } {
  const countBytes = countBytesFor(data.binCounts);
  const deltas = new Int32Array(data.binIndices.length);
  for (let i = 0; i < deltas.length; i++)
    deltas[i] = data.binIndices[i]! - (i === 0 ? 0 : data.binIndices[i - 1]!);
  const counts =
    countBytes === 1
      ? Uint8Array.from(data.binCounts)
      : countBytes === 2
        ? Uint16Array.from(data.binCounts)
        : data.binCounts;
  const parts = [data.metricStats, data.seriesMeans, data.sketchHeaders, deltas, counts];
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return {
    layout: {
      alpha: data.alpha,
      maxBins: data.maxBins,
      trials: data.trials,
      metricNames: data.metricNames,
      seriesNames: data.seriesNames,
      seriesLengths: data.seriesLengths,
      bins: data.binIndices.length,
      countBytes,
    },
    bytes,
  };
}

/**
 * The block's aggregate data from its bytes and layout; a length that does not fit throws a
 * TypeError (fromTransferable then checks that the numbers are consistent).
 */
export function decodeBlock(layout: BlockLayout, bytes: Uint8Array): RunAggregateData {
  const quarters = layout.seriesLengths.reduce((n, l) => n + l, 0);
  const sketches = layout.metricNames.length + quarters;
  const sizes = [
    layout.metricNames.length * METRIC_STATS * 8,
    quarters * 8,
    sketches * SKETCH_HEADER * 8,
    layout.bins * 4,
    layout.bins * layout.countBytes,
  ];
  const expected = sizes.reduce((n, s) => n + s, 0);
  if (bytes.byteLength !== expected)
    throw new TypeError(
      `a block's data has ${bytes.byteLength} bytes; its layout needs ${expected}`,
    );
  let at = 0;
  // A copy of each part: typed arrays need aligned, whole buffers.
  const take = (size: number) => {
    const part = bytes.slice(at, at + size).buffer;
    at += size;
    return part;
  };
  const metricStats = new Float64Array(take(sizes[0]!));
  const seriesMeans = new Float64Array(take(sizes[1]!));
  const sketchHeaders = new Float64Array(take(sizes[2]!));
  const deltas = new Int32Array(take(sizes[3]!));
  const countBuffer = take(sizes[4]!);
  const counts =
    layout.countBytes === 1
      ? new Uint8Array(countBuffer)
      : layout.countBytes === 2
        ? new Uint16Array(countBuffer)
        : new Float64Array(countBuffer);
  const binIndices = new Int32Array(layout.bins);
  for (let i = 0; i < layout.bins; i++)
    binIndices[i] = deltas[i]! + (i === 0 ? 0 : binIndices[i - 1]!);
  return {
    format: RUN_AGGREGATE_FORMAT,
    alpha: layout.alpha,
    maxBins: layout.maxBins,
    trials: layout.trials,
    metricNames: layout.metricNames,
    metricStats,
    seriesNames: layout.seriesNames,
    seriesLengths: layout.seriesLengths,
    seriesMeans,
    sketchHeaders,
    binIndices,
    binCounts: Float64Array.from(counts),
  };
}
