import type * as z from 'zod';

/** Cross-field rules of the scenario format; each has a message in both languages (messages.ts). */
export const SCENARIO_RULES = [
  'lossSharesSumToOne',
  'stepsIncreasing',
  'firstStepAtZero',
  'uniqueIds',
  'somePositiveWeight',
  'investorSharesAtMostOne',
  'lifeAtLeastInvestmentPeriod',
  'knownIndustry',
  'workWithinBudget',
  'offerWithinHorizon',
  'offerIdFits',
  'quarterWithinYear',
] as const;
export type ScenarioRule = (typeof SCENARIO_RULES)[number];

/** Reports a broken rule at `path` (relative to the checked object) with the offending value. */
export function breakRule(
  ctx: z.core.$RefinementCtx,
  rule: ScenarioRule,
  path: (string | number)[],
  given: unknown,
): void {
  ctx.addIssue({ code: 'custom', path, input: given, message: rule, params: { rule } });
}
