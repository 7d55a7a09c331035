import { normalQuantile } from '../random/normalDistribution.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { FirmTable } from './firmTable.ts';
import { GROWTH, isLive, liveStageName } from './stageCode.ts';

/**
 * A quarterly probability scaled as a hazard: p' = 1 − (1 − p)^m, so a multiplier never pushes a
 * probability past 1 and multipliers compose.
 */
export function scaleProbability(p: number, multiplier: number): number {
  if (p >= 1) return 1;
  return -Math.expm1(Math.log1p(-p) * multiplier);
}

/**
 * Puts a firm into `stage` at `quarter` and fixes that stage's quarterly probabilities for it:
 * they depend on stage, industry, quality q and listing preparation, none of which change while
 * it stays there (listing preparation recomputes them).
 */
export function enterStage(
  firms: FirmTable,
  firm: number,
  stage: number,
  quarter: number,
  scenario: Scenario,
): void {
  firms.stage[firm] = stage;
  firms.stageEntryQuarter[firm] = quarter;
  if (isLive(stage)) setStageProbabilities(firms, firm, scenario);
}

export function setStageProbabilities(firms: FirmTable, firm: number, scenario: Scenario): void {
  const stage = firms.stage[firm]!;
  const params = scenario.firms.stages[liveStageName(stage)];
  const industry = scenario.firms.industries[firms.industry[firm]!]!;
  const q = firms.quality[firm]!;
  const ipo = stage === GROWTH ? firms.ipoHazardMultiplier[firm]! : 1;
  firms.graduationProbability[firm] = scaleProbability(
    params.graduationPerQuarter,
    Math.exp(params.graduationQualityEffect * q) * industry.graduationMultiplier * ipo,
  );
  firms.tradeSaleProbability[firm] = scaleProbability(
    params.tradeSalePerQuarter,
    Math.exp(params.tradeSaleQualityEffect * q) * industry.graduationMultiplier,
  );
  const failure = scaleProbability(
    params.failurePerQuarter,
    Math.exp(params.failureQualityEffect * q) * industry.failureMultiplier,
  );
  firms.failureThreshold[firm] = normalQuantile(failure);
}
