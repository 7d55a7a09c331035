// "What each extra fiscal yuan bought": in a paired comparison a − b, the mean paired difference
// of an outcome divided by the mean paired difference of a fiscal cost — a ratio of means over the
// same trials (common random numbers), with a delta-method standard error. Two costs: the money
// the treasury spends (the budget it approves) and its net cost (cash, PV: less what comes back,
// which a policy that draws more funds in also raises, so the net can be near zero).
import * as z from 'zod';
import type { MetricSummary } from '../aggregate/metricAggregate.ts';
import { describeMetric } from '../metrics/catalog.ts';
import {
  crossKey,
  PER_YUAN_COST_KEYS,
  PER_YUAN_OUTCOME_KEYS,
  type PerYuanCostKey,
} from './perYuanCross.ts';

/**
 * How an outcome's ratio is read: money per yuan (1), counts (firms, funds) per 1 亿元 (CNY 100 m),
 * where a count per yuan would be a string of zeros.
 */
export function perYuanScaleCNY(outcomeKey: string): number {
  return describeMetric(outcomeKey)?.unit === 'CNY' ? 1 : 1e8;
}

const nullableNumber = z.number().nullable();

export const PerYuanBasisSchema = z
  .strictObject({
    costKey: z.enum(PER_YUAN_COST_KEYS),
    cost: z.strictObject({ mean: nullableNumber, stderr: nullableNumber }).meta({
      description:
        'Mean paired difference a − b of the treasury net cost (CNY) and its standard error',
    }),
    status: z.enum(['ok', 'noCostDifference', 'costNotDistinguishable']).meta({
      description:
        'ok: the cost difference is more than two standard errors from 0; noCostDifference: it is 0 in every trial; costNotDistinguishable: within two standard errors of 0 (no ratio is given)',
    }),
    outcomes: z.record(
      z.string(),
      z.strictObject({ perYuan: nullableNumber, stderr: nullableNumber }).meta({
        description:
          'mean(diff outcome) ÷ mean(diff cost), in the outcome’s unit per CNY of net cost, with its delta-method standard error',
      }),
    ),
  })
  .meta({
    description:
      'Each outcome’s mean paired difference per yuan of the mean paired difference in one fiscal cost',
  });
export type PerYuanBasis = z.infer<typeof PerYuanBasisSchema>;

export const PerFiscalYuanSchema = z.array(PerYuanBasisSchema).meta({
  description:
    'What each extra fiscal yuan bought: per yuan of extra treasury spending (treasury.spentCNY), and per yuan of extra net cost (treasury.netCostCashPVCNY)',
});
export type PerFiscalYuan = z.infer<typeof PerFiscalYuanSchema>;

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * The ratios from a paired run's summary (keys `diff.<key>` and `pairedCross.<key>*<cost>`), one
 * basis per cost; null when the run holds no cost differences. Delta method for R = x̄ / c̄ over n paired trials:
 * Var(R) ≈ (s²ₓ − 2R·sₓc + R²·s²c) / (n·c̄²), with s the sample (co)variances.
 */
export function perFiscalYuan(
  metrics: Readonly<Record<string, MetricSummary>>,
): PerFiscalYuan | null {
  const bases = PER_YUAN_COST_KEYS.map((costKey) => perYuanBasis(metrics, costKey));
  return bases.every((b) => b !== null) ? bases : null;
}

function perYuanBasis(
  metrics: Readonly<Record<string, MetricSummary>>,
  costKey: PerYuanCostKey,
): PerYuanBasis | null {
  const cost = metrics[`diff.${costKey}`];
  if (!cost || cost.count < 2) return null;
  const status =
    cost.mean === 0 && cost.stderr === 0
      ? 'noCostDifference'
      : Math.abs(cost.mean) > 2 * cost.stderr
        ? 'ok'
        : 'costNotDistinguishable';
  const n = cost.count;
  const varCost = cost.stderr * cost.stderr * n;
  const outcomes: PerYuanBasis['outcomes'] = {};
  for (const key of PER_YUAN_OUTCOME_KEYS) {
    const d = metrics[`diff.${key}`];
    const cross = metrics[crossKey(key, costKey)];
    if (!d || !cross) continue;
    if (status !== 'ok' || d.count !== n || cross.count !== n) {
      outcomes[key] = { perYuan: null, stderr: null };
      continue;
    }
    const ratio = d.mean / cost.mean;
    const varOutcome = d.stderr * d.stderr * n;
    const covariance = ((cross.mean - d.mean * cost.mean) * n) / (n - 1);
    const variance = (varOutcome - 2 * ratio * covariance + ratio * ratio * varCost) / n;
    outcomes[key] = {
      perYuan: finiteOrNull(ratio),
      stderr: finiteOrNull(Math.sqrt(Math.max(0, variance)) / Math.abs(cost.mean)),
    };
  }
  return {
    costKey,
    cost: { mean: finiteOrNull(cost.mean), stderr: finiteOrNull(cost.stderr) },
    status,
    outcomes,
  };
}

/** Rows `perFiscalYuan.<cost>.<outcome>` with the ratio and its standard error, for the CSVs. */
export function perFiscalYuanRows(
  bases: PerFiscalYuan | null,
): Array<{ key: string; perYuan: number | null; stderr: number | null }> {
  return (bases ?? []).flatMap((basis) =>
    Object.entries(basis.outcomes).map(([outcome, o]) => ({
      key: `perFiscalYuan.${basis.costKey}.${outcome}`,
      perYuan: o.perYuan,
      stderr: o.stderr,
    })),
  );
}
