/**
 * The per-trial half of "what each extra fiscal yuan bought" (perFiscalYuan.ts): the costs and
 * outcomes it relates and each paired trial's cross products, which a worker adds to the trial's
 * record. Apart from the result's schema, so a worker's bundle holds no zod.
 */
export const PER_YUAN_COST_KEYS = ['treasury.spentCNY', 'treasury.netCostCashPVCNY'] as const;
export type PerYuanCostKey = (typeof PER_YUAN_COST_KEYS)[number];

/** The outcomes a policy is meant to buy (README, "Fund raising: what a policy buys"). */
export const PER_YUAN_OUTCOME_KEYS = [
  'fundRaising.privateCapitalRaisedCNY',
  'fundRaising.fundsClosed',
  'chain.privateCapitalCNY',
  'firms.supported',
  'firms.supportedListed',
  'bank.chainNewCreditCNY',
] as const;

/** Per-trial metric of a paired run: diff.<outcome> × diff.<cost>, for the ratio's covariance. */
export const crossKey = (outcome: string, cost: PerYuanCostKey) => `pairedCross.${outcome}*${cost}`;

/**
 * The cross products of one paired trial's differences, read from its record's `diff.<key>`
 * metrics (pairedTrialRecord adds them to the record).
 */
export function perYuanCrossMetrics(
  metrics: Readonly<Record<string, number>>,
): Record<string, number> {
  const cross: Record<string, number> = {};
  for (const costKey of PER_YUAN_COST_KEYS) {
    const cost = metrics[`diff.${costKey}`];
    if (cost === undefined) continue;
    for (const key of PER_YUAN_OUTCOME_KEYS) {
      const d = metrics[`diff.${key}`];
      if (d !== undefined) cross[crossKey(key, costKey)] = d * cost;
    }
  }
  return cross;
}
