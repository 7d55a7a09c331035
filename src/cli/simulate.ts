import { availableParallelism } from 'node:os';
import * as z from 'zod';
import {
  blockCount,
  buildComparisonResult,
  buildRunResult,
  ComparisonResultSchema,
  ledgerToCSV,
  RunResultSchema,
  simulateTrial,
  type Scenario,
} from '../engine/index.ts';
import { createNodeRunner } from '../workers/nodeRunner.ts';
import { WORKER_HEAP_LIMIT_MIB } from '../workers/workerHeap.ts';
import { describeRunError } from '../workers/runError.ts';
import { runEstimate } from './runEstimate.ts';
import { workerCount } from './workerCount.ts';
import type { RunError } from '../workers/runner.ts';
import { EXIT } from './exitCodes.ts';
import { loadScenario } from './loadScenario.ts';
import { outputProblems, withSuffix, writeOutput, type OutputFile } from './outputFiles.ts';
import type { RunOptions } from './parseArgs.ts';
import { comparisonSummaryTable, perFiscalYuanTable, runSummaryTable } from './printSummary.ts';
import { createProgressBar, type ProgressSink } from './progressBar.ts';
import type { SetAssignment } from './setPath.ts';
import { comparisonSummaryCsv, runSummaryCsv, summarizeComparison } from '../engine/index.ts';

export type CliIo = {
  stdout: { write(text: string): unknown };
  stderr: ProgressSink;
};

/** `--trials` and `--seed` are `--set`s of the simulation section, applied after the others. */
export function assignments(options: RunOptions): SetAssignment[] {
  const sets = [...options.sets];
  const add = (flag: string, field: 'trials' | 'seed', value: number | undefined) => {
    if (value !== undefined)
      sets.push({
        text: `${flag} ${value}`,
        path: ['simulation', field],
        pathText: `simulation.${field}`,
        value,
      });
  };
  add('--trials', 'trials', options.trials);
  add('--seed', 'seed', options.seed);
  return sets;
}

function runErrorText(error: RunError, trials: number): string {
  return describeRunError(error, trials);
}

/**
 * Runs one scenario, or two paired (`compare`), on a pool of worker threads: checks every input
 * first, shows progress on stderr, writes the files asked for and prints the summary table.
 * Returns the exit status.
 */
