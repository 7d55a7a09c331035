import { canonicalJson, shardBlocks } from '../../engine/index.ts';
import type { ShardBlockEntry, ShardFile } from './shardFile.ts';

/** A shard read and checked on its own, with the file it came from. */
export type LoadedShard = { file: string; shard: ShardFile };

export type ShardCheck =
  | {
      ok: true;
      /** For each run of the shards (one, or a sweep's), every block in order with its shard. */
      runs: Array<Array<{ shard: LoadedShard; entry: ShardBlockEntry }>>;
      /** Which shards are present, for the log: "0, 1, 2, 3 of 4". */
      present: string;
    }
  | { ok: false; lines: string[] };

const trialsText = (start: number, end: number) => `trials ${start}–${end - 1}`;

/**
 * Checks that shards make one whole run: the same run (engine version, scenario, seed, trials,
 * number of shards), each shard's blocks where its index puts them, no trial twice, none
 * missing. Every problem is one line naming the files; missing trials name the shards to rerun.
 */
export function checkShards(shards: readonly LoadedShard[]): ShardCheck {
  const lines: string[] = [];
  const first = shards[0];
  if (!first) return { ok: false, lines: ['merge needs at least one shard file; got none'] };
  // The seed and trials are part of the scenario: name them before the scenario's hash.
  const same: Array<[string, (s: ShardFile) => string | number]> = [
    ['engine version', (s) => s.engineVersion],
    ['kind', (s) => s.kind],
    ['sweep', (s) => (s.sweep ? canonicalJson(s.sweep) : 'none')],
    ['seed', (s) => s.seed],
    ['number of trials', (s) => s.trials],
    ['per-fund series', (s) => (s.fundSeries ? 'kept (--fund-series)' : 'not kept')],
    ['number of shards', (s) => s.shard.count],
    ['scenario', (s) => `${s.scenarioId} (hash ${s.scenarioHash.slice(0, 12)}…)`],
    ['runs', (s) => s.runs.map((r) => `${r.scenarioHash}/${r.compareWithHash}`).join(' ')],
  ];
  for (const other of shards.slice(1)) {
    const differs = same.find(([, of]) => of(other.shard) !== of(first.shard));
    if (!differs) continue;
    const [what, of] = differs;
    lines.push(
      `${other.file} has ${what} ${of(other.shard)} but ${first.file} has ${what} ${of(first.shard)}: ` +
        'shards of different runs cannot be merged',
    );
  }
  if (lines.length > 0) return { ok: false, lines };

  const {
    trials,
    shard: { count },
  } = first.shard;
  for (const loaded of shards) {
    const { shard } = loaded;
    const expected = shardBlocks(trials, shard.shard.index, count);
    const runBlocks = shard.runs.map((run) => run.data.map((d) => d.block));
    const blocks = runBlocks[0] ?? [];
    const whole =
      runBlocks.every((b) => canonicalJson(b) === canonicalJson(blocks)) &&
      shard.blocks.start === expected.blockStart &&
      shard.blocks.end === expected.blockEnd &&
      shard.trialRange.start === expected.trialStart &&
      shard.trialRange.end === expected.trialEnd &&
      blocks.length === expected.blockEnd - expected.blockStart &&
      blocks.every((b, i) => b === expected.blockStart + i);
    if (!whole)
      lines.push(
        `${loaded.file} is damaged: shard ${shard.shard.index} of ${count} must hold blocks ` +
          `${expected.blockStart}–${expected.blockEnd - 1} (${trialsText(expected.trialStart, expected.trialEnd)}); ` +
          `it says ${trialsText(shard.trialRange.start, shard.trialRange.end)} and holds blocks ${blocks.join(', ') || 'none'}`,
      );
  }
  if (lines.length > 0) return { ok: false, lines };

  const byIndex = new Map<number, LoadedShard>();
  for (const loaded of shards) {
    const index = loaded.shard.shard.index;
    const earlier = byIndex.get(index);
    const { trialRange } = loaded.shard;
    if (earlier)
      lines.push(
        `${earlier.file} and ${loaded.file} overlap: both are shard ${index} of ${count} ` +
          `(${trialsText(trialRange.start, trialRange.end)}); keep one of them`,
      );
    else byIndex.set(index, loaded);
  }
  if (lines.length > 0) return { ok: false, lines };

  for (let index = 0; index < count; index++) {
    if (byIndex.has(index)) continue;
    const missing = shardBlocks(trials, index, count);
    if (missing.blockEnd > missing.blockStart)
      lines.push(
        `missing ${trialsText(missing.trialStart, missing.trialEnd)}: shard ${index} of ${count} ` +
          `is not among the files; run it (--shard ${index}/${count}) and merge again`,
      );
  }
  if (lines.length > 0) return { ok: false, lines };

  const present = [...byIndex.keys()].sort((a, b) => a - b);
  return {
    ok: true,
    runs: first.shard.runs.map((_, run) =>
      present.flatMap((index) => {
        const shard = byIndex.get(index)!;
        return shard.shard.runs[run]!.data.map((entry) => ({ shard, entry }));
      }),
    ),
    present: `${present.join(', ')} of ${count}`,
  };
}
