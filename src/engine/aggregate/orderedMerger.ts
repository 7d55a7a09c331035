/**
 * Merging block aggregates in block order, so a run's result is the same bit for bit whatever
 * the number of workers.
 *
 * Why. Counts and sketch bins are whole numbers and add up the same in any order, but means and
 * sums of squared deviations are floating-point: (a + b) + c need not equal a + (b + c). So the
 * run fixes one order of operations that no chunking can change:
 *   1. trials are grouped in blocks of TRIALS_PER_BLOCK consecutive indices (blocks.ts), the
 *      same for 1, 2 or 8 workers;
 *   2. a worker aggregates whole blocks, each from an empty aggregate with its trials added in
 *      trial order, and sends each block's aggregate separately;
 *   3. the coordinator folds the block aggregates into an empty aggregate strictly in block
 *      order, ((B0 + B1) + B2) + …, buffering any that arrive early.
 * Every floating-point operation then has the same operands in the same order for any number of
 * workers and any chunk sizes. (It is not the same as adding all trials to one aggregate in one
 * pass, which differs from it in the last bits of means and standard errors; quantiles, counts,
 * extremes and histograms are identical either way.)
 *
 * Memory: the buffer holds only blocks that arrived ahead of a missing one, at most the blocks
 * in flight in the pool.
 */

export interface OrderedMerger<A> {
  /**
   * Hands over the aggregate of block `block`; merges it and any buffered successors as soon as
   * every earlier block has been merged. Throws a RangeError for a block offered twice or out of
   * range.
   */
  offer(block: number, aggregate: A): void;
  /** The merged aggregate; throws a RangeError while some block is missing. */
  result(): A;
  /** Blocks merged so far (always the first `merged()` blocks). */
  merged(): number;
  /** Blocks received but waiting for an earlier one. */
  pending(): number;
}

/**
 * @param into The empty aggregate to fold into (it becomes the result).
 * @param merge Adds its second argument into its first, e.g. `mergeRunAggregates`.
 * @param blocks Number of blocks of the run, from `blockCount(trials)`.
 */
export function createOrderedMerger<A>(
  into: A,
  merge: (into: A, from: A) => void,
  blocks: number,
): OrderedMerger<A> {
  if (!(Number.isSafeInteger(blocks) && blocks >= 0)) {
    throw new RangeError(`blocks must be an integer >= 0; got ${String(blocks)}`);
  }
  const waiting = new Map<number, A>();
  let next = 0;

  return {
    offer(block, aggregate) {
      if (!(Number.isInteger(block) && block >= 0 && block < blocks)) {
        throw new RangeError(`block must be an integer in [0, ${blocks - 1}]; got ${block}`);
      }
      if (block < next || waiting.has(block)) {
        throw new RangeError(`block ${block} was offered twice`);
      }
      waiting.set(block, aggregate);
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next);
        merge(into, ready);
        next++;
      }
    },
    result() {
      if (next < blocks) {
        throw new RangeError(
          `block ${next} of ${blocks} has not been offered (${waiting.size} later blocks wait)`,
        );
      }
      return into;
    },
    merged: () => next,
    pending: () => waiting.size,
  };
}
