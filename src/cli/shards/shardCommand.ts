import {
  ENGINE_VERSION,
  runBlock,
  scenarioHash,
  shardBlocks,
  type RunAggregateData,
} from '../../engine/index.ts';
import { describeRunError } from '../../workers/runError.ts';
import { EXIT } from '../exitCodes.ts';
import { loadScenario } from '../loadScenario.ts';
import { outputProblems, writeOutput } from '../outputFiles.ts';
import type { RunOptions } from '../parseArgs.ts';
import { createProgressBar } from '../progressBar.ts';
import { assignments, type CliIo } from '../simulate.ts';
import { buildShardFile } from './shardFile.ts';

export type ShardSpec = { index: number; count: number };

/**
 * `shard FILE --shard I/K --out F`: runs only the blocks of shard I of K, in this process (a
 * batch engine gives each shard its own core), and writes them for `merge`. Rerunning a shard
 * replaces its file and nothing else.
 */
export async function runShard(
  file: string,
  options: RunOptions,
  spec: ShardSpec,
  io: CliIo,
): Promise<number> {
  const error = (lines: readonly string[], code: number) => {
    io.stderr.write(lines.map((l) => (/^\s/.test(l) ? l : `error: ${l}`)).join('\n') + '\n');
    return code;
  };
  const out = { flag: '--out', path: options.out! };
  const problems = outputProblems([out]);
  if (problems.length > 0) return error(problems, EXIT.usage);
  const loaded = loadScenario(file, assignments(options));
  if (!loaded.ok) return error(loaded.lines, EXIT.usage);
  const { scenario } = loaded;
  const trials = scenario.simulation.trials;
  const range = shardBlocks(trials, spec.index, spec.count);
  io.stderr.write(
    `${scenario.id}: shard ${spec.index} of ${spec.count}, trials ${range.trialStart}–${range.trialEnd - 1} ` +
      `of ${trials} (blocks ${range.blockStart}–${range.blockEnd - 1}), seed ${scenario.simulation.seed}\n`,
  );
  const started = Date.now();
  const bar = createProgressBar(io.stderr);
  const shardTrials = range.trialEnd - range.trialStart;
  const blocks: Array<{ block: number; data: RunAggregateData }> = [];
  let done = 0;
  try {
    for (let block = range.blockStart; block < range.blockEnd; block++) {
      const outcome = runBlock({ scenario, trials, block });
      if (!outcome.ok)
        return error([describeRunError({ ...outcome.failure, block }, trials)], EXIT.runFailed);
      blocks.push({ block, data: outcome.data });
      done += outcome.data.trials;
      const elapsedMs = Date.now() - started;
      bar.update({
        trialsDone: done,
        trials: shardTrials,
        elapsedMs,
        etaMs: (elapsedMs / done) * (shardTrials - done),
      });
      // Let a Ctrl-C or a pipe close be seen between blocks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    bar.done();
  }
  const shard = buildShardFile(
    {
      format: 'fund-chain-shard/1',
      kind: 'run',
      engineVersion: ENGINE_VERSION,
      scenarioId: scenario.id,
      scenarioHash: scenarioHash(scenario),
      seed: scenario.simulation.seed,
      trials,
      shard: spec,
      blocks: { start: range.blockStart, end: range.blockEnd },
      trialRange: { start: range.trialStart, end: range.trialEnd },
      scenario,
      run: { wallTimeMs: Date.now() - started, startedAt: new Date(started).toISOString() },
    },
    blocks,
  );
  const problem = writeOutput(out, `${JSON.stringify(shard)}\n`);
  if (problem) return error([problem], EXIT.runFailed);
  io.stderr.write(`wrote ${out.path}\n`);
  return EXIT.ok;
}
