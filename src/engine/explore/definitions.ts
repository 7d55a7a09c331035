import * as z from 'zod';
import { describeMetric } from '../metrics/catalog.ts';

/**
 * What the numbers of an exploration mean, carried inside its result so that a file read years
 * later (or by another program) needs neither the code nor the README: each reported metric's
 * catalog entry, and the statistics' definitions.
 */

const MetricDefinitionSchema = z.strictObject({
  unit: z.string().nullable(),
  label: z.strictObject({ zh: z.string(), en: z.string() }),
  better: z.enum(['higher', 'lower']).nullable(),
  description: z.string(),
  undefinedWhen: z.string().nullable(),
});

export const DefinitionsSchema = z
  .strictObject({
    metrics: z.record(z.string(), MetricDefinitionSchema),
    statistics: z.record(z.string(), z.string()),
  })
  .meta({ description: 'The catalog entry of every metric reported, and what each statistic is' });
export type Definitions = z.infer<typeof DefinitionsSchema>;

export const STATISTIC_DEFINITIONS: Readonly<Record<string, string>> = {
  mean: 'Mean over the trials in which the metric is defined',
  stderr: 'Monte Carlo standard error of the mean: sd / √count',
  'p5, p25, p50, p75, p95':
    'Percentiles over trials, from a quantile sketch within 0.5% relative error',
  count: 'Trials in which the metric is defined',
  undefinedCount: 'Trials in which it is not (e.g. an IRR of flows with no sign change)',
  difference:
    'Per-trial difference (this point − the base) with common random numbers: every point runs the same seed and trials, so trial k sees the same firms at every point; mean, its standard error, and its 5th and 95th percentiles',
  'difference of a percentile':
    'The difference of the two percentiles, its standard error the two added as if independent (conservative under common random numbers)',
  interval: 'A 95% Monte Carlo interval: value ± 1.96 standard errors',
};

/** The definitions of `keys` (metrics the catalog does not know are given as their own label). */
export function definitionsOf(keys: readonly string[]): Definitions {
  const metrics: Definitions['metrics'] = {};
  for (const key of keys) {
    const entry = describeMetric(key);
    metrics[key] = {
      unit: entry?.unit ?? null,
      label: entry?.label ?? { zh: key, en: key },
      better: entry?.better ?? null,
      description: entry?.description ?? '',
      undefinedWhen: entry?.undefinedWhen ?? null,
    };
  }
  return { metrics, statistics: { ...STATISTIC_DEFINITIONS } };
}
