import { HEADLINE_METRICS } from '../../src/cli/printSummary.ts';
import {
  aggregateBlock,
  buildRunResult,
  createRunAggregate,
  finalizeRun,
  mergeRunAggregates,
  simulateTrial,
  trialRecord,
  type Scenario,
} from '../../src/engine/index.ts';

/** Trials of a golden run: one block of the runner, with the scenario's own seed. */
export const GOLDEN_TRIALS = 64;

export type GoldenStats = { p5: number | null; p50: number | null; p95: number | null };

/** What a golden file holds: the run it summarises and its headline P5/P50/P95, rounded. */
export type GoldenSummary = {
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  trials: number;
  metrics: Record<string, GoldenStats>;
};

/** Four significant digits: enough to catch a moved number, not float noise. */
function rounded(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(4));
}

/** Runs the golden trials of a scenario and summarises its headline metrics. */
export function goldenSummary(scenario: Scenario): GoldenSummary {
  const aggregate = createRunAggregate();
  mergeRunAggregates(
    aggregate,
    aggregateBlock(0, GOLDEN_TRIALS, (trial) => trialRecord(simulateTrial(scenario, trial))),
  );
  const result = buildRunResult(scenario, finalizeRun(aggregate), {
    wallTimeMs: 0,
    workers: 1,
    runner: 'in-process',
    startedAt: '',
  });
  const metrics: Record<string, GoldenStats> = {};
  for (const key of HEADLINE_METRICS) {
    const m = result.metrics[key];
    metrics[key] = m
      ? { p5: rounded(m.p5), p50: rounded(m.p50), p95: rounded(m.p95) }
      : { p5: null, p50: null, p95: null };
  }
  return {
    scenarioId: result.scenarioId,
    scenarioHash: result.scenarioHash,
    seed: result.seed,
    trials: result.trials,
    metrics,
  };
}

/** Every difference between a golden summary and a new one, one readable line each. */
export function goldenDifferences(golden: GoldenSummary, now: GoldenSummary): string[] {
  const lines: string[] = [];
  for (const field of ['scenarioId', 'scenarioHash', 'seed', 'trials'] as const) {
    if (golden[field] !== now[field])
      lines.push(`${field}: golden ${golden[field]}, now ${now[field]}`);
  }
  const keys = new Set([...Object.keys(golden.metrics), ...Object.keys(now.metrics)]);
  for (const key of keys) {
    const g = golden.metrics[key];
    const n = now.metrics[key];
    if (!g || !n) {
      lines.push(`${key}: ${g ? 'no longer reported' : 'new, not in the golden file'}`);
      continue;
    }
    for (const stat of ['p5', 'p50', 'p95'] as const) {
      if (g[stat] !== n[stat]) lines.push(`${key}.${stat}: golden ${g[stat]}, now ${n[stat]}`);
    }
  }
  return lines;
}
