// `npm run bench`: the engine's speed and memory on the default scenario, against the targets of
// the README's speed table. Prints figures, asserts nothing: a benchmark, not a timed test.
//  1. one core, bundled as the workers run it: ms a trial (metrics, series and the block's
//     aggregate included) and the cost a firm-quarter over the reference loop's, timed in turn;
//  2. trials a second with 1 and 2 worker threads, in turn, and the speed-up;
//  3. the command line, 10,000 trials on 2 workers, in a fresh process: wall time and peak
//     resident memory of the whole process (its worker threads included);
//  4. with --browser, the app in Debian's Chromium (scripts/bench-browser.ts): first partial
//     result, complete, and the longest main-thread task of the default run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleForNode } from '../src/workers/nodeBundle.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    'pool-trials': { type: 'string', default: '512' },
    'cli-trials': { type: 'string', default: '10000' },
    browser: { type: 'boolean', default: false },
  },
});

const scenarioFile = new URL('../scenarios/hebei-2022.json', import.meta.url).pathname;
const line = (label: string, value: string) => console.log(`${label.padEnd(64)} ${value}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// `npm run sim`'s command from package.json: one malloc arena, a small young generation for the
// main thread and a single-threaded garbage collector (see scripts/sim.mjs).
const simCommand = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts.sim!;
/** The `--flags` a shell command passes to node. */
function nodeFlagsOf(command: string): string[] {
  const flags = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)/.exec(command)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

// 1. One core.
const core = JSON.parse(
  execFileSync(
    process.execPath,
    [bundleForNode(new URL('./benchCore.ts', import.meta.url)), scenarioFile, values.rounds],
    { encoding: 'utf8' },
  ).trim(),
) as {
  rounds: number;
  msPerTrial: number;
  msPerTrialWithFundSeries: number;
  referenceMsPerTrial: number;
  firmQuarters: number;
  referenceFirmQuarters: number;
  nsPerFirmQuarter: number;
  referenceNsPerFirmQuarter: number;
  ratio: number;
};
line(
  'one trial, one core, metrics and series included (target ≤ 3 ms)',
  `${core.msPerTrial.toFixed(2)} ms (median of ${core.rounds} blocks of 64)`,
);
line(
  'the same with every fund’s quarterly plan (--fund-series, the fund view)',
  `${core.msPerTrialWithFundSeries.toFixed(2)} ms`,
);
line('firm-quarters a trial', core.firmQuarters.toFixed(0));
line('engine cost a firm-quarter', `${core.nsPerFirmQuarter.toFixed(1)} ns`);
line(
  'reference loop a firm-quarter (scripts/referenceLoop.ts)',
  `${core.referenceNsPerFirmQuarter.toFixed(1)} ns (${core.referenceMsPerTrial.toFixed(2)} ms a trial)`,
);
line('engine ÷ reference loop, a firm-quarter (target ≤ 3×)', `${core.ratio.toFixed(2)}×`);

// 2. Worker threads, in a process started with the command line's V8 flags (see scripts/sim.mjs).
const poolRun = spawnSync(
  process.execPath,
  [
    ...nodeFlagsOf(simCommand),
    '--import',
    'tsx',
    new URL('./benchPool.ts', import.meta.url).pathname,
    scenarioFile,
    values['pool-trials'],
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (poolRun.status !== 0) throw new Error('the worker-thread measurement failed');
const pool = JSON.parse(poolRun.stdout.trim()) as {
  trials: number;
  oneWorker: number[];
  twoWorkers: number[];
};
const [one, two] = [median(pool.oneWorker), median(pool.twoWorkers)];
line(
  'trials a second, 1 worker',
  `${one.toFixed(1)} (median of ${pool.oneWorker.length} runs of ${pool.trials})`,
);
line('trials a second, 2 workers', `${two.toFixed(1)}`);
line('speed-up, 2 workers over 1 (target ≥ 1.9×)', `${(two / one).toFixed(2)}×`);

// 3. The command line in a fresh process.
// Started as `npm run sim` starts it, the peak-memory probe preloaded.
const cliTrials = values['cli-trials'];
const folder = mkdtempSync(join(tmpdir(), 'fund-chain-bench-'));
const started = performance.now();
const cli = spawnSync(
  'sh',
  [
    '-c',
    `${simCommand} "$@"`,
    'sim',
    scenarioFile,
    '--trials',
    cliTrials,
    '--workers',
    '2',
    '--out',
    join(folder, 'result.json'),
  ],
  {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_OPTIONS: `--import ${new URL('./peakMemory.mjs', import.meta.url).pathname}`,
      PEAK_MEMORY_FILE: join(folder, 'peak.json'),
    },
  },
);
const wallMs = performance.now() - started;
if (cli.status !== 0) throw new Error(`the CLI failed:\n${cli.stderr}`);
const { maxRssKiB } = JSON.parse(readFileSync(join(folder, 'peak.json'), 'utf8')) as {
  maxRssKiB: number;
};
rmSync(folder, { recursive: true, force: true });
line(
  `command line, ${cliTrials} trials, 2 workers (target ≤ 20 s)`,
  `${(wallMs / 1000).toFixed(1)} s (process start to exit)`,
);
line(
  `peak memory of that process (target ≤ 150 MiB)`,
  `${(maxRssKiB / 1024).toFixed(0)} MiB (resident, worker threads included)`,
);

// 4. The browser.
if (values.browser) {
  const browser = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('./bench-browser.ts', import.meta.url).pathname],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (browser.status !== 0) throw new Error('the browser measurement failed');
  process.stdout.write(browser.stdout);
} else line('browser figures', 'run `npm run bench -- --browser`');
