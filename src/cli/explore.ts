import { availableParallelism } from 'node:os';
import * as z from 'zod';
import {
  blockCount,
  formatParameterValue,
  runSeek,
  runSweep,
  runTornado,
  SeekResultSchema,
  seekCsv,
  SweepResultSchema,
  sweepCsv,
  TornadoResultSchema,
  tornadoCsv,
  type ExploreProgress,
} from '../engine/index.ts';
import { createNodeRunner } from '../workers/nodeRunner.ts';
import { pointRunnerOf } from '../workers/pointRunner.ts';
import { describeRunError } from '../workers/runError.ts';
import type { RunError } from '../workers/runner.ts';
import { EXIT } from './exitCodes.ts';
import { planExploration, type ExploreCommand, type ExplorePlan } from './explorePlan.ts';
import { pointLine, seekReport, sweepReport, tornadoReport } from './exploreTables.ts';
import { loadScenario } from './loadScenario.ts';
import { outputProblems, writeOutput, type OutputFile } from './outputFiles.ts';
import { createProgressBar } from './progressBar.ts';
import { runEstimate } from './runEstimate.ts';
import { assignments, type CliIo } from './simulate.ts';
import { workerCount } from './workerCount.ts';

/** Runs and scenario-trials an exploration plans (goal seek: at most). */
function size(plan: ExplorePlan, trials: number): { runs: number; scenarioTrials: number } {
  switch (plan.kind) {
    case 'sweep': {
      const paired = plan.plan.points.length - 1;
      return paired === 0
        ? { runs: 1, scenarioTrials: trials }
        : { runs: paired, scenarioTrials: 2 * paired * trials };
    }
    case 'tornado':
      return {
        runs: 1 + plan.plan.bars.length,
        scenarioTrials: (1 + 2 * plan.plan.bars.length) * trials,
      };
    case 'seek':
      return { runs: plan.plan.maxRuns, scenarioTrials: plan.plan.maxRuns * trials };
    default:
      return plan satisfies never;
  }
}

/** What was explored, in a word and its parameters, for the line said before it starts. */
function describePlan(plan: ExplorePlan): string {
  switch (plan.kind) {
    case 'sweep':
      return `sweep of ${plan.plan.parameters.map((p) => `${p.pathText} (${p.values.length})`).join(' × ')}: ${plan.plan.points.length} points, each but the base run paired with the base`;
    case 'tornado':
      return `tornado of ${plan.plan.metric} (${plan.plan.statistic}) over ${plan.plan.bars.length} parameters, each one's high end paired with its low end`;
    case 'seek':
      return `goal seek of ${plan.plan.parameter.pathText} in ${plan.plan.low}..${plan.plan.high} for ${plan.plan.metric}:${plan.plan.statistic} = ${plan.plan.target}, at most ${plan.plan.maxRuns} runs`;
    default:
      return plan satisfies never;
  }
}

/**
 * `sweep`, `tornado` and `seek`: loads the scenario with its `--set`s, checks every flag against
 * it (exit 2, nothing run), then runs point by point on a pool of worker threads, with progress
 * over the whole exploration on stderr and a line per finished point; Ctrl-C stops it. Writes
 * `--out` (JSON, checked against its schema) and `--csv`, and prints the tables and the summary.
 */
