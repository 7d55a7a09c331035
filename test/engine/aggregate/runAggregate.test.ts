import { describe, expect, it } from 'vitest';
import {
  aggregateBlock,
  blockCount,
  blockTrials,
  TRIALS_PER_BLOCK,
} from '../../../src/engine/aggregate/blocks.ts';
import { createOrderedMerger } from '../../../src/engine/aggregate/orderedMerger.ts';
import {
  addTrial,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  type RunAggregate,
  type RunSummary,
} from '../../../src/engine/aggregate/runAggregate.ts';
import {
  fromTransferable,
  toTransferable,
  transferablesOf,
  type RunAggregateData,
} from '../../../src/engine/aggregate/runTransfer.ts';
import { allocatedBins } from '../../../src/engine/aggregate/sketchStore.ts';
import { expectBitIdentical, mulberry32, syntheticTrial } from './fixture.ts';

const TRIALS = 1_000; // 16 blocks, the last one of 40 trials

/**
 * A run as a pool does it: `chunks` lists how many consecutive blocks each worker is given; each
 * worker aggregates its blocks one by one and sends each through structured clone; the blocks
 * reach the coordinator in a scrambled order (workers finish when they finish).
 */
function runInChunks(chunks: readonly number[], arrivalSeed: number, trials = TRIALS): RunSummary {
  const blocks = blockCount(trials);
  expect(chunks.reduce((sum, n) => sum + n, 0)).toBe(blocks);
  const messages: { block: number; data: RunAggregateData }[] = [];
  let block = 0;
  for (const size of chunks) {
    for (const end = block + size; block < end; block++) {
      const data = toTransferable(aggregateBlock(block, trials, syntheticTrial));
      messages.push({ block, data: structuredClone(data, { transfer: transferablesOf(data) }) });
    }
  }
  const shuffle = mulberry32(arrivalSeed);
  for (let i = messages.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [messages[i], messages[j]] = [messages[j]!, messages[i]!];
  }
  const merger = createOrderedMerger(createRunAggregate(), mergeRunAggregates, blocks);
  for (const { block, data } of messages) merger.offer(block, fromTransferable(data));
  return finalizeRun(merger.result());
}

function singlePass(trials = TRIALS): RunAggregate {
  const agg = createRunAggregate();
  for (let trial = 0; trial < trials; trial++) {
    const { metrics, series } = syntheticTrial(trial);
    addTrial(agg, metrics, series);
  }
  return agg;
}

describe('a run merged from blocks in block order', () => {
  const oneWorker = runInChunks([16], 1);

  it.each([
    ['2 workers, 8 blocks each', [8, 8], 2],
    ['8 workers, 2 blocks each', [2, 2, 2, 2, 2, 2, 2, 2], 3],
    ['uneven chunks 1, 5, 3, 7', [1, 5, 3, 7], 4],
    ['one block per message, reversed arrival', Array<number>(16).fill(1), 5],
  ])('is bit-identical with %s to 1 worker', (_, chunks, seed) => {
    const summary = runInChunks(chunks, seed);
    expect(summary).toEqual(oneWorker);
    expectBitIdentical(summary, oneWorker);
  });

  it('equals one pass over all trials: counts, quantiles, extremes, histograms exactly', () => {
    const pass = finalizeRun(singlePass());
    const dropMoments = (summary: RunSummary) => ({
      ...summary,
      metrics: Object.fromEntries(
        Object.entries(summary.metrics).map(([k, m]) => [k, { ...m, mean: 0, stderr: 0 }]),
      ),
      series: Object.fromEntries(
        Object.entries(summary.series).map(([k, s]) => [k, { ...s, mean: null }]),
      ),
    });
    expectBitIdentical(dropMoments(oneWorker), dropMoments(pass));
    for (const [name, metric] of Object.entries(pass.metrics)) {
      expect(oneWorker.metrics[name]!.mean / metric.mean, name).toBeCloseTo(1, 12);
      expect(oneWorker.metrics[name]!.stderr / metric.stderr, name).toBeCloseTo(1, 12);
    }
    const [merged, direct] = [oneWorker.series['navCNY']!, pass.series['navCNY']!];
    direct.mean.forEach((mean, t) => expect(merged.mean[t]! / mean).toBeCloseTo(1, 12));
  });

  it('counts a metric missing from a trial as undefined in that trial', () => {
    expect(oneWorker.trials).toBe(TRIALS);
    for (const metric of Object.values(oneWorker.metrics)) {
      expect(metric.count + metric.nanCount).toBe(TRIALS);
    }
    // exitQuarter is absent in trials 2, 7, 12, …; irr is NaN in about one trial in eight.
    expect(oneWorker.metrics['exitQuarter']!.nanCount).toBe(TRIALS / 5);
    expect(oneWorker.metrics['irr']!.nanCount).toBeGreaterThan(90);
    expect(oneWorker.metrics['tvpi']!.nanCount).toBe(0);
  });

  it('takes a metric first reported in a late block, with the earlier trials undefined', () => {
    const early = createRunAggregate();
    addTrial(early, { a: 1 });
    addTrial(early, { a: 2 });
    const late = createRunAggregate();
    addTrial(late, { a: 3, b: 10 });
    mergeRunAggregates(early, late);
    const summary = finalizeRun(early);
    expect([summary.metrics['b']!.count, summary.metrics['b']!.nanCount]).toEqual([1, 2]);
    expect(summary.metrics['a']!.mean).toBe(2);
  });

  it('accepts any string as a name, including __proto__ and constructor', () => {
    const agg = createRunAggregate();
    addTrial(agg, JSON.parse('{"__proto__": 1, "constructor": 2}') as Record<string, number>);
    addTrial(agg, {});
    const summary = finalizeRun(fromTransferable(toTransferable(agg)));
    expect(Object.keys(summary.metrics).sort()).toEqual(['__proto__', 'constructor']);
    expect(summary.metrics['constructor']!.nanCount).toBe(1);
  });

  it('refuses to merge aggregates with different sketch settings', () => {
    expect(() =>
      mergeRunAggregates(createRunAggregate(), createRunAggregate({ alpha: 0.01 })),
    ).toThrow(RangeError);
  });
});

