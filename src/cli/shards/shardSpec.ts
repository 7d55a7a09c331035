import { UsageError } from '../usageError.ts';

/** Most shards a run may be cut into (a job array of 10,000 tasks is already a large one). */
export const MAX_SHARDS = 10_000;

/**
 * `--shard I/K`: shard I of K, I from 0 to K − 1 (as JOB_COMPLETION_INDEX and `seq 0 K-1` count).
 */
export function parseShardSpec(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match)
    throw new UsageError(
      `--shard needs I/K, shard I of K counted from 0 (e.g. 0/4); got '${text}'`,
    );
  if (!(count >= 1 && count <= MAX_SHARDS))
    throw new UsageError(`--shard ${text}: K must be from 1 to ${MAX_SHARDS}; got ${match[2]}`);
  if (!(index < count))
    throw new UsageError(
      `--shard ${text}: I counts from 0, so it must be from 0 to ${count - 1}; got ${match[1]}`,
    );
  return { index, count };
}
