// `npm run bench`: the engine's speed and memory on the default scenario (issue: Monte Carlo at
// speed). Prints figures, asserts nothing: targets are judged by reading them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  createStreamBank,
  parseScenario,
  seedStreamInBank,
  simulateTrial,
  subStreamBase,
  nextInBank,
  trialRecord,
  type Scenario,
} from '../src/engine/index.ts';
import { DRAWS_PER_FIRM_QUARTER } from '../src/engine/firms/firmFates.ts';
import { createNodeRunner } from '../src/workers/nodeRunner.ts';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '40' },
    'pool-trials': { type: 'string', default: '512' },
    memory: { type: 'string', default: '1000,10000,100000' },
  },
});

const parsed = parseScenario(
  readFileSync(new URL('../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the default scenario does not parse');
const scenario: Scenario = parsed.scenario;
const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

// 1. One core: firm-quarters simulated per second, and the random draws they make.
const trials = Number(values.trials);
simulateTrial(scenario, 0); // warm-up
let firmQuarters = 0;
let firms = 0;
let quarters = 0;
const started = performance.now();
for (let t = 1; t <= trials; t++) {
  const result = simulateTrial(scenario, t);
  trialRecord(result);
  quarters = result.quarters;
  firms += result.firms.count;
  for (let s = 0; s <= 3; s++)
    for (let q = 0; q < quarters; q++) firmQuarters += result.firmsByStage[s * quarters + q]!;
}
const engineMs = performance.now() - started;
// Draws: five per live firm-quarter, six per arriving firm, two economy and three arrival counts a quarter.
const draws = firmQuarters * DRAWS_PER_FIRM_QUARTER + firms * 6 + trials * quarters * 5;
const bank = createStreamBank(1);
seedStreamInBank(bank, 0, subStreamBase(1, 0, 'firmFates'), 0);
let sink = 0;
const bareStart = performance.now();
for (let i = 0; i < draws; i++) sink += nextInBank(bank, 0);
const bareMs = performance.now() - bareStart;
const nsPerFirmQuarter = (engineMs * 1e6) / firmQuarters;
const bareNsPerFirmQuarter = (bareMs * 1e6 * (draws / firmQuarters)) / draws;
line(
  'trials on one core',
  `${trials} (${(engineMs / trials).toFixed(1)} ms a trial, metrics and series included)`,
);
line('firm-quarters per trial', (firmQuarters / trials).toFixed(0));
line('firm-quarters per second per core', (firmQuarters / (engineMs / 1000)).toExponential(3));
line('engine cost per firm-quarter', `${nsPerFirmQuarter.toFixed(1)} ns`);
line('random draws per firm-quarter', (draws / firmQuarters).toFixed(2));
line(
  'bare cost of those draws (same generator)',
  `${bareNsPerFirmQuarter.toFixed(1)} ns (sink ${sink.toFixed(0)})`,
);
line(
  'ratio engine / bare draws (target ≤ 4)',
  (nsPerFirmQuarter / bareNsPerFirmQuarter).toFixed(1),
);

// 2. Trials per second with 1 and 2 worker threads (workers started and warmed up first).
const poolTrials = Number(values['pool-trials']);
const rates: number[] = [];
for (const workers of [1, 2]) {
  const runner = createNodeRunner(workers);
  await runner.run({ scenario, trials: 64 * workers });
  const t0 = performance.now();
  const outcome = await runner.run({ scenario, trials: poolTrials });
  const ms = performance.now() - t0;
  runner.dispose();
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  rates.push(poolTrials / (ms / 1000));
  line(
    `trials per second, ${workers} worker${workers > 1 ? 's' : ''}`,
    `${rates.at(-1)!.toFixed(1)} (${poolTrials} trials)`,
  );
}
line('speed-up, 2 workers over 1 (target ≥ 1.8)', `${(rates[1]! / rates[0]!).toFixed(2)}×`);

// 3. Peak memory of whole runs in fresh processes.
const peaks: Array<[number, number]> = [];
for (const n of values.memory.split(',').filter(Boolean).map(Number)) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL('./bench-memory.ts', import.meta.url).pathname, String(n), '2'],
    {
      encoding: 'utf8',
    },
  );
  const { peakRssBytes, wallMs } = JSON.parse(out.trim().split('\n').at(-1)!) as {
    peakRssBytes: number;
    wallMs: number;
  };
  peaks.push([n, peakRssBytes]);
  line(
    `peak memory, ${n} trials (2 workers)`,
    `${(peakRssBytes / 2 ** 20).toFixed(0)} MiB, ${(wallMs / 1000).toFixed(1)} s`,
  );
}
const at = (n: number) => peaks.find(([k]) => k === n)?.[1];
if (at(10000) && at(100000))
  line(
    'memory, 100,000 over 10,000 trials (target ≤ 1.5)',
    `${(at(100000)! / at(10000)!).toFixed(2)}×`,
  );
