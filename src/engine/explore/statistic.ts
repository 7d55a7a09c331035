import type { PairedDifference, PointStats } from './pointStats.ts';

/** The statistics of a metric an exploration may target or report. */
export const STATISTICS = ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const;
export type Statistic = (typeof STATISTICS)[number];

export const isStatistic = (text: string): text is Statistic =>
  (STATISTICS as readonly string[]).includes(text);

type Quantile = Exclude<Statistic, 'mean'>;

const PROBABILITY: Record<Quantile, number> = {
  p5: 0.05,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p95: 0.95,
};

/** The neighbouring quantiles whose spread gives the density at each reported quantile. */
const NEIGHBOURS: Record<Quantile, readonly [Quantile, Quantile]> = {
  p5: ['p5', 'p25'],
  p25: ['p5', 'p50'],
  p50: ['p25', 'p75'],
  p75: ['p50', 'p95'],
  p95: ['p75', 'p95'],
};

export function statisticOf(stats: PointStats, stat: Statistic): number | null {
  return stats[stat];
}

/**
 * The Monte Carlo standard error of a statistic. For the mean, the run's: sd / √n. For a
 * quantile q, the asymptotic one, √(q(1 − q) / n) / f(x_q), with the density f read from the
 * neighbouring reported quantiles (their probability gap over their spread): the run keeps no
 * per-trial values to bootstrap. An atom (equal neighbours) gives 0: the quantile sits on it.
 */
export function statisticStderr(stats: PointStats, stat: Statistic): number | null {
  if (stat === 'mean') return stats.stderr;
  const n = stats.count;
  const [lo, hi] = NEIGHBOURS[stat];
  const xLo = stats[lo];
  const xHi = stats[hi];
  if (n < 2 || xLo === null || xHi === null) return null;
  const q = PROBABILITY[stat];
  const spread = xHi - xLo;
  if (spread <= 0) return 0;
  return Math.sqrt((q * (1 - q)) / n) * (spread / (PROBABILITY[hi] - PROBABILITY[lo]));
}

/** A statistic's change from a base point to another, with its standard error. */
export type StatisticDifference = {
  value: number;
  stderr: number | null;
  /**
   * True for the mean: the paired estimate, whose standard error uses common random numbers. A
   * quantile's difference is the difference of the two quantiles; its standard error adds the two
   * as if independent, which overstates it when the runs are positively correlated (they are,
   * with common random numbers): a conservative figure.
   */
  paired: boolean;
};

export function statisticDifference(
  at: PointStats,
  base: PointStats,
  paired: PairedDifference | null,
  stat: Statistic,
): StatisticDifference | null {
  if (stat === 'mean') {
    if (!paired || paired.mean === null) return null;
    return { value: paired.mean, stderr: paired.stderr, paired: true };
  }
  const a = at[stat];
  const b = base[stat];
  if (a === null || b === null) return null;
  const sa = statisticStderr(at, stat);
  const sb = statisticStderr(base, stat);
  return {
    value: a - b,
    // √(sa² + sb²): sqrt is exactly rounded everywhere, hypot is not.
    stderr: sa === null || sb === null ? null : Math.sqrt(sa * sa + sb * sb),
    paired: false,
  };
}

/** Whether a difference lies more than two standard errors from zero. */
export function distinguishable(d: StatisticDifference): boolean {
  return d.stderr !== null && Math.abs(d.value) > 2 * d.stderr;
}
