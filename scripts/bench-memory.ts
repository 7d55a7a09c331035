// One run of N trials in a pool of worker threads, printing the process's peak resident memory
// (sampled every 50 ms; worker threads live in this process, so their memory counts too).
import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/engine/index.ts';
import { createNodeRunner } from '../src/workers/nodeRunner.ts';

const [trialsText = '1000', workersText = '2'] = process.argv.slice(2);
const parsed = parseScenario(
  readFileSync(new URL('../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the default scenario does not parse');
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const runner = createNodeRunner(Number(workersText));
const started = performance.now();
const outcome = await runner.run({ scenario: parsed.scenario, trials: Number(trialsText) });
clearInterval(timer);
runner.dispose();
peak = Math.max(peak, process.memoryUsage().rss);
if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
console.log(
  JSON.stringify({
    trials: Number(trialsText),
    peakRssBytes: peak,
    wallMs: performance.now() - started,
  }),
);
