import { describe, expect, it } from 'vitest';
import { buildRunResult, scenarioHash } from '../../../src/engine/index.ts';
import { createInProcessRunner } from '../../../src/workers/inProcessRunner.ts';
import { createHashApi } from '../../../src/workers/hashApi.ts';
import { runResultOf } from '../../../src/ui/state/runResultOf.ts';
import { smallScenario } from '../../workers/smallScenario.ts';

describe('a run’s result from a hash computed once', () => {
  it('is the result the engine’s buildRunResult makes, field for field', async () => {
    const scenario = smallScenario();
    const outcome = await createInProcessRunner().run({ scenario, trials: 70 });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const hash = createHashApi().hash(scenario);
    expect(hash).toBe(scenarioHash(scenario));
    expect(runResultOf(scenario, hash, outcome.summary, outcome.info)).toEqual(
      buildRunResult(scenario, outcome.summary, outcome.info),
    );
    // Flows are there (the Sankey's), not taken for metrics.
    expect(runResultOf(scenario, hash, outcome.summary, outcome.info).flows.length).toBeGreaterThan(
      0,
    );
  });
});
