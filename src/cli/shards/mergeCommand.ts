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
  parseScenarioPath,
  planSweep,
  RunResultSchema,
  runSweep,
  scenarioHash,
  SUMMARY_METRICS,
  SweepResultSchema,
  type RunAggregate,
  type RunInfo,
  type RunPoint,
  type RunSummary,
  type Scenario,
  type SweepResult,
} from '../../engine/index.ts';
import { sweepReport } from '../exploreTables.ts';
import { EXIT } from '../exitCodes.ts';
import { fileProblem } from '../fileProblem.ts';
import { outputProblems, writeOutput } from '../outputFiles.ts';
import { runSummaryTable } from '../printSummary.ts';
import type { CliIo } from '../simulate.ts';
import { checkShards, type LoadedShard } from './checkShards.ts';
import { readShardText, shardBlockData, type ShardFile } from './shardFile.ts';

/**
 * `merge shard-*.json --out result.json`: checks that the shards make one whole run, then folds
 * their blocks in block order with the runner's own merge (createOrderedMerger over
 * mergeRunAggregates), so the result is the one a single process writes, byte for byte but for
 * its `run` block. Every refusal is its own message, exit status 2.
 */
export async function mergeShards(
  files: readonly string[],
  outPath: string,
  io: CliIo,
): Promise<number> {
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

  /** Run k of the shards, its blocks folded in block order as the runner folds them. */
  const merge = (run: number): { ok: true; summary: RunSummary } | { ok: false; line: string } => {
    const merged = createRunAggregate();
    const merger = createOrderedMerger<RunAggregate>(
      merged,
      mergeRunAggregates,
      blockCount(first.trials),
    );
    for (const { shard, entry } of checked.runs[run]!) {
      try {
        merger.offer(entry.block, fromTransferable(shardBlockData(shard.shard, entry)));
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return { ok: false, line: `${shard.file} is damaged: block ${entry.block}: ${why}` };
      }
    }
    return { ok: true, summary: finalizeRun(merger.result()) };
  };
  const info: RunInfo = {
    // The shards' time added up; a shard runs on one thread.
    wallTimeMs: shards.reduce((t, s) => t + s.shard.run.wallTimeMs, 0),
    workers: shards.length,
    runner: 'shards',
    startedAt: new Date(
      Math.min(...shards.map((s) => Date.parse(s.shard.run.startedAt))),
    ).toISOString(),
  };

  let json: unknown;
  let table: string;
  if (first.sweep) {
    const built = await mergedSweep(parsed.scenario, first, merge, info);
    if (!built.ok) return error([`${shards[0]!.file}: ${built.line}`], EXIT.usage);
    const result = SweepResultSchema.safeParse(built.result);
    if (!result.success)
      return error(
        [`the merged sweep does not match its schema (a bug): ${z.prettifyError(result.error)}`],
        EXIT.runFailed,
      );
    json = result.data;
    const shown = SUMMARY_METRICS.filter((key) => result.data.points[0]?.metrics[key]);
    table = sweepReport(result.data, shown, 'mean');
  } else {
    const run = merge(0);
    if (!run.ok) return error([run.line], EXIT.usage);
    const result = RunResultSchema.safeParse(buildRunResult(parsed.scenario, run.summary, info));
    if (!result.success)
      return error(
        ['the merged result does not match its schema (a bug):', z.prettifyError(result.error)],
        EXIT.runFailed,
      );
    json = result.data;
    table = runSummaryTable(result.data, false);
  }
  // Written as a single run writes it (simulate.ts), so the two files compare byte for byte.
  const problem = writeOutput(out, `${JSON.stringify(json, null, 2)}\n`);
  if (problem) return error([problem], EXIT.runFailed);
  io.stderr.write(`wrote ${out.path}\n`);
  io.stdout.write(table);
  return EXIT.ok;
}

/**
 * The sweep the shards ran, planned again from what they record and run through a RunPoint that
 * hands out the merged runs in the sweep's order: the same code as `sweep` turns them into the
 * result, so the file is the one `sweep --out` writes.
 */
async function mergedSweep(
  scenario: Scenario,
  shard: ShardFile,
  merge: (run: number) => { ok: true; summary: RunSummary } | { ok: false; line: string },
  info: RunInfo,
): Promise<{ ok: true; result: SweepResult } | { ok: false; line: string }> {
  const sweep = shard.sweep!;
  const parameters = [];
  for (const p of sweep.parameters) {
    const path = parseScenarioPath(p.path);
    if (!path.ok) return { ok: false, line: `is damaged: its sweep names no field at ${p.path}` };
    parameters.push({ path: path.path, values: p.values });
  }
  const planned = planSweep({ scenario, parameters, base: sweep.base });
  if (!planned.ok) return { ok: false, line: 'is damaged: its sweep cannot be planned again' };
  let next = 0;
  let problem: string | null = null;
  const runPoint: RunPoint<string> = async (request) => {
    const run = next++;
    const recorded = shard.runs[run];
    const same =
      recorded !== undefined &&
      recorded.scenarioHash === scenarioHash(request.scenario) &&
      recorded.compareWithHash === (request.compareWith ? scenarioHash(request.compareWith) : null);
    if (!same) return { ok: false, error: `is damaged: run ${run} is not the sweep's run ${run}` };
    const merged = merge(run);
    if (!merged.ok) {
      problem = merged.line;
      return { ok: false, error: merged.line };
    }
    return { ok: true, summary: merged.summary, info };
  };
  const outcome = await runSweep(planned.plan, runPoint);
  if (!outcome.ok) return { ok: false, line: problem ?? outcome.error };
  return { ok: true, result: outcome.result };
}
