import * as z from 'zod';
import { MetricStatsSchema, type MetricStats } from '../run/runResult.ts';

/** A metric's statistics at one point of an exploration: a run's, less the histogram. */
export const PointStatsSchema = MetricStatsSchema.omit({ histogram: true });
export type PointStats = z.infer<typeof PointStatsSchema>;

/** The mean paired difference from the base over trials with common random numbers. */
export const PairedDifferenceSchema = z
  .strictObject({
    mean: z.number().nullable(),
    stderr: z.number().nullable(),
    p5: z.number().nullable(),
    p95: z.number().nullable(),
  })
  .meta({
    description:
      'Per-trial difference (this point − the base) over trials with common random numbers: its mean, the Monte Carlo standard error of that mean, and its 5th and 95th percentiles',
  });
export type PairedDifference = z.infer<typeof PairedDifferenceSchema>;

export function pointStats(m: MetricStats): PointStats {
  const { histogram: _histogram, ...rest } = m;
  return rest;
}

/** The base point's difference from itself: exactly zero wherever the metric is defined. */
export function zeroDifference(m: PointStats): PairedDifference | null {
  return m.count > 0 ? { mean: 0, stderr: 0, p5: 0, p95: 0 } : null;
}
