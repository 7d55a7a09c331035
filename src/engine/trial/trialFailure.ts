/**
 * The steps of a trial's quarter, in order (simulateTrial writes the order down), each with the
 * part of the scenario most likely at fault when it fails.
 */
export const TRIAL_STEPS = {
  setup: 'simulation',
  closeSubFunds: 'funds.guidanceFund',
  raiseSubFunds: 'fundRaising',
  fundRiskPool: 'fiscal.riskCompensation',
  firmFates: 'firms.stages',
  arrivals: 'firms.arrivals',
  exits: 'firms.exits',
  lifeEnd: 'funds.*.endOfLife',
  bankServicing: 'bank',
  fees: 'funds.*.fees',
  rounds: 'firms.stages.*.round, funds.*.ticketCNY',
  subsidies: 'fiscal',
  rewards: 'fiscal.investmentReward',
  distributions: 'funds.*.waterfall',
  recycling: 'fundRaising.proceeds',
  lending: 'bank',
  quarterEnd: 'simulation',
  horizon: 'simulation.years',
  metrics: 'simulation',
} as const;

export type TrialStep = keyof typeof TRIAL_STEPS;

/** Why one trial failed, as plain data: which trial, where in it, and what was going on. */
export type TrialFailure = {
  kind: 'trialFailed';
  trial: number;
  /** The quarter the failing step ran in (−1 before the first). */
  quarter: number;
  step: TrialStep;
  /** The scenario fields most likely at fault, as dotted paths (`*` for any item). */
  field: string;
  message: string;
};

/** The failure a trial's error carries (as `trialFailure`), or null for any other error. */
export function trialFailureOf(error: unknown): TrialFailure | null {
  if (!(error instanceof Error) || !('trialFailure' in error)) return null;
  const failure = error.trialFailure as TrialFailure | undefined;
  return failure?.kind === 'trialFailed' ? failure : null;
}

/** One line for a person: `trial 75, quarter 12, distributions (funds.*.waterfall): …`. */
export function describeTrialFailure(failure: TrialFailure): string {
  return (
    `trial ${failure.trial} failed in quarter ${failure.quarter} at step '${failure.step}' ` +
    `(the scenario fields most likely at fault: ${failure.field}): ${failure.message}`
  );
}
