/**
 * A run cut into shards for a batch engine (GNU parallel, a Slurm array, a Kubernetes Indexed
 * Job): shard `index` of `count` holds a run of whole blocks (blocks.ts), so that merging every
 * shard's blocks in block order is the very fold a single process does (orderedMerger.ts).
 * Shards differ in size by at most one block; with more shards than blocks some are empty.
 */

import { blockCount, TRIALS_PER_BLOCK } from './blocks.ts';

export type ShardBlocks = {
  /** Blocks blockStart ≤ b < blockEnd. */
  blockStart: number;
  blockEnd: number;
  /** Trials trialStart ≤ t < trialEnd. */
  trialStart: number;
  trialEnd: number;
};

/** The blocks and trials of shard `index` (0 ≤ index < count) of a run of `trials` trials. */
export function shardBlocks(trials: number, index: number, count: number): ShardBlocks {
  if (!(Number.isSafeInteger(count) && count >= 1))
    throw new RangeError(`shard count must be a whole number ≥ 1; got ${String(count)}`);
  if (!(Number.isSafeInteger(index) && index >= 0 && index < count))
    throw new RangeError(`shard index must be a whole number from 0 to ${count - 1}; got ${index}`);
  const blocks = blockCount(trials);
  const blockStart = Math.floor((index * blocks) / count);
  const blockEnd = Math.floor(((index + 1) * blocks) / count);
  const trialAt = (block: number) => Math.min(trials, block * TRIALS_PER_BLOCK);
  return { blockStart, blockEnd, trialStart: trialAt(blockStart), trialEnd: trialAt(blockEnd) };
}
