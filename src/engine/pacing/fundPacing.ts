import type { RunResult } from '../run/runResult.ts';
import { fitTakahashiAlexander, type TakahashiAlexanderFit } from './fitTakahashiAlexander.ts';

/**
 * The Takahashi–Alexander model fitted to one sub-fund's mean simulated calls, distributions and
 * NAV (the run's `fund.<id>.…` series means) against its mean commitment, so an LP can carry the
 * parameters into its own pacing tools; year 1 of its age starts at its first call. A flagged
 * result when the run holds no such fund or it called nothing.
 */
export function fundPacingFit(result: RunResult, prefix: string): TakahashiAlexanderFit {
  const mean = (suffix: string) => result.series[`${prefix}.${suffix}`]?.mean;
  const calls = mean('calledCNY');
  const distributions = mean('distributedCNY');
  const nav = mean('navCNY');
  const commitment = result.metrics[`${prefix}.commitmentCNY`]?.mean ?? null;
  if (!calls || !distributions || !nav)
    return {
      ok: false,
      reason: 'nothingCalled',
      message: `the run has no series for ${prefix} (run it with fundSeries / --fund-series)`,
    };
  // The guidance and seed funds draw fiscal money as they go: no commitment to pace calls against.
  if (commitment === null)
    return {
      ok: false,
      reason: 'noCommitment',
      message: `${prefix} has no commitment (only sub-funds do)`,
    };
  // Years of age count from the fund's first call (its vintage), not from the simulation's start.
  const start = calls.findIndex((x) => x !== null && x > 0);
  if (start < 0) return { ok: false, reason: 'nothingCalled', message: `${prefix} called nothing` };
  // A statistic no trial defined is null in the result: nothing to fit there.
  const numbers = (xs: readonly (number | null)[]) =>
    Float64Array.from(xs.slice(start), (x) => x ?? Number.NaN);
  return fitTakahashiAlexander(
    { callsCNY: numbers(calls), distributionsCNY: numbers(distributions), navCNY: numbers(nav) },
    commitment,
  );
}