export async function simulate(
  files: readonly string[],
  options: RunOptions,
  io: CliIo,
): Promise<number> {
  // Each problem is a line `error: …`; the indented lines under one are its details.
  const error = (lines: readonly string[], code: number) => {
    io.stderr.write(lines.map((l) => (/^\s/.test(l) ? l : `error: ${l}`)).join('\n') + '\n');
    return code;
  };
  const compare = files.length === 2;

  const outputs: OutputFile[] = [];
  if (options.out) outputs.push({ flag: '--out', path: options.out });
  if (options.csv) outputs.push({ flag: '--csv', path: options.csv });
  const ledgerFiles: OutputFile[] = options.ledger
    ? compare
      ? ['a', 'b'].map((s) => ({ flag: '--ledger-out', path: withSuffix(options.ledger!.out, s) }))
      : [{ flag: '--ledger-out', path: options.ledger.out }]
    : [];
  const problems = outputProblems([...outputs, ...ledgerFiles]);
  if (problems.length > 0) return error(problems, EXIT.usage);

  const sets = assignments(options);
  const loaded = files.map((file) => loadScenario(file, sets));
  const lines = loaded.flatMap((l) => (l.ok ? [] : l.lines));
  if (lines.length > 0) return error(lines, EXIT.usage);
  const scenarios = loaded.map((l) => (l.ok ? l.scenario : null)).filter((s) => s !== null);
  const a = scenarios[0]!;
  const b: Scenario | undefined = scenarios[1];

  if (b) {
    for (const field of ['seed', 'trials'] as const) {
      if (a.simulation[field] !== b.simulation[field])
        return error(
          [
            `compare runs both scenarios with the same ${field}, but ${files[0]} has ` +
              `simulation.${field} ${a.simulation[field]} and ${files[1]} has ` +
              `${b.simulation[field]}; give --${field} to set both`,
          ],
          EXIT.usage,
        );
    }
  }
  const trials = a.simulation.trials;
  if (options.ledger && options.ledger.trial >= trials)
    return error(
      [
        `--ledger-trial must be a trial of this run, from 0 to ${trials - 1}; ` +
          `got ${options.ledger.trial}`,
      ],
      EXIT.usage,
    );

  const { workers, warning } = workerCount(
    options.workers,
    availableParallelism(),
    blockCount(trials),
  );
  if (warning) io.stderr.write(`warning: ${warning}\n`);
  io.stderr.write(
    `${b ? `${a.id} vs ${b.id}` : a.id}: ${trials} trials, seed ${a.simulation.seed}, ` +
      `${workers} worker thread${workers === 1 ? '' : 's'}\n`,
  );
  io.stderr.write(`${runEstimate(b ? [a, b] : [a], trials, workers)}\n`);

  const runner = createNodeRunner(workers, { heapLimitMiB: WORKER_HEAP_LIMIT_MIB });
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    if (++interrupts > 1) process.exit(EXIT.interrupted);
    io.stderr.write('\ninterrupted: stopping the workers (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  const bar = createProgressBar(io.stderr);
  let trialsDone = 0;
  bar.update({ trialsDone: 0, trials, elapsedMs: 0, etaMs: Number.NaN });
  let outcome;
  try {
    const fundSeries = options.fundSeries ? { fundSeries: true } : {};
    outcome = await runner.run(
      { scenario: a, ...(b ? { compareWith: b } : {}), ...fundSeries },
      {
        signal: controller.signal,
        partialEveryMs: 0,
        onProgress: (p) => {
          trialsDone = p.trialsDone;
          bar.update(p);
        },
      },
    );
  } finally {
    bar.done();
    runner.dispose();
    process.off('SIGINT', onInterrupt);
  }
  if (!outcome.ok) {
    if (outcome.error.kind === 'cancelled') {
      io.stderr.write(`stopped after ${trialsDone} of ${trials} trials; no file written\n`);
      return EXIT.interrupted;
    }
    return error([runErrorText(outcome.error, trials)], EXIT.runFailed);
  }

  const summary = outcome.summary;
  const schemaError = (e: z.ZodError) =>
    error(
      [
        'the result does not match its schema (a bug):',
        ...z
          .prettifyError(e)
          .split('\n')
          .map((l) => `  ${l}`),
      ],
      EXIT.runFailed,
    );
  let report: { result: unknown; csv: () => string; table: string };
  if (b) {
    const checked = ComparisonResultSchema.safeParse(
      buildComparisonResult(a, b, summary, outcome.info),
    );
    if (!checked.success) return schemaError(checked.error);
    const said = (locale: 'en' | 'zh') => `  ${summarizeComparison(checked.data, a, b, locale)}`;
    report = {
      result: checked.data,
      csv: () => comparisonSummaryCsv(checked.data, summary),
      // The plain-language summary reads from b to a, as the differences are a − b.
      table:
        comparisonSummaryTable(checked.data, options.all) +
        `\n${perFiscalYuanTable(checked.data)}` +
        `\nSummary (from b to a):\n${said('en')}\n${said('zh')}\n`,
    };
  } else {
    const checked = RunResultSchema.safeParse(buildRunResult(a, summary, outcome.info));
    if (!checked.success) return schemaError(checked.error);
    report = {
      result: checked.data,
      csv: () => runSummaryCsv(checked.data),
      table: runSummaryTable(checked.data, options.all),
    };
  }

  const texts: Array<[OutputFile, () => string]> = outputs.map((file) => [
    file,
    file.flag === '--out' ? () => `${JSON.stringify(report.result, null, 2)}\n` : report.csv,
  ]);
  ledgerFiles.forEach((file, i) => {
    const scenario = i === 0 ? a : b!;
    texts.push([file, () => ledgerToCSV(simulateTrial(scenario, options.ledger!.trial).ledger)]);
  });
  const failures: string[] = [];
  for (const [file, text] of texts) {
    const problem = writeOutput(file, text());
    if (problem) failures.push(problem);
    else io.stderr.write(`wrote ${file.path}\n`);
  }

  io.stdout.write(report.table);
  return failures.length > 0 ? error(failures, EXIT.runFailed) : EXIT.ok;
}
