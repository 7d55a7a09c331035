import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  aggregateBlock,
  blockCount,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  parseScenario,
  simulateTrial,
  trialRecord,
} from '../../src/engine/index.ts';

// The browser's Web Workers and Node give the same result bit for bit: the app's run of the
// default scenario, downloaded as JSON, against the same trials aggregated here in Node.
const TRIALS = 128;

test('the browser’s run equals the same run in Node, bit for bit (all but the run block)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByTestId('trials').fill(String(TRIALS));
  await page.getByTestId('trials').press('Enter');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('cancel')).toBeHidden({ timeout: 150_000 });
  await page.getByTestId('tab-results').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-json').click();
  const file = await (await downloading).path();
  const { run: _browserRun, ...browser } = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;

  const parsed = parseScenario(
    readFileSync(new URL('../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the default scenario does not parse');
  // The app runs the default scenario with the trial count typed in.
  const scenario = {
    ...parsed.scenario,
    simulation: { ...parsed.scenario.simulation, trials: TRIALS },
  };
  const aggregate = createRunAggregate();
  for (let block = 0; block < blockCount(TRIALS); block++)
    mergeRunAggregates(
      aggregate,
      aggregateBlock(block, TRIALS, (t) => trialRecord(simulateTrial(scenario, t))),
    );
  const node = buildRunResult(scenario, finalizeRun(aggregate), {
    wallTimeMs: 0,
    workers: 0,
    runner: 'node',
    startedAt: '',
  });
  const { run: _nodeRun, ...rest } = JSON.parse(JSON.stringify(node)) as Record<string, unknown>;
  expect(browser.trials).toBe(TRIALS);
  // A trial count typed in makes the scenario the user's own (issue 15): its own id, name and
  // hash. Every number is the engine's, and must match bit for bit.
  expect(browser.scenarioId).toMatch(/^hebei-2022-edited-[0-9a-f]{8}$/);
  for (const key of ['metrics', 'series', 'flows', 'seed', 'engineVersion'])
    expect(browser[key], key).toEqual(rest[key]);
  const { scenarioName: _b, ...browserParameters } = browser.chartParameters as Record<
    string,
    unknown
  >;
  const { scenarioName: _n, ...nodeParameters } = rest.chartParameters as Record<string, unknown>;
  expect(browserParameters).toEqual(nodeParameters);
});
