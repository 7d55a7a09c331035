import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as z from 'zod';
import {
  canonicalJson,
  decodeBlock,
  encodeBlock,
  type BlockLayout,
  type RunAggregateData,
} from '../../engine/index.ts';

/**
 * A shard file: the full mergeable state of a run of whole blocks of trials — each block's
 * aggregate on its own (sketch bins, counts, means and sums of squares of every metric and
 * series), so that merge folds them in block order exactly as one process does — with what
 * merge checks first (engine version, scenario hash, seed, trials, which blocks) and a checksum
 * over all of it. Each block's bytes (blockCodec.ts) are gzipped and written in base64.
 */

export const SHARD_FORMAT = 'fund-chain-shard/2';

const NameSetSchema = z.strictObject({
  metricNames: z.array(z.string()),
  seriesNames: z.array(z.string()),
  seriesLengths: z.array(z.int().min(0)),
});

const BlockEntrySchema = z.strictObject({
  block: z.int().min(0),
  names: z.int().min(0).meta({ description: 'Index into nameSets' }),
  alpha: z.number(),
  maxBins: z.int(),
  trials: z.int().min(0),
  bins: z.int().min(0),
  countBytes: z.union([z.literal(1), z.literal(2), z.literal(8)]),
  data: z.string().meta({ description: 'The block’s bytes, gzipped, in base64' }),
});

const ShardRunSchema = z.strictObject({
  scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
  compareWithHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .meta({ description: 'The scenario a paired run is compared with (a sweep’s base point)' }),
  data: z.array(BlockEntrySchema).meta({ description: 'The shard’s blocks of this run, in order' }),
});

/** What a sweep shard was asked to sweep: merge plans the same sweep again from it. */
const ShardSweepSchema = z.strictObject({
  parameters: z.array(
    z.strictObject({
      path: z.string(),
      values: z.array(z.union([z.number(), z.boolean(), z.string()])),
    }),
  ),
  base: z.array(z.union([z.number(), z.boolean(), z.string()])),
});

export const ShardFileSchema = z
  .strictObject({
    format: z.literal(SHARD_FORMAT),
    kind: z.enum(['run', 'sweep']).meta({
      description: 'run: one run of the scenario; sweep: every run of a sweep, in its order',
    }),
    sweep: ShardSweepSchema.nullable(),
    engineVersion: z.string(),
    scenarioId: z.string(),
    scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
    seed: z.int(),
    trials: z.int().min(1),
    fundSeries: z
      .boolean()
      .meta({ description: 'Whether the blocks keep every fund’s quarterly plan (--fund-series)' }),
    shard: z.strictObject({ index: z.int().min(0), count: z.int().min(1) }),
    blocks: z.strictObject({ start: z.int().min(0), end: z.int().min(0) }),
    trialRange: z
      .strictObject({ start: z.int().min(0), end: z.int().min(0) })
      .meta({ description: 'Trials start ≤ t < end' }),
    scenario: z.record(z.string(), z.unknown()).meta({ description: 'The parsed scenario' }),
    run: z.strictObject({ wallTimeMs: z.number(), startedAt: z.string() }),
    nameSets: z.array(NameSetSchema),
    runs: z.array(ShardRunSchema).min(1),
    checksum: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the canonical JSON of every other field' }),
  })
  .meta({ title: 'Shard of a run: block aggregates to merge' });
export type ShardFile = z.infer<typeof ShardFileSchema>;

/** The header of a shard: everything but its blocks and checksum. */
export type ShardHeader = Omit<ShardFile, 'nameSets' | 'runs' | 'checksum'>;
export type ShardBlockEntry = ShardFile['runs'][number]['data'][number];

/** One run's blocks as the shard ran them. */
export type ShardRunBlocks = {
  scenarioHash: string;
  compareWithHash: string | null;
  blocks: ReadonlyArray<{ block: number; data: RunAggregateData }>;
};

const checksumOf = (content: Omit<ShardFile, 'checksum'>) =>
  `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;

/** The shard with its checksum (re)computed over everything else. */
export function sealShard(content: Omit<ShardFile, 'checksum'>): ShardFile {
  return { ...content, checksum: checksumOf(content) };
}

/** The shard file of `header` and its runs' blocks (in block order), checksum included. */
export function buildShardFile(header: ShardHeader, runs: readonly ShardRunBlocks[]): ShardFile {
  const nameSets: ShardFile['nameSets'] = [];
  const keys: string[] = [];
  const entry = ({ block, data: aggregate }: ShardRunBlocks['blocks'][number]): ShardBlockEntry => {
    const { layout, bytes } = encodeBlock(aggregate);
    const names = {
      metricNames: layout.metricNames,
      seriesNames: layout.seriesNames,
      seriesLengths: layout.seriesLengths,
    };
    const key = JSON.stringify(names);
    let at = keys.indexOf(key);
    if (at < 0) {
      at = keys.push(key) - 1;
      nameSets.push(names);
    }
    return {
      block,
      names: at,
      alpha: layout.alpha,
      maxBins: layout.maxBins,
      trials: layout.trials,
      bins: layout.bins,
      countBytes: layout.countBytes,
      data: gzipSync(bytes, { level: 9 }).toString('base64'),
    };
  };
  const encoded = runs.map((run) => ({
    scenarioHash: run.scenarioHash,
    compareWithHash: run.compareWithHash,
    data: run.blocks.map(entry),
  }));
  return sealShard({ ...header, nameSets, runs: encoded });
}

/** Why a file is not a shard that can be merged: one sentence, the file named by the caller. */
export type ShardReadResult = { ok: true; shard: ShardFile } | { ok: false; problem: string };

/** Reads a shard file's text: JSON, its schema, then its checksum. */
export function readShardText(text: string): ShardReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problem: `is damaged: not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== SHARD_FORMAT)
    return {
      ok: false,
      problem: `is not a shard file: expected format "${SHARD_FORMAT}", got ${JSON.stringify(format) ?? 'none'}`,
    };
  const parsed = ShardFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: `is damaged: ${z.prettifyError(parsed.error).split('\n').join(' ')}`,
    };
  const { checksum, ...content } = parsed.data;
  if (checksumOf(content) !== checksum)
    return {
      ok: false,
      problem: 'is damaged: its checksum does not match its content (truncated or edited?)',
    };
  return { ok: true, shard: parsed.data };
}

/** A block of a checked shard as aggregate data; a block whose bytes do not fit throws. */
export function shardBlockData(shard: ShardFile, entry: ShardBlockEntry) {
  const names = shard.nameSets[entry.names];
  if (!names) throw new TypeError(`block ${entry.block} names a list of names that is not there`);
  const layout: BlockLayout = { ...names, ...entry };
  return decodeBlock(layout, new Uint8Array(gunzipSync(Buffer.from(entry.data, 'base64'))));
}
