import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/index.ts';
import { expectedArrivals, MAX_EXPECTED_ARRIVALS } from '../../src/engine/scenario/workBudget.ts';
import { createNodeRunner } from '../../src/workers/nodeRunner.ts';
import { WORKER_HEAP_LIMIT_MIB } from '../../src/workers/workerHeap.ts';

// The command line limits each worker's heap (workerHeap.ts). The limit must never stop a valid
// run: the heaviest scenario the work budget admits runs within it.
describe('the workers’ heap limit', () => {
  it('lets a trial of the largest admitted workload (250,000 expected arrivals) run', async () => {
    const json = JSON.parse(
      readFileSync(new URL('../../scenarios/hebei-2022.json', import.meta.url), 'utf8'),
    ) as { firms: { arrivals: Record<string, { meanPerQuarter: number }> } };
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error('the default scenario does not parse');
    const scale = MAX_EXPECTED_ARRIVALS / expectedArrivals(parsed.scenario);
    for (const stage of ['POC', 'ANGEL', 'EARLY'])
      json.firms.arrivals[stage]!.meanPerQuarter *= scale * 0.999;
    const heavy = parseScenario(json);
    expect(heavy.ok).toBe(true);
    if (!heavy.ok) return;
    const runner = createNodeRunner(1, { heapLimitMiB: WORKER_HEAP_LIMIT_MIB });
    try {
      const outcome = await runner.run({ scenario: heavy.scenario, trials: 1 });
      expect(outcome.ok ? 'ok' : JSON.stringify(outcome.error)).toBe('ok');
      if (outcome.ok)
        expect(outcome.summary.metrics['firms.arrived']?.mean).toBeGreaterThan(240_000);
    } finally {
      runner.dispose();
    }
  }, 120_000);
});
