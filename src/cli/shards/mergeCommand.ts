import { readFileSync } from 'node:fs';
import * as z from 'zod';
import {
  blockCount,
  buildRunResult,
  createOrderedMerger,
  createRunAggregate,
  finalizeRun,
  fromTransferable,
  mergeRunAggregates,
  parseScenario,
  RunResultSchema,
  scenarioHash,
  type RunAggregate,
} from '../../engine/index.ts';
import { EXIT } from '../exitCodes.ts';
import { fileProblem } from '../fileProblem.ts';
import { outputProblems, writeOutput } from '../outputFiles.ts';
import { runSummaryTable } from '../printSummary.ts';
import type { CliIo } from '../simulate.ts';
import { checkShards, type LoadedShard } from './checkShards.ts';
import { readShardText, shardBlockData } from './shardFile.ts';

/**
 * `merge shard-*.json --out result.json`: checks that the shards make one whole run, then folds
 * their blocks in block order with the runner's own merge (createOrderedMerger over
 * mergeRunAggregates), so the result is the one a single process writes, byte for byte but for
 * its `run` block. Every refusal is its own message, exit status 2.
 */
export function mergeShards(files: readonly string[], outPath: string, io: CliIo): number {
  const error = (lines: readonly string[], code: number) => {
    io.stderr.write(lines.map((l) => `error: ${l}`).join('\n') + '\n');
    return code;
  };
  const out = { flag: '--out', path: outPath };
  const problems = outputProblems([out]);
  if (problems.length > 0) return error(problems, EXIT.usage);

  const shards: LoadedShard[] = [];
  const lines: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      lines.push(`cannot read ${file}: ${fileProblem(e)}`);
      continue;
    }
    const read = readShardText(text);
    if (read.ok) shards.push({ file, shard: read.shard });
    else lines.push(`${file} ${read.problem}`);
  }
  if (lines.length > 0) return error(lines, EXIT.usage);
  const checked = checkShards(shards);
  if (!checked.ok) return error(checked.lines, EXIT.usage);
  const first = shards[0]!.shard;
  const parsed = parseScenario(first.scenario);
  if (!parsed.ok || scenarioHash(parsed.scenario) !== first.scenarioHash)
    return error(
      [`${shards[0]!.file} is damaged: its scenario does not parse to the hash it names`],
      EXIT.usage,
    );
  io.stderr.write(`shards present: ${checked.present}\n`);

  const merged = createRunAggregate();
  const merger = createOrderedMerger<RunAggregate>(
    merged,
    mergeRunAggregates,
    blockCount(first.trials),
  );
  for (const { shard, entry } of checked.blocks) {
    try {
      merger.offer(entry.block, fromTransferable(shardBlockData(shard.shard, entry)));
    } catch (e) {
      return error(
        [`${shard.file} is damaged: block ${entry.block}: ${e instanceof Error ? e.message : e}`],
        EXIT.usage,
      );
    }
  }
  const started = Math.min(...shards.map((s) => Date.parse(s.shard.run.startedAt)));
  const result = RunResultSchema.safeParse(
    buildRunResult(parsed.scenario, finalizeRun(merger.result()), {
      // The shards' time added up; a shard runs on one thread.
      wallTimeMs: shards.reduce((t, s) => t + s.shard.run.wallTimeMs, 0),
      workers: shards.length,
      runner: 'shards',
      startedAt: new Date(started).toISOString(),
    }),
  );
  if (!result.success)
    return error(
      ['the merged result does not match its schema (a bug):', z.prettifyError(result.error)],
      EXIT.runFailed,
    );
  // Written as a single run writes it (simulate.ts), so the two files compare byte for byte.
  const problem = writeOutput(out, `${JSON.stringify(result.data, null, 2)}\n`);
  if (problem) return error([problem], EXIT.runFailed);
  io.stderr.write(`wrote ${out.path}\n`);
  io.stdout.write(runSummaryTable(result.data, false));
  return EXIT.ok;
}
