import type { Scenario } from '../engine/index.ts';
import { expectedArrivals, MAX_EXPECTED_ARRIVALS } from '../engine/scenario/workBudget.ts';

/**
 * About how long one trial takes on one core, per expected firm arrival: the default scenario's
 * 7,500 arrivals take about 40 ms (`npm run bench`). A rough guide for a long run, not a promise.
 */
const SECONDS_PER_ARRIVAL = 40e-3 / 7_500;

/** A line said before a run: its size, and about how long it may take on these workers. */
export function runEstimate(
  scenarios: readonly Scenario[],
  trials: number,
  workers: number,
): string {
  const arrivals = Math.max(...scenarios.map(expectedArrivals));
  const seconds = (arrivals * SECONDS_PER_ARRIVAL * trials * scenarios.length) / workers;
  const time =
    seconds < 60 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`;
  return (
    `about ${Math.round(arrivals).toLocaleString('en')} firm arrivals a trial ` +
    `(the work budget allows ${MAX_EXPECTED_ARRIVALS.toLocaleString('en')}); about ${time} on ${workers} ` +
    `worker thread${workers === 1 ? '' : 's'}`
  );
}
