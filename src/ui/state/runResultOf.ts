import {
  chartParameters,
  ENGINE_VERSION,
  FLOW_PREFIX,
  metricStats,
  type RunInfo,
  type RunResult,
  type RunSummary,
  type Scenario,
} from '../../engine/index.ts';

/**
 * The documented result of a run, as the engine's `buildRunResult` makes it, from a scenario
 * hash computed once per run (off the page's thread) instead of once per partial view: hashing
 * a scenario takes the page tens of milliseconds, and a run shows a view every two seconds. A
 * test holds it equal to `buildRunResult`.
 */
export function runResultOf(
  scenario: Scenario,
  scenarioHash: string,
  summary: RunSummary,
  run: RunInfo,
): RunResult {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const metrics: RunResult['metrics'] = {};
  const flows: RunResult['flows'] = [];
  for (const [key, m] of Object.entries(summary.metrics)) {
    if (key.startsWith(FLOW_PREFIX)) {
      const rest = key.slice(FLOW_PREFIX.length);
      const [kind, ...pair] = rest.split('.');
      const [from, to] = pair.join('.').split('->');
      flows.push({
        kind: kind as 'firms' | 'stakes',
        from: from!,
        to: to!,
        meanCount: Number.isFinite(m.mean) ? m.mean : 0,
      });
    } else metrics[key] = metricStats(m);
  }
  const series: RunResult['series'] = {};
  for (const [key, s] of Object.entries(summary.series)) {
    const list = (a: ArrayLike<number>) => Array.from(a, finite);
    series[key] = {
      p5: list(s.p5),
      p25: list(s.p25),
      p50: list(s.p50),
      p75: list(s.p75),
      p95: list(s.p95),
      mean: list(s.mean),
    };
  }
  return {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash,
    chartParameters: chartParameters(scenario),
    seed: scenario.simulation.seed,
    trials: summary.trials,
    metrics,
    series,
    flows,
    run,
  };
}
