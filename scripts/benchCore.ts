// One core, bundled as the workers run it: the engine's blocks of the default scenario (metrics,
// series and the block's aggregate included; then again with per-fund series) timed in turn with
// the reference loop on the same trials; prints one JSON line of medians for `npm run bench`.
import { readFileSync } from 'node:fs';
import { createHazardTable } from '../src/engine/firms/hazardTable.ts';
import { parseScenario } from '../src/engine/scenario/parseScenario.ts';
import { runBlock } from '../src/engine/run/runBlock.ts';
import { TRIALS_PER_BLOCK } from '../src/engine/aggregate/blocks.ts';
import { simulateTrial } from '../src/engine/trial/simulateTrial.ts';
import { referenceTrial } from './referenceLoop.ts';

const [scenarioFile, roundsText = '7'] = process.argv.slice(2);
const parsed = parseScenario(readFileSync(scenarioFile!, 'utf8'));
if (!parsed.ok) throw new Error(`${scenarioFile} does not parse`);
const scenario = parsed.scenario;
const hazards = createHazardTable(scenario);
const rounds = Number(roundsText);
const trials = rounds * TRIALS_PER_BLOCK;

// Firm-quarters a trial, counted apart from the timing: the firms live at the end of a quarter
// are the firms stepped in the next.
let firmQuarters = 0;
for (let trial = 0; trial < TRIALS_PER_BLOCK; trial++) {
  const result = simulateTrial(scenario, trial, { hazards });
  for (let stage = 0; stage <= 3; stage++)
    for (let q = 0; q < result.quarters - 1; q++)
      firmQuarters += result.firmsByStage[stage * result.quarters + q]!;
}
firmQuarters /= TRIALS_PER_BLOCK;

const engineMs: number[] = [];
const fundSeriesMs: number[] = [];
const referenceMs: number[] = [];
let referenceFirmQuarters = 0;
runBlock({ scenario, trials, block: 0 }); // warm-up
for (let round = 0; round < rounds; round++) {
  let started = performance.now();
  const outcome = runBlock({ scenario, trials, block: round });
  engineMs.push((performance.now() - started) / TRIALS_PER_BLOCK);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  // The same block with every fund's quarterly plan kept (what the app's fund view asks for).
  started = performance.now();
  runBlock({ scenario, trials, block: round, fundSeries: true });
  fundSeriesMs.push((performance.now() - started) / TRIALS_PER_BLOCK);
  started = performance.now();
  let stepped = 0;
  for (let k = 0; k < TRIALS_PER_BLOCK; k++)
    stepped += referenceTrial(scenario, round * TRIALS_PER_BLOCK + k, hazards).firmQuarters;
  referenceMs.push((performance.now() - started) / TRIALS_PER_BLOCK);
  referenceFirmQuarters = stepped / TRIALS_PER_BLOCK;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const msPerTrial = median(engineMs);
const referenceMsPerTrial = median(referenceMs);
const nsPerFirmQuarter = (msPerTrial * 1e6) / firmQuarters;
const referenceNsPerFirmQuarter = (referenceMsPerTrial * 1e6) / referenceFirmQuarters;
console.log(
  JSON.stringify({
    rounds,
    msPerTrial,
    msPerTrialWithFundSeries: median(fundSeriesMs),
    referenceMsPerTrial,
    firmQuarters,
    referenceFirmQuarters,
    nsPerFirmQuarter,
    referenceNsPerFirmQuarter,
    ratio: nsPerFirmQuarter / referenceNsPerFirmQuarter,
  }),
);