describe('toTransferable / fromTransferable', () => {
  const agg = singlePass(300);

  it('round-trips through structured clone to the same summary and the same merges', () => {
    const copy = fromTransferable(structuredClone(toTransferable(agg)));
    expectBitIdentical(finalizeRun(copy), finalizeRun(agg));
    const [a, b] = [createRunAggregate(), createRunAggregate()];
    mergeRunAggregates(a, agg);
    mergeRunAggregates(a, agg);
    mergeRunAggregates(b, copy);
    mergeRunAggregates(b, copy);
    expectBitIdentical(finalizeRun(b), finalizeRun(a));
  });

  it('is plain data: arrays, strings, numbers and typed arrays only', () => {
    const data = toTransferable(agg);
    for (const value of Object.values(data)) {
      const plain =
        typeof value === 'string' ||
        typeof value === 'number' ||
        ArrayBuffer.isView(value) ||
        (Array.isArray(value) && value.every((x) => ['string', 'number'].includes(typeof x)));
      expect(plain).toBe(true);
    }
    expect(transferablesOf(data)).toHaveLength(5);
  });

  it('sends only non-empty bins, so a block of 64 trials stays small', () => {
    const data = toTransferable(aggregateBlock(0, TRIALS, syntheticTrial));
    // 4 metrics and 20 quarters, at most 64 values each.
    expect(data.binIndices.length).toBeLessThanOrEqual(24 * TRIALS_PER_BLOCK);
  });

  const corruptions: [string, (data: RunAggregateData) => unknown][] = [
    ['another format', (data) => Object.assign(data, { format: 'runAggregate/0' })],
    ['a fractional trial count', (data) => (data.trials = 2.5)],
    ['metric stats cut short', (data) => (data.metricStats = data.metricStats.slice(1))],
    ['a missing quarter mean', (data) => (data.seriesMeans = data.seriesMeans.slice(1))],
    ['bins cut short', (data) => (data.binCounts = data.binCounts.slice(1))],
    ['a header claiming extra bins', (data) => (data.sketchHeaders[4] = 1e9)],
    ['bins out of order', (data) => data.binIndices.reverse()],
    ['a count that does not add up', (data) => (data.sketchHeaders[0] = 1)],
    [
      'a bin count past 32 bits (with its sketch count raised to match)',
      (data) => {
        data.binCounts[0]! += 2 ** 32;
        data.sketchHeaders[0]! += 2 ** 32;
      },
    ],
    ['a duplicated name', (data) => (data.metricNames[1] = data.metricNames[0]!)],
  ];
  it.each(corruptions)('throws TypeError for data with %s', (_, corrupt) => {
    const data = toTransferable(agg);
    corrupt(data);
    expect(() => fromTransferable(data)).toThrow(TypeError);
  });
});

describe('memory', () => {
  /** Bins allocated over every sketch of a run: 4 bytes each, the bulk of an aggregate's memory. */
  function runBins(agg: RunAggregate): number {
    let bins = 0;
    for (const metric of agg.metrics.values()) {
      bins += allocatedBins(metric.sketch.positive) + allocatedBins(metric.sketch.negative);
    }
    for (const series of agg.series.values()) {
      for (const s of series.sketches)
        bins += allocatedBins(s.positive) + allocatedBins(s.negative);
    }
    return bins;
  }

  it('uses at most 1.5 times the bins for 100,000 trials as for 10,000', () => {
    const small = runBins(singlePass(10_000));
    const large = runBins(singlePass(100_000));
    expect(large).toBeLessThanOrEqual(1.5 * small);
    // Hard ceiling whatever the data: 24 sketches × 2 signs × 4096 bins.
    expect(large).toBeLessThanOrEqual(24 * 2 * 4096);
  });
});

describe('blocks', () => {
  it(`cuts a run into blocks of ${TRIALS_PER_BLOCK} consecutive trials, the last one shorter`, () => {
    expect([blockCount(0), blockCount(1), blockCount(64), blockCount(65)]).toEqual([0, 1, 1, 2]);
    expect(blockTrials(0, TRIALS)).toEqual({ start: 0, end: 64 });
    expect(blockTrials(15, TRIALS)).toEqual({ start: 960, end: 1000 });
  });

  it.each([-1, 16, 0.5])('blockTrials throws RangeError for block %s of a 1,000-trial run', (b) => {
    expect(() => blockTrials(b, TRIALS)).toThrow(RangeError);
  });

  it.each([-1, 2.5, NaN])('blockCount throws RangeError for %s trials', (trials) => {
    expect(() => blockCount(trials)).toThrow(RangeError);
  });
});
