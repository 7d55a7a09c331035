import {
  createRunAggregate,
  ENGINE_VERSION,
  finalizeRun,
  fromTransferable,
  mergeRunAggregates,
  runBlock,
  runSweep,
  scenarioHash,
  shardBlocks,
  type RunAggregateData,
  type RunPoint,
  type Scenario,
} from '../../engine/index.ts';
import { describeRunError } from '../../workers/runError.ts';
import type { RunError } from '../../workers/runner.ts';
import { EXIT } from '../exitCodes.ts';
import type { SweepOptions } from '../exploreCommand.ts';
import { planExploration } from '../explorePlan.ts';
import { loadScenario } from '../loadScenario.ts';
import { outputProblems, writeOutput } from '../outputFiles.ts';
import type { RunOptions } from '../parseArgs.ts';
import { createProgressBar } from '../progressBar.ts';
import { assignments, type CliIo } from '../simulate.ts';
import { buildShardFile, SHARD_FORMAT, type ShardFile, type ShardRunBlocks } from './shardFile.ts';

export type ShardSpec = { index: number; count: number };

/**
 * `shard FILE --shard I/K --out F` (or `shard sweep FILE --param … --shard I/K --out F`): runs
 * only the blocks of shard I of K — of the run, or of every run of the sweep in its order — in
 * this process (a batch engine gives each shard its own core), and writes them for `merge`.
 * Rerunning a shard replaces its file and nothing else.
 */
export async function runShard(
  file: string,
  options: RunOptions,
  spec: ShardSpec,
  sweep: SweepOptions | null,
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
  const planned = sweep ? planExploration({ kind: 'sweep', file, options, sweep }, scenario) : null;
  if (planned && !planned.ok) return error(planned.lines, EXIT.usage);
  const sweepPlan = planned?.ok && planned.plan.kind === 'sweep' ? planned.plan.plan : null;
  const trials = scenario.simulation.trials;
  const range = shardBlocks(trials, spec.index, spec.count);
  const runs = sweepPlan ? Math.max(1, sweepPlan.points.length - 1) : 1;
  const what =
    range.blockEnd > range.blockStart
      ? `trials ${range.trialStart}–${range.trialEnd - 1} of ${trials} (blocks ${range.blockStart}–${range.blockEnd - 1})`
      : `no trials (${trials} trials make fewer blocks of 64 than there are shards)`;
  io.stderr.write(
    `${scenario.id}: shard ${spec.index} of ${spec.count}, ${what}` +
      `${sweepPlan ? ` of each of the sweep's ${runs} run${runs === 1 ? '' : 's'}` : ''}, seed ${scenario.simulation.seed}\n`,
  );

  const started = Date.now();
  const bar = createProgressBar(io.stderr);
  const shardTrials = range.trialEnd - range.trialStart;
  const collected: ShardRunBlocks[] = [];
  let trialsBefore = 0;
  const total = shardTrials * runs;
  /** A run of the shard's blocks only: what the sweep sees is a partial run, set aside. */
  const runPoint: RunPoint<RunError> = async (request) => {
    const aggregate = createRunAggregate();
    const blocks: Array<{ block: number; data: RunAggregateData }> = [];
    for (let block = range.blockStart; block < range.blockEnd; block++) {
      const outcome = runBlock({ ...request, trials, block, fundSeries: options.fundSeries });
      if (!outcome.ok) return { ok: false, error: { ...outcome.failure, block } };
      blocks.push({ block, data: outcome.data });
      mergeRunAggregates(aggregate, fromTransferable(outcome.data));
      trialsBefore += outcome.data.trials;
      const elapsedMs = Date.now() - started;
      bar.update({
        trialsDone: trialsBefore,
        trials: total,
        elapsedMs,
        etaMs: (elapsedMs / trialsBefore) * (total - trialsBefore),
      });
      // Let a Ctrl-C or a closed pipe be seen between blocks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const compared: Scenario | undefined = request.compareWith;
    collected.push({
      scenarioHash: scenarioHash(request.scenario),
      compareWithHash: compared ? scenarioHash(compared) : null,
      blocks,
    });
    return {
      ok: true,
      summary: finalizeRun(aggregate),
      info: { wallTimeMs: 0, workers: 1, runner: 'shard', startedAt: '' },
    };
  };
  let failure: RunError | null = null;
  try {
    if (sweepPlan) {
      const outcome = await runSweep(sweepPlan, runPoint);
      if (!outcome.ok) failure = outcome.error;
    } else {
      const outcome = await runPoint({ scenario }, () => {});
      if (!outcome.ok) failure = outcome.error;
    }
  } finally {
    bar.done();
  }
  if (failure) return error([describeRunError(failure, trials)], EXIT.runFailed);

  const header: Omit<ShardFile, 'nameSets' | 'runs' | 'checksum'> = {
    format: SHARD_FORMAT,
    kind: sweepPlan ? 'sweep' : 'run',
    sweep: sweepPlan
      ? {
          parameters: sweepPlan.parameters.map((p) => ({ path: p.pathText, values: p.values })),
          base: sweepPlan.points[sweepPlan.baseIndex]!.values,
        }
      : null,
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    seed: scenario.simulation.seed,
    trials,
    fundSeries: options.fundSeries,
    shard: spec,
    blocks: { start: range.blockStart, end: range.blockEnd },
    trialRange: { start: range.trialStart, end: range.trialEnd },
    scenario,
    run: { wallTimeMs: Date.now() - started, startedAt: new Date(started).toISOString() },
  };
  const problem = writeOutput(out, `${JSON.stringify(buildShardFile(header, collected))}\n`);
  if (problem) return error([problem], EXIT.runFailed);
  io.stderr.write(`wrote ${out.path}\n`);
  return EXIT.ok;
}