export async function explore(command: ExploreCommand, io: CliIo): Promise<number> {
  const error = (lines: readonly string[], code: number) => {
    io.stderr.write(lines.map((l) => (/^\s/.test(l) ? l : `error: ${l}`)).join('\n') + '\n');
    return code;
  };
  const { options } = command;
  const outputs: OutputFile[] = [];
  if (options.out) outputs.push({ flag: '--out', path: options.out });
  if (options.csv) outputs.push({ flag: '--csv', path: options.csv });
  const problems = outputProblems(outputs);
  if (problems.length > 0) return error(problems, EXIT.usage);

  const loaded = loadScenario(command.file, assignments(options));
  if (!loaded.ok) return error(loaded.lines, EXIT.usage);
  const scenario = loaded.scenario;
  const planned = planExploration(command, scenario);
  if (!planned.ok) return error(planned.lines, EXIT.usage);
  const plan = planned.plan;

  const trials = scenario.simulation.trials;
  const { runs, scenarioTrials } = size(plan, trials);
  const { workers, warning } = workerCount(
    options.workers,
    availableParallelism(),
    blockCount(trials),
  );
  if (warning) io.stderr.write(`warning: ${warning}\n`);
  io.stderr.write(
    `${scenario.id}: ${describePlan(plan)}; ${trials} trials a run, seed ${scenario.simulation.seed}, ` +
      `${workers} worker thread${workers === 1 ? '' : 's'}\n`,
  );
  io.stderr.write(
    `${runs}${plan.kind === 'seek' ? ' runs at most' : ` run${runs === 1 ? '' : 's'}`}, ` +
      `${scenarioTrials.toLocaleString('en')} scenario-trials: ${runEstimate([scenario], scenarioTrials, workers)}\n`,
  );

  const runner = createNodeRunner(workers);
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    if (++interrupts > 1) process.exit(EXIT.interrupted);
    io.stderr.write('\ninterrupted: stopping the workers (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  const bar = createProgressBar(io.stderr);
  const started = Date.now();
  let last: ExploreProgress = { runsDone: 0, runs, trialsDone: 0, trials: scenarioTrials };
  const onProgress = (p: ExploreProgress) => {
    last = p;
    const elapsedMs = Date.now() - started;
    bar.update({
      trialsDone: p.trialsDone,
      trials: p.trials,
      elapsedMs,
      etaMs: p.trialsDone > 0 ? (elapsedMs / p.trialsDone) * (p.trials - p.trialsDone) : Number.NaN,
    });
  };
  // A point's line goes above the bar: on a terminal the bar's line is cleared first.
  const say = (line: string) => io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}${line}\n`);
  onProgress(last);
  const run = pointRunnerOf(runner, controller.signal);
  let outcome:
    { ok: true; json: unknown; csv: () => string; report: string } | { ok: false; error: RunError };
  try {
    outcome = await execute(plan, run, onProgress, say);
  } catch (e) {
    bar.done();
    return error([e instanceof Error ? e.message : String(e)], EXIT.runFailed);
  } finally {
    bar.done();
    runner.dispose();
    process.off('SIGINT', onInterrupt);
  }
  if (!outcome.ok) {
    if (outcome.error.kind === 'cancelled') {
      io.stderr.write(`stopped after ${last.runsDone} of ${last.runs} runs; no file written\n`);
      return EXIT.interrupted;
    }
    return error([describeRunError(outcome.error, trials)], EXIT.runFailed);
  }
  const failures: string[] = [];
  for (const file of outputs) {
    const text =
      file.flag === '--out' ? `${JSON.stringify(outcome.json, null, 2)}\n` : outcome.csv();
    const problem = writeOutput(file, text);
    if (problem) failures.push(problem);
    else io.stderr.write(`wrote ${file.path}\n`);
  }
  io.stdout.write(outcome.report);
  return failures.length > 0 ? error(failures, EXIT.runFailed) : EXIT.ok;
}

/** Runs the plan and checks its result against the result's schema (a mismatch is a bug). */
async function execute(
  plan: ExplorePlan,
  run: ReturnType<typeof pointRunnerOf>,
  onProgress: (p: ExploreProgress) => void,
  say: (line: string) => void,
): Promise<
  { ok: true; json: unknown; csv: () => string; report: string } | { ok: false; error: RunError }
> {
  const checked = <T>(schema: z.ZodType<T>, value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new Error(
        `the result does not match its schema (a bug):\n${z.prettifyError(parsed.error)}`,
      );
    return parsed.data;
  };
  switch (plan.kind) {
    case 'sweep': {
      const { parameters } = plan.plan;
      const key = plan.metrics[0];
      const outcome = await runSweep(plan.plan, run, {
        onProgress,
        onPoint: (point) => {
          const where = point.values
            .map(
              (v, i) =>
                `${parameters[i]!.pathText} = ${formatParameterValue(parameters[i]!.unit, v, 'en')}`,
            )
            .join(', ');
          say(
            pointLine(
              `point ${point.index + 1}/${plan.plan.points.length}${point.base ? ' (base)' : ''}, ${where}`,
              key ?? '',
              key ? point.metrics[key]?.stats : undefined,
              plan.statistic,
            ),
          );
        },
      });
      if (!outcome.ok) return outcome;
      const result = checked(SweepResultSchema, outcome.result);
      return {
        ok: true,
        json: result,
        csv: () => sweepCsv(result),
        report: sweepReport(result, plan.metrics, plan.statistic),
      };
    }
    case 'tornado': {
      let done = 0;
      const outcome = await runTornado(plan.plan, run, {
        onProgress,
        onPoint: (bar) => {
          done++;
          const effect = bar.effect ? `${bar.effect.value > 0 ? '+' : ''}${bar.effect.value}` : '–';
          say(
            `bar ${done}/${plan.plan.bars.length}: ${bar.parameter.pathText} ${bar.low}..${bar.high}: effect ${effect}${bar.effect?.stderr == null ? '' : ` ±${bar.effect.stderr}`}`,
          );
        },
      });
      if (!outcome.ok) return outcome;
      const result = checked(TornadoResultSchema, outcome.result);
      return {
        ok: true,
        json: result,
        csv: () => tornadoCsv(result),
        report: tornadoReport(result),
      };
    }
    case 'seek': {
      let done = 0;
      const outcome = await runSeek(plan.plan, run, {
        onProgress,
        onPoint: (e) => {
          done++;
          say(
            pointLine(
              `run ${done}: ${plan.plan.parameter.pathText} = ${Number(e.value.toPrecision(6))}`,
              plan.plan.metric,
              e.stats,
              plan.plan.statistic,
            ),
          );
        },
      });
      if (!outcome.ok) return outcome;
      const result = checked(SeekResultSchema, outcome.result);
      return { ok: true, json: result, csv: () => seekCsv(result), report: seekReport(result) };
    }
    default:
      return plan satisfies never;
  }
}
