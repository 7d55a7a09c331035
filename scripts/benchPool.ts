// Worker threads for `npm run bench`: a pool of 1 and a pool of 2 started and warmed up, then
// timed in turn on the same runs; prints one JSON line of trials a second. Started with the
// command line's V8 flags (package.json's `sim`), so the speed-up is the one `npm run sim` gets.
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/engine/index.ts';
import { createNodeRunner } from '../src/workers/nodeRunner.ts';
import { WORKER_HEAP_LIMIT_MIB } from '../src/workers/workerHeap.ts';

const [scenarioFile, trialsText = '512', roundsText = '3'] = process.argv.slice(2);
const parsed = parseScenario(readFileSync(scenarioFile!, 'utf8'));
if (!parsed.ok) throw new Error(`${scenarioFile} does not parse`);
const scenario = parsed.scenario;
const trials = Number(trialsText);
const pools = [1, 2].map((workers) => ({
  workers,
  runner: createNodeRunner(workers, { heapLimitMiB: WORKER_HEAP_LIMIT_MIB }),
}));
for (const { runner, workers } of pools) await runner.run({ scenario, trials: 64 * workers });
const rates: number[][] = [[], []];
for (let round = 0; round < Number(roundsText); round++)
  for (const [k, { runner }] of pools.entries()) {
    const started = performance.now();
    const outcome = await runner.run({ scenario, trials });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    rates[k]!.push(trials / ((performance.now() - started) / 1000));
  }
for (const { runner } of pools) runner.dispose();
console.log(JSON.stringify({ trials, oneWorker: rates[0], twoWorkers: rates[1] }));
