import type { FirmTable } from './firmTable.ts';
import { hazardPosition, interpolate, scaleProbability, type HazardTable } from './hazardTable.ts';
import { GROWTH, isLive } from './stageCode.ts';

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
  hazards: HazardTable,
): void {
  firms.stage[firm] = stage;
  firms.stageEntryQuarter[firm] = quarter;
  if (isLive(stage)) setStageProbabilities(firms, firm, hazards);
}

/** The firm's hazards in its stage, read from the scenario's table; listing preparation on top. */
export function setStageProbabilities(firms: FirmTable, firm: number, hazards: HazardTable): void {
  const stage = firms.stage[firm]!;
  const at = hazardPosition(hazards, stage, firms.industry[firm]!, firms.quality[firm]!);
  const ipo = stage === GROWTH ? firms.ipoHazardMultiplier[firm]! : 1;
  const graduation = interpolate(hazards.graduation, at);
  // 1 − (1 − g)^m: the listing-preparation multiplier composes with the table's own.
  firms.graduationProbability[firm] = ipo === 1 ? graduation : scaleProbability(graduation, ipo);
  firms.tradeSaleProbability[firm] = interpolate(hazards.tradeSale, at);
  firms.failureThreshold[firm] = interpolate(hazards.failureThreshold, at);
}
